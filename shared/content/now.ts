/**
 * The clock. `FASETT_NOW=<ISO time>` pins "now" for the whole process, so a build,
 * a test or a benchmark sees the same upcoming/past split and the same campaign and
 * alert windows whatever today's date is.
 */
export function now(): Date {
  const pinned = process.env.FASETT_NOW;
  if (!pinned) return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`FASETT_NOW="${pinned}" is not an ISO 8601 time (e.g. 2026-12-01T10:00:00+01:00)`);
  }
  return date;
}

/** True when `at` lies inside [startsAt, endsAt]; a missing bound is open. */
export function isWithin(at: Date, startsAt?: string | null, endsAt?: string | null): boolean {
  if (startsAt && at < new Date(startsAt)) return false;
  if (endsAt && at > new Date(endsAt)) return false;
  return true;
}
