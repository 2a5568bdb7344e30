import { defineField, defineType } from 'sanity';
import { EVENT_STATUSES, titleOf } from '../../shared/rules/vocabulary.ts';
import { datetimeField } from '../lib/datetimeField.ts';
import { formatDateTime, joinParts } from '../lib/preview.ts';

/**
 * One change of an event's time or status, as told to the public. Calendars that have the
 * event (Outlook, Google, Apple) take an update only when its change number grows; the
 * number is how many of these lines the event has.
 */
export const eventChange = defineType({
  name: 'eventChange',
  title: 'Endring',
  type: 'object',
  fields: [
    datetimeField({
      name: 'changedAt',
      title: 'Endret',
      description: 'Når endringen ble gjort.',
      initialValue: () => new Date().toISOString(),
    }),
    defineField({
      name: 'status',
      title: 'Ny status',
      type: 'string',
      description: 'Statusen arrangementet fikk (samme som «Status» over, når dette er den siste endringen).',
      options: { list: EVENT_STATUSES.map(({ title, value }) => ({ title, value })), layout: 'dropdown' },
    }),
    datetimeField({
      name: 'previousStartsAt',
      title: 'Tidligere starttid',
      description: 'Fyll ut når tiden ble flyttet: starttiden før endringen. Den vises overstreket ved den nye datoen.',
    }),
  ],
  preview: {
    select: { changedAt: 'changedAt', status: 'status', previousStartsAt: 'previousStartsAt' },
    prepare: ({ changedAt, status, previousStartsAt }) => ({
      title: titleOf(EVENT_STATUSES, status) ?? 'Endring',
      subtitle: joinParts(formatDateTime(changedAt), previousStartsAt ? `før: ${formatDateTime(previousStartsAt)}` : undefined),
    }),
  },
});
