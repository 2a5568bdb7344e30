/** Time: nothing ends before it starts. */
import type { Rule } from '../types.ts';
import { TYPE_LABELS } from '../model.ts';
import { timeOf } from '../values.ts';

// Norwegian pronoun by gender: arrangementet/varselet → det, kampanjen → den.
const PRONOUN = { event: 'det', campaign: 'den', alert: 'det' } as const;

function endsAfterStart(type: 'event' | 'campaign' | 'alert'): Rule {
  const what = TYPE_LABELS[type];
  return {
    id: `${type}.endsAfterStart`,
    severity: 'error',
    appliesTo: [type],
    description: `Slutttiden for ${what} er ikke før starttiden.`,
    check(document) {
      const start = timeOf(document.startsAt);
      const end = timeOf(document.endsAt);
      if (start === undefined || end === undefined || end >= start) return [];
      return [
        {
          field: 'endsAt',
          message: `Slutttiden er før starttiden. Sjekk dato og klokkeslett – ${what} kan ikke slutte før ${PRONOUN[type]} begynner.`,
        },
      ];
    },
  };
}

export const eventEndsAfterStart = endsAfterStart('event');
export const campaignEndsAfterStart = endsAfterStart('campaign');
export const alertEndsAfterStart = endsAfterStart('alert');
