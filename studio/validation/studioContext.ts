/**
 * The rulebook's context inside the Studio: references, slugs and image sizes answered
 * from the Content Lake through the Studio's own client, theme accents from themes/.
 */
import type { SanityClient } from 'sanity';
import type { CrossListClaim, DocumentSummary, EventSummary, ImageDimensions, RuleContext, SlugClaim } from '../../shared/rules/index.ts';
import { slugScopeOf } from '../../shared/rules/scope.ts';
import { API_VERSION } from '../lib/apiVersion.ts';
import { CROSS_LISTING_TYPE, crossListingAcceptance, isPublicId, publishedIdOf, shownOn, siteSlugOf } from '../../shared/content/publication.ts';
import { accentKeysForTheme } from './themeAccents.ts';
import { themeOfSite } from '../sites.ts';

type GetClient = (options: { apiVersion: string }) => SanityClient;

// Answers stay fresh for a few seconds: validation reruns on every keystroke, and a
// referenced document rarely changes while someone types.
const FRESH_MS = 5_000;

interface Cached<T> {
  at: number;
  value: Promise<T>;
}

function cached<T>(cache: Map<string, Cached<T>>, key: string, load: () => Promise<T>, freshMs = FRESH_MS): Promise<T> {
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < freshMs) return hit.value;
  const value = load();
  cache.set(key, { at: Date.now(), value });
  value.catch(() => cache.delete(key));
  return value;
}

const documents = new Map<string, Cached<DocumentSummary | undefined>>();
const slugs = new Map<string, Cached<string[]>>();
const images = new Map<string, Cached<ImageDimensions | undefined>>();
const events = new Map<string, Cached<EventSummary[]>>();

/** Asset ids carry the size: image-<sha1>-<width>x<height>-<ext>. */
function dimensionsFromAssetId(id: string): ImageDimensions | undefined {
  const match = /^image-[0-9a-f]+-(\d+)x(\d+)-[a-z0-9]+$/i.exec(id);
  return match ? { width: Number(match[1]), height: Number(match[2]) } : undefined;
}

export function studioRuleContext(getClient: GetClient): RuleContext {
  const client = getClient({ apiVersion: API_VERSION });

  // Reference lookups made in the same tick go to the Content Lake as one query.
  let batch: Map<string, Array<(summary: DocumentSummary | undefined) => void>> | undefined;
  function fetchSummary(id: string): Promise<DocumentSummary | undefined> {
    return new Promise((resolve, reject) => {
      if (!batch) {
        const current = new Map<string, Array<(summary: DocumentSummary | undefined) => void>>();
        batch = current;
        queueMicrotask(() => {
          batch = undefined;
          const ids = [...current.keys()];
          client
            .fetch<DocumentSummary[]>(`*[_id in $ids]{_id, _type, site, alsoOn}`, { ids })
            .then((found) => {
              const byId = new Map(found.map((summary) => [summary._id, summary]));
              for (const [key, waiting] of current) for (const done of waiting) done(byId.get(key));
            })
            .catch(reject);
        });
      }
      const waiting = batch.get(id) ?? [];
      waiting.push(resolve);
      batch.set(id, waiting);
    });
  }

  return {
    getDocument: (id) => cached(documents, id, () => fetchSummary(id)),

    slugConflicts(claim: SlugClaim) {
      const id = publishedIdOf(claim.documentId);
      const perSite = slugScopeOf(claim.type) === 'site';
      const key = [claim.type, perSite ? claim.siteId : '', claim.slug, id].join('\u0000');
      return cached(slugs, key, async () => {
        const ids = await client.fetch<string[]>(
          `*[_type == $type && slug.current == $slug && !(_id in [$id, $draft]) && !(_id in path("versions.**"))
             && (!$perSite || site._ref == $site)]._id`,
          { type: claim.type, slug: claim.slug, id, draft: `drafts.${id}`, perSite, site: claim.siteId ?? '' },
        );
        return [...new Set(ids.map(publishedIdOf))];
      });
    },

    crossListConflicts(claim: CrossListClaim) {
      const id = publishedIdOf(claim.documentId);
      const key = [claim.siteId, claim.slug, id, claim.createdAt ?? ''].join('\u0000');
      return cached(slugs, `crosslist\u0000${key}`, async () => {
        const holders = await client.fetch<Array<{ _id: string; _createdAt?: string; own: boolean }>>(
          `*[_type == "event" && slug.current == $slug && !(_id in [$id, $draft]) && !(_id in path("versions.**"))
             && (site._ref == $site || $site in alsoOn[]._ref)]{_id, _createdAt, "own": site._ref == $site}`,
          { slug: claim.slug, id, draft: `drafts.${id}`, site: claim.siteId },
        );
        // The same precedence as the build (shared/rules/documentContext.ts): the site's own events, then who came first.
        const ahead = holders.filter((h) => h.own || (claim.createdAt !== undefined && (h._createdAt ?? '') < claim.createdAt));
        return [...new Set(ahead.map((h) => publishedIdOf(h._id)))];
      });
    },

    // Candidates by reference; which of them the site shows is publication.ts's answer, as in the build.
    eventsOnSite: (siteId) =>
      cached(events, siteId, async () => {
        const slug = siteSlugOf(siteId);
        const { found, acceptances } = await client.fetch<{
          found: Array<EventSummary & { _type: string; site?: unknown; alsoOn?: unknown }>;
          acceptances: Array<{ _id: string; _type: string; site?: unknown; accepted?: unknown }>;
        }>(
          `{"found": *[_type == "event" && references($site)]{_id, _type, site, alsoOn, startsAt, endsAt, status, categories, audiences},
            "acceptances": *[_type == $acceptanceType && site._ref == $site]{_id, _type, site, accepted}}`,
          { site: siteId, acceptanceType: CROSS_LISTING_TYPE },
        );
        const accepted = crossListingAcceptance(acceptances);
        return found.filter((event) => isPublicId(event._id) && slug !== undefined && shownOn(event, [slug], accepted).length > 0);
      }),

    // The theme is the one the site's config names (sites/<slug>/site.config.ts), as in the build.
    accentsForSite: (siteId) => {
      const theme = themeOfSite(siteId);
      return theme ? accentKeysForTheme(theme) : undefined;
    },

    imageDimensions(image) {
      const ref = (image.asset as { _ref?: unknown } | undefined)?._ref;
      if (typeof ref !== 'string') return undefined;
      return cached(
        images,
        ref,
        async () => {
          const dimensions = await client.fetch<{ width?: unknown; height?: unknown } | null>(
            `*[_id == $id][0].metadata.dimensions{width, height}`,
            { id: ref },
          );
          if (dimensions && typeof dimensions.width === 'number' && typeof dimensions.height === 'number') {
            return { width: dimensions.width, height: dimensions.height };
          }
          return dimensionsFromAssetId(ref);
        },
        // Assets never change once uploaded.
        Number.POSITIVE_INFINITY,
      );
    },
  };
}
