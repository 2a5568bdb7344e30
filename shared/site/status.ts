/** Event status as a visitor reads it, and as schema.org names it. */
export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled' | 'soldOut' | 'movedOnline';

/** The label once, and a line that explains without repeating it («Avlyst. Arrangementet blir ikke noe av.»). */
export const statusLabels: Record<Exclude<EventStatus, 'scheduled'>, { label: string; card: string; cardNote: string; explain: string }> = {
  cancelled: { label: 'Avlyst', card: 'AVLYST', cardNote: 'Blir ikke noe av', explain: 'Arrangementet blir ikke noe av.' },
  postponed: { label: 'Utsatt', card: 'UTSATT', cardNote: 'Følg med for ny dato', explain: 'Vi gir beskjed her når den nye datoen er klar.' },
  rescheduled: { label: 'Ny dato', card: 'NY DATO', cardNote: 'Flyttet til ny tid', explain: 'Arrangementet er flyttet til en annen dag eller tid.' },
  soldOut: { label: 'Utsolgt', card: 'UTSOLGT', cardNote: 'Ingen billetter igjen', explain: 'Det er ingen billetter igjen.' },
  movedOnline: { label: 'Digitalt', card: 'DIGITALT', cardNote: 'Flyttet til nett', explain: 'Arrangementet er flyttet til nett.' },
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
