/** Event status as a visitor reads it, and as schema.org names it. */
export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled' | 'soldOut' | 'movedOnline';

export const statusLabels: Record<Exclude<EventStatus, 'scheduled'>, { label: string; card: string; explain: string }> = {
  cancelled: { label: 'Avlyst', card: 'AVLYST', explain: 'Dette arrangementet er avlyst.' },
  postponed: { label: 'Utsatt', card: 'UTSATT', explain: 'Dette arrangementet er utsatt. Ny dato kommer.' },
  rescheduled: { label: 'Ny dato', card: 'NY DATO', explain: 'Dette arrangementet har fått ny dato.' },
  soldOut: { label: 'Utsolgt', card: 'UTSOLGT', explain: 'Det er ingen billetter igjen.' },
  movedOnline: { label: 'Digitalt', card: 'DIGITALT', explain: 'Dette arrangementet er flyttet til nett.' },
};

export function statusInfo(status: string | null | undefined) {
  if (!status || status === 'scheduled') return undefined;
  return statusLabels[status as keyof typeof statusLabels];
}

export const schemaOrgStatus: Record<EventStatus, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  soldOut: 'https://schema.org/EventScheduled',
  movedOnline: 'https://schema.org/EventMovedOnline',
};

/** Tickets are offered only while they can be bought. */
export const ticketsAvailable = (status: string | null | undefined) =>
  status !== 'cancelled' && status !== 'soldOut' && status !== 'postponed';
