/**
 * Where things appear: an event shows on its own site and on the sites it is cross-listed
 * to, nowhere else; menus and buttons lead somewhere.
 */
import type { Finding, Rule, RuleContext } from '../types.ts';
import { hasText, isObject, publishedIdOf, quote, refOf, slugOf, stringOf } from '../values.ts';

/** True when the site shows the event (publication.ts: its own, or cross-listed there and accepted). */
async function isEventOnSite(eventId: string, siteId: string, context: RuleContext): Promise<boolean> {
  return (await context.eventsOnSite(siteId)).some((event) => publishedIdOf(event._id) === publishedIdOf(eventId));
}

export const eventAlsoOnOwnSite: Rule = {
  id: 'event.alsoOnOwnSite',
  severity: 'warning',
  appliesTo: ['event'],
  description: '«Vis også på» inneholder ikke arrangementets eget nettsted.',
  check(document) {
    const own = refOf(document.site);
    if (own === undefined || !Array.isArray(document.alsoOn)) return [];
    const found: Finding[] = [];
    document.alsoOn.forEach((item, index) => {
      if (refOf(item) === own) {
        found.push({
          field: `alsoOn[${index}]`,
          message: 'Arrangementet vises alltid på sitt eget nettsted, så det trenger ikke stå i «Vis også på». Fjern det derfra.',
        });
      }
    });
    return found;
  },
};

export const eventAlsoOnSlugFree: Rule = {
  id: 'event.alsoOnSlugFree',
  severity: 'warning',
  appliesTo: ['event'],
  description: 'Et arrangement som vises på et annet nettsted, trenger en adresse (slug) som er ledig der.',
  async check(document, context) {
    const slug = slugOf(document.slug);
    const own = refOf(document.site);
    if (slug === undefined || slug.trim() === '' || !Array.isArray(document.alsoOn)) return [];
    const found: Finding[] = [];
    for (const [index, item] of document.alsoOn.entries()) {
      const siteId = refOf(item);
      if (siteId === undefined || siteId === own) continue;
      const claim = { documentId: publishedIdOf(document._id), slug, siteId, createdAt: stringOf(document._createdAt) };
      const conflicts = await context.crossListConflicts(claim);
      if (conflicts.length === 0) continue;
      found.push({
        field: `alsoOn[${index}]`,
        message:
          `Arrangementet vises ikke på ${quote(siteId.replace(/^site\./, ''))}: ${conflicts.length === 1 ? 'et annet arrangement' : 'andre arrangementer'} ` +
          `der har allerede adressen ${quote(slug)} (${conflicts.slice(0, 3).join(', ')}). Gi arrangementet en annen adresse, f.eks. med sted eller dato, ` +
          'eller fjern nettstedet fra «Vis også på».',
      });
    }
    return found;
  },
};

export const campaignEventOnSite: Rule = {
  id: 'campaign.eventOnSite',
  severity: 'warning',
  appliesTo: ['campaign'],
  description: 'Utvalgte arrangementer i en kampanje hører til kampanjens nettsted eller er delt dit.',
  async check(document, context) {
    const siteId = refOf(document.site);
    if (siteId === undefined || !Array.isArray(document.events)) return [];
    const found: Finding[] = [];
    for (const [index, item] of document.events.entries()) {
      const ref = refOf(item);
      if (ref === undefined) continue;
      const event = await context.getDocument(ref);
      // Missing or wrong-type targets are the reference rules' to report.
      if (event === undefined || event._type !== 'event' || (await isEventOnSite(ref, siteId, context))) continue;
      found.push({
        field: `events[${index}]`,
        message: `Arrangementet (${ref}) hører til et annet nettsted og er ikke delt til dette, så det vises ikke i kampanjen. Be eieren legge til nettstedet ditt under «Vis også på» og godta det under «Delt hit», eller fjern det fra listen.`,
      });
    }
    return found;
  },
};

export const crossListingAsked: Rule = {
  id: 'crosslisting.asked',
  severity: 'warning',
  appliesTo: ['crossListing'],
  description: 'Et godtatt arrangement er delt til dette nettstedet av eieren («Vis også på»).',
  async check(document, context) {
    const siteId = refOf(document.site);
    if (siteId === undefined || !Array.isArray(document.accepted)) return [];
    const found: Finding[] = [];
    for (const [index, item] of document.accepted.entries()) {
      const ref = refOf(item);
      const event = ref === undefined ? undefined : await context.getDocument(ref);
      // A missing event is the reference rules' to report.
      if (event === undefined || event._type !== 'event') continue;
      const asked = Array.isArray(event.alsoOn) && event.alsoOn.some((host) => refOf(host) === siteId);
      if (asked) continue;
      found.push({
        field: `accepted[${index}]`,
        message: `Arrangementet (${ref}) er ikke (lenger) delt til dette nettstedet av eieren, så det vises ikke her selv om det er godtatt. Fjern det fra listen, eller be eieren legge nettstedet ditt til under «Vis også på».`,
      });
    }
    return found;
  },
};

export const navigationTarget: Rule = {
  id: 'navigation.target',
  severity: 'error',
  appliesTo: ['site'],
  description: 'Hvert menypunkt lenker til en side eller en adresse.',
  check(document) {
    if (!Array.isArray(document.navigation)) return [];
    const found: Finding[] = [];
    document.navigation.forEach((item, index) => {
      if (!isObject(item)) return;
      if (refOf(item.page) !== undefined || hasText(item.url)) return;
      found.push({
        field: `navigation[${index}]`,
        message: 'Menypunktet lenker ingen steder. Velg en side, eller skriv en adresse.',
      });
    });
    return found;
  },
};

export const navigationPageOnSite: Rule = {
  id: 'navigation.pageOnSite',
  severity: 'warning',
  appliesTo: ['site'],
  description: 'Sider i menyen hører til nettstedet selv.',
  async check(document, context) {
    if (!Array.isArray(document.navigation)) return [];
    const siteId = publishedIdOf(document._id);
    const found: Finding[] = [];
    for (const [index, item] of document.navigation.entries()) {
      const ref = isObject(item) ? refOf(item.page) : undefined;
      if (ref === undefined) continue;
      const page = await context.getDocument(ref);
      if (page === undefined || page._type !== 'page' || refOf(page.site) === siteId) continue;
      found.push({
        field: `navigation[${index}].page`,
        message:
          'Siden i dette menypunktet hører til et annet nettsted, så menypunktet vises ikke. Velg en side fra dette nettstedet, eller bruk en adresse.',
      });
    }
    return found;
  },
};

export const ctaComplete: Rule = {
  id: 'cta.complete',
  severity: 'error',
  appliesTo: ['campaign'],
  description: 'En handlingsknapp har både tekst og adresse.',
  check(document) {
    const cta = document.cta;
    if (!isObject(cta)) return [];
    const hasLabel = hasText(cta.label);
    const hasUrl = hasText(cta.url);
    if (hasLabel === hasUrl) return [];
    return hasLabel
      ? [
          {
            field: 'cta.url',
            message: 'Handlingsknappen har tekst, men ingen adresse. Skriv adressen knappen skal gå til, eller fjern teksten.',
          },
        ]
      : [
          {
            field: 'cta.label',
            message: 'Handlingsknappen har adresse, men ingen tekst. Skriv hva knappen skal si, f.eks. «Kjøp billett».',
          },
        ];
  },
};
