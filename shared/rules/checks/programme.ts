/**
 * Campaign programmes: the programme's days are in order, and a campaign has events inside
 * them — or its page says only «Programmet kommer snart». Which events a campaign shows is
 * shared/site/campaign-programme.ts, the same function the build renders with.
 */
import type { Rule } from '../types.ts';
import { dateOf, isObject, refOf } from '../values.ts';
import { campaignEvents, formatProgramme, programmeOf, isInProgramme, type CampaignSelection, type ProgrammeEvent } from '../../site/campaign-programme.ts';

const refIds = (value: unknown): string[] => (Array.isArray(value) ? value.map(refOf).filter((id): id is string => id !== undefined) : []);
const asTime = (value: unknown) => (typeof value === 'string' ? value : undefined);

export const campaignProgrammeOrder: Rule = {
  id: 'campaign.programmeOrder',
  severity: 'error',
  appliesTo: ['campaign'],
  description: 'Siste programdag er ikke før første programdag.',
  check(document) {
    const first = dateOf(document.programmeStartsOn);
    const last = dateOf(document.programmeEndsOn);
    if (!first || !last || last >= first) return [];
    return [{ field: 'programmeEndsOn', message: 'Siste programdag er før første programdag. Rett opp datoene under «Arrangementer».' }];
  },
};

export const campaignEventsInProgramme: Rule = {
  id: 'campaign.eventsInProgramme',
  severity: 'warning',
  appliesTo: ['campaign'],
  description: 'En kampanje har minst ett arrangement (valgt eller hentet med filteret) på programdagene.',
  async check(document, context) {
    const siteId = refOf(document.site);
    // A missing or unknown site is reference.site's to report.
    if (siteId === undefined || (await context.getDocument(siteId))?._type !== 'site') return [];
    const filter = isObject(document.eventFilter) ? document.eventFilter : {};
    const campaign: CampaignSelection = {
      startsAt: asTime(document.startsAt),
      endsAt: asTime(document.endsAt),
      programmeStartsOn: dateOf(document.programmeStartsOn),
      programmeEndsOn: dateOf(document.programmeEndsOn),
      eventIds: refIds(document.events),
      filterCategoryIds: refIds(filter.categories),
      filterAudienceIds: refIds(filter.audiences),
    };
    const events: ProgrammeEvent[] = (await context.eventsOnSite(siteId)).map((event) => ({
      _id: event._id,
      startsAt: asTime(event.startsAt),
      endsAt: asTime(event.endsAt),
      status: typeof event.status === 'string' ? event.status : undefined,
      categories: refIds(event.categories).map((_id) => ({ _id })),
      audiences: refIds(event.audiences).map((_id) => ({ _id })),
    }));
    const programme = programmeOf(campaign);
    const shown = campaignEvents(campaign, events).filter((e) => e.status !== 'cancelled' && isInProgramme(e, programme));
    if (shown.length > 0) return [];
    const days = formatProgramme(campaign);
    return [
      {
        field: 'events',
        message:
          `Kampanjen har ingen arrangementer${days ? ` på programdagene (${days})` : ''}, så siden sier bare «Programmet kommer snart». ` +
          'Velg arrangementer under «Utvalgte arrangementer», eller juster filteret eller programdagene.',
      },
    ];
  },
};
