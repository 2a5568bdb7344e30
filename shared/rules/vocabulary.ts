/**
 * The closed lists of values the content model allows, with the Norwegian (bokmål) words
 * editors see. The Studio's dropdowns and the rulebook's checks both read these; what
 * visitors read of a status or a severity is in the site's dictionary (shared/i18n), in
 * bokmål or nynorsk.
 */
export const EVENT_STATUSES = [
  { value: 'scheduled', title: 'Som planlagt' },
  { value: 'cancelled', title: 'Avlyst' },
  { value: 'postponed', title: 'Utsatt' },
  { value: 'rescheduled', title: 'Flyttet til ny dato' },
  { value: 'soldOut', title: 'Utsolgt' },
  { value: 'movedOnline', title: 'Flyttet til nett' },
] as const;

/**
 * `title`: what editors choose from in the Studio (visitors read the dictionary's `alerts`
 * words before the alert's own title). "Beredskap" is kept for emergencies — a water leak
 * closing the library is a service notice, and calling it beredskap would wear the word out
 * for when it matters.
 */
export const ALERT_SEVERITIES = [
  { value: 'info', title: 'Driftsmelding (stengt, endret åpningstid, brudd på en tjeneste)' },
  { value: 'warning', title: 'Viktig melding (noe mange må vite, men ingen fare)' },
  { value: 'critical', title: 'Beredskap (fare for liv, helse eller viktige samfunnsfunksjoner)' },
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
