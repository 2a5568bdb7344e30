import { defineField } from 'sanity';

/** Date and time pickers show Norwegian time in 15-minute steps, as events are planned. */
const OSLO_DATETIME_OPTIONS = {
  dateFormat: 'DD.MM.YYYY',
  timeFormat: 'HH:mm',
  timeStep: 15,
  displayTimeZone: 'Europe/Oslo',
  allowTimeZoneSwitch: false,
};

export function datetimeField({
  name,
  title,
  description,
  group,
  initialValue,
}: {
  name: string;
  title: string;
  description: string;
  group?: string;
  /** e.g. "now" for a news article's date */
  initialValue?: () => string;
}) {
  return defineField({
    name,
    title,
    type: 'datetime',
    group,
    description,
    options: OSLO_DATETIME_OPTIONS,
    initialValue,
  });
}
