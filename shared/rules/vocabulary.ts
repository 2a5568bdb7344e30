/**
 * The closed lists of values the content model allows, with the Norwegian words
 * editors see. The Studio's dropdowns and the rulebook's checks both read these.
 */
export const EVENT_STATUSES = [
  { value: 'scheduled', title: 'Som planlagt' },
  { value: 'cancelled', title: 'Avlyst' },
  { value: 'postponed', title: 'Utsatt' },
  { value: 'rescheduled', title: 'Flyttet til ny dato' },
  { value: 'soldOut', title: 'Utsolgt' },
  { value: 'movedOnline', title: 'Flyttet til nett' },
] as const;

export const ALERT_SEVERITIES = [
  { value: 'info', title: 'Informasjon' },
  { value: 'warning', title: 'Advarsel' },
  { value: 'critical', title: 'Kritisk (beredskap)' },
] as const;

export const CALLOUT_TONES = [
  { value: 'info', title: 'Informasjon' },
  { value: 'warning', title: 'Advarsel' },
] as const;

export type EventStatus = (typeof EVENT_STATUSES)[number]['value'];
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number]['value'];
export type CalloutTone = (typeof CALLOUT_TONES)[number]['value'];

export function titleOf(list: ReadonlyArray<{ value: string; title: string }>, value: unknown): string | undefined {
  return list.find((item) => item.value === value)?.title;
}
