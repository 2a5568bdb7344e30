/**
 * The editors' card page, on the editor host behind the editor login (the preview cookie, or the
 * preview secret as a bearer token):
 *
 *   /redaksjon/kort/                                  the sites
 *   /redaksjon/kort/<site>/                           the site's events and campaigns
 *   /redaksjon/kort/<site>/<section>/<slug>/          one document's cards, to look at and download
 *   /redaksjon/kort/<site>/kort/<section>/<file>      a card file, drawn on demand
 *
 * A public build draws only the link card of an event (cards/sizes.ts cardSizesFor): the Instagram
 * post and story cards of 10,000 events were two thirds of a cold build, for files few ever use.
 * Here an editor gets them for any event: drawn when first asked for, from the published content
 * the server holds, then kept in the content-hash card cache (the next request, and the next
 * build, reuse the file; an edit to the event draws it anew).
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { editorCards, type CardEntry } from '../shared/build/card-store.ts';
import { cardFor } from '../shared/cards/index.ts';
import { CARD_SIZE_NAMES, CARD_SIZES, mediaTypeOf } from '../shared/cards/sizes.ts';
import type { SanityDocument } from '../shared/content/dataset.ts';
import { datasetSource } from '../shared/content/dataset-source.ts';
import { siteRequests, currentSiteData, type SiteData } from '../shared/content/site-data.ts';
import type { ContentSource } from '../shared/content/source.ts';
import { formatEventTime } from '../shared/format/datetime.ts';
import { pathOf, sendText, type Handler } from './http.ts';
import { isEditor } from './status.ts';
import type { PreviewAuth } from './preview-auth.ts';
import type { ContentTracker } from './content-snapshot.ts';

export const EDITOR_CARDS_BASE = '/redaksjon/kort';

export interface EditorCardsOptions {
  sites: () => readonly string[];
  auth: PreviewAuth;
  /** The published content the server holds now (server/content-snapshot.ts). */
  content: Pick<ContentTracker, 'documents' | 'assetFiles'>;
}

const html = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&quot;' })[c]!);

export function editorCardsHandler(options: EditorCardsOptions): Handler {
  // One content source per version of the content: site data is kept per source (site-data.ts).
  const sources = new WeakMap<ReadonlyMap<string, SanityDocument>, ContentSource>();
  const sourceNow = () => {
    const documents = options.content.documents();
    let source = sources.get(documents);
    if (!source) {
      const assetFiles = new Map(options.content.assetFiles());
      source = datasetSource({ origin: 'the server’s content', folder: '', documents: [...documents.values()], assetFiles, digest: '', loadMs: 0 });
      sources.set(documents, source);
    }
    return source;
  };
  const dataOf = (slug: string) => siteRequests().run({ site: slug, source: sourceNow() }, () => currentSiteData());

  return async (req, res) => {
    const path = pathOf(req);
    if (path !== EDITOR_CARDS_BASE && !path.startsWith(`${EDITOR_CARDS_BASE}/`)) return false;
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Robots-Tag', 'noindex');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendText(res, 405, 'Kortsiden kan bare leses.');
      return true;
    }
    if (!isEditor(req, options.auth)) {
      sendText(res, 401, 'Kortsiden er for redaktører. Logg inn med forhåndsvisningslenken (…?secret=…) i denne nettleseren først.');
      return true;
    }
    const [slug, ...rest] = path.slice(EDITOR_CARDS_BASE.length).split('/').filter(Boolean);
    if (!slug) return page(res, 'Delingskort', siteList(options.sites()));
    if (!options.sites().includes(slug)) {
      sendText(res, 404, `Ukjent nettsted: ${slug}`);
      return true;
    }
    const data = await dataOf(slug);
    const cards = await editorCards(data);
    if (rest[0] === 'kort') return serveCard(req, res, cards.get(`/${rest.join('/')}`));
    if (rest.length === 0) return page(res, `Delingskort – ${data.site.title ?? slug}`, documentList(data, cards));
    if (rest.length === 2) {
      const [section, documentSlug] = rest;
      const own = [...cards.values()].filter((card) => card.path.startsWith(`/kort/${section}/${documentSlug}-`));
      if (own.length) return page(res, `Delingskort – ${documentTitle(data, section!, documentSlug!)}`, cardsOf(slug, data, own, section!, documentSlug!));
    }
    sendText(res, 404, 'Fant ikke dette kortet. Et arrangement som bare er krysslistet her, har kortene sine på eiersidens kortside.');
    return true;
  };
}

async function serveCard(req: IncomingMessage, res: ServerResponse, card: CardEntry | undefined): Promise<true> {
  if (!card) {
    sendText(res, 404, 'Fant ikke dette kortet.');
    return true;
  }
  const drawn = await cardFor(await card.input(), card.size);
  const body = await readFile(drawn.file);
  res.statusCode = 200;
  res.setHeader('Content-Type', mediaTypeOf(card.path));
  res.setHeader('Content-Length', body.length);
  res.setHeader('Content-Disposition', `inline; filename="${card.path.split('/').pop()}"`);
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

function page(res: ServerResponse, title: string, body: string): true {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', "default-src 'self'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none'");
  res.end(`<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>${html(title)} – Fasett</title>
<style>body{font:1rem/1.6 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
a{color:#00509e}ul{padding-left:1.2rem}figure{margin:0 0 2rem}img{max-width:100%;height:auto;border:1px solid #ccc}
.cards{display:grid;gap:1.5rem;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));align-items:start}</style></head>
<body><main>${body}</main></body></html>`);
  return true;
}

function siteList(sites: readonly string[]): string {
  return `<h1>Delingskort</h1><p>Velg nettsted:</p><ul>${sites.map((slug) => `<li><a href="${EDITOR_CARDS_BASE}/${html(slug)}/">${html(slug)}</a></li>`).join('')}</ul>`;
}

function documentList(data: SiteData, cards: Map<string, CardEntry>): string {
  const base = `${EDITOR_CARDS_BASE}/${data.config.slug}`;
  const events = [...data.upcoming, ...data.past].filter((event) => event.slug && [...cards.keys()].some((p) => p.startsWith(`/kort/arrangementer/${event.slug}-`)));
  const item = (section: string, slug: string, title: string, when?: string) =>
    `<li><a href="${base}/${section}/${html(slug)}/">${html(title)}</a>${when ? ` – ${html(when)}` : ''}</li>`;
  const campaigns = data.campaigns.filter((c) => c.slug && [...cards.keys()].some((p) => p.startsWith(`/kort/kampanjer/${c.slug}-`)));
  return `<h1>Delingskort – ${html(data.site.title ?? data.config.slug)}</h1>
<p>Lenkekortet (1200 × 630) ligger på hver side på nettstedet. Her får du også kvadratisk kort for Instagram-innlegg og stående kort for Instagram-historier; de tegnes første gang du åpner dem.</p>
${campaigns.length ? `<h2>Kampanjer</h2><ul>${campaigns.map((c) => item('kampanjer', c.slug!, c.title ?? c.slug!)).join('')}</ul>` : ''}
<h2>Arrangementer</h2><ul>${events.map((e) => item('arrangementer', e.slug!, e.title ?? e.slug!, e.startsAt ? formatEventTime(e.startsAt, e.endsAt) : undefined)).join('')}</ul>`;
}

function documentTitle(data: SiteData, section: string, slug: string): string {
  if (section === 'arrangementer') return data.eventsBySlug.get(slug)?.title ?? slug;
  if (section === 'kampanjer') return data.campaignsBySlug.get(slug)?.title ?? slug;
  return slug;
}

function cardsOf(site: string, data: SiteData, cards: CardEntry[], section: string, slug: string): string {
  const figures = cards.map((card) => {
    const { width, height } = CARD_SIZES[card.size];
    const url = `${EDITOR_CARDS_BASE}/${site}${card.path}`;
    const name = CARD_SIZE_NAMES[card.size];
    return `<figure><img src="${html(url)}" width="${width}" height="${height}" alt="Delingskortet for ${html(name)}" loading="lazy">
<figcaption>${html(name[0]!.toUpperCase() + name.slice(1))} – <a href="${html(url)}" download>Last ned</a></figcaption></figure>`;
  });
  return `<p><a href="${EDITOR_CARDS_BASE}/${html(site)}/">Alle delingskort for ${html(data.site.title ?? site)}</a></p>
<h1>${html(documentTitle(data, section, slug))}</h1><div class="cards">${figures.join('\n')}</div>`;
}
