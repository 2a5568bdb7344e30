/** Norwegian date labels for list previews; the Studio shows times as a visitor in Skien sees them. */
const dateTime = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const dateOnly = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

function parse(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function formatDateTime(value: unknown): string | undefined {
  const date = parse(value);
  return date ? dateTime.format(date) : undefined;
}

export function formatDate(value: unknown): string | undefined {
  const date = parse(value);
  return date ? dateOnly.format(date) : undefined;
}

export function formatPeriod(start: unknown, end: unknown): string | undefined {
  const from = formatDate(start);
  const to = formatDate(end);
  if (from && to) return from === to ? from : `${from} – ${to}`;
  if (from) return `fra ${from}`;
  if (to) return `til ${to}`;
  return undefined;
}

/** Joins the parts that exist with " · ", the separator the previews use. */
export function joinParts(...parts: Array<string | undefined | null | false>): string | undefined {
  const present = parts.filter((part): part is string => typeof part === 'string' && part.length > 0);
  return present.length ? present.join(' · ') : undefined;
}
