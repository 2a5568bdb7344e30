/**
 * Partner preview links: an editor makes a link to the preview of one document for someone
 * without a Studio account (a performer, a co-organiser). The link
 *
 *   - opens that document's page in the preview and nothing else: other preview pages still
 *     need the editors' cookie; the page's own files (styles, images) load through a cookie
 *     limited to that site's preview files (server/preview.ts, partnerMayLoadFiles);
 *   - expires (default 7 days, at most 30) and can be revoked; an expired or revoked link
 *     answers 410, a forged or unknown one 401 — never any content;
 *   - is `/del/<id>.<HMAC of id>`: the id is random, and the HMAC under the server's secret
 *     means a guessed link is refused without a lookup.
 *
 * Links are kept in <state>/partner-links.json (written whole, atomically). Only an editor
 * who may publish the document (shared/publishing/permission.ts) makes or revokes its links.
 *
 *   POST   /api/partner-links          {documentId, days?}  (editor's Sanity token) → 201 {url, expiresAt, id}
 *   DELETE /api/partner-links/<id>     (editor's Sanity token) → 204
 *   GET    /del/<token>                the preview of the document
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import { isPublicId } from '../shared/content/publication.ts';
import type { ContentSource } from '../shared/content/source.ts';
import { publishVerdict } from '../shared/publishing/permission.ts';
import { previewUrl, type PreviewableDocument } from '../studio/actions/preview-url.ts';
import { allowStudio, verifiedEditor, type GateOptions } from './publish-gate.ts';
import { pathOf, readBody, sendJson, sendText, type Handler } from './http.ts';
import type { PreviewRenderer } from './preview.ts';

export const PARTNER_COOKIE = 'fasett_partner';
export const DEFAULT_LINK_DAYS = 7;
const MAX_LINK_DAYS = 30;
const DAY_MS = 86_400_000;

export interface PartnerLink {
  id: string;
  documentId: string;
  site: string;
  /** The page on the site, e.g. /arrangementer/x/. */
  path: string;
  createdBy: { id: string; name?: string };
  createdAt: string;
  expiresAt: string;
  revokedAt?: string;
}

export type LinkState = { state: 'valid'; link: PartnerLink } | { state: 'forged' } | { state: 'expired' | 'revoked'; link: PartnerLink };

export interface PartnerLinks {
  create(input: Omit<PartnerLink, 'id' | 'createdAt' | 'expiresAt' | 'revokedAt'>, days?: number): { link: PartnerLink; token: string };
  revoke(id: string): PartnerLink | undefined;
  get(id: string): PartnerLink | undefined;
  check(token: string): LinkState;
  /** True when the Cookie header holds a valid link's token for this site. */
  allowsFilesOf(cookieHeader: string | undefined, site: string): boolean;
}

export function partnerLinks(file: string, secret: string, now: () => Date): PartnerLinks {
  const sign = (id: string) => createHmac('sha256', secret).update(`fasett-partner:${id}`).digest('base64url');
  let links: PartnerLink[] = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PartnerLink[]) : [];
  const save = () => {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(links, null, 2));
    renameSync(temporary, file);
  };
  const check = (token: string): LinkState => {
    const match = /^([\w-]{22})\.([\w-]{43})$/.exec(token);
    if (!match) return { state: 'forged' };
    const expected = Buffer.from(sign(match[1]!));
    const given = Buffer.from(match[2]!);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { state: 'forged' };
    const link = links.find((l) => l.id === match[1]);
    if (!link) return { state: 'forged' };
    if (link.revokedAt) return { state: 'revoked', link };
    if (Date.parse(link.expiresAt) <= now().getTime()) return { state: 'expired', link };
    return { state: 'valid', link };
  };
  return {
    create(input, days = DEFAULT_LINK_DAYS) {
      const id = randomBytes(16).toString('base64url');
      const createdAt = now();
      const link: PartnerLink = { ...input, id, createdAt: createdAt.toISOString(), expiresAt: new Date(createdAt.getTime() + days * DAY_MS).toISOString() };
      links = [...links, link];
      save();
      return { link, token: `${id}.${sign(id)}` };
    },
    revoke(id) {
      const link = links.find((l) => l.id === id);
      if (!link) return undefined;
      if (!link.revokedAt) {
        link.revokedAt = now().toISOString();
        save();
      }
      return link;
    },
    get: (id) => links.find((l) => l.id === id),
    check,
    allowsFilesOf(cookieHeader, site) {
      const token = readCookie(cookieHeader, PARTNER_COOKIE);
      if (!token) return false;
      const state = check(token);
      return state.state === 'valid' && state.link.site === site;
    },
  };
}

export interface PartnerLinkOptions extends Pick<GateOptions, 'sanity' | 'members' | 'sites' | 'titleOf' | 'studioOrigins'> {
  links: PartnerLinks;
  /** Drafts laid over published: the document the link is made for, as it will be previewed. */
  content: () => Promise<ContentSource>;
  render: PreviewRenderer;
  /** The server's address as partners reach it, for the link it hands out. */
  origin: () => string;
  now: () => Date;
}

const LINK_PATH = /^\/del\/([^/]+)\/?$/;
const REVOKE_PATH = /^\/api\/partner-links\/([\w-]{22})$/;

export function partnerLinkHandler(options: PartnerLinkOptions): Handler {
  return async (req, res) => {
    const path = pathOf(req);
    const opened = LINK_PATH.exec(path);
    if (opened) return openLink(req, res, decodeURIComponent(opened[1]!), options);
    if (path !== '/api/partner-links' && !REVOKE_PATH.test(path)) return false;
    allowStudio(req, res, options.studioOrigins ?? []);
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      res.end();
      return true;
    }
    const auth = await verifiedEditor(req, options);
    if (!auth.ok) return json(res, auth.status, { error: auth.message });

    const revoke = REVOKE_PATH.exec(path);
    if (revoke) {
      if (req.method !== 'DELETE') return json(res, 405, { error: 'Bare DELETE.' });
      const link = options.links.get(revoke[1]!);
      if (!link) return json(res, 404, { error: 'Fant ikke lenken.' });
      // Whoever made it, and the editors of its site, may take it back.
      const mayRevoke = auth.publisher.central || auth.publisher.sites.includes(link.site) || link.createdBy.id === auth.user.id;
      const title = options.titleOf?.(link.site) ?? link.site;
      if (!mayRevoke) return json(res, 403, { error: `Bare redaktørene for ${title} kan trekke tilbake denne lenken.` });
      options.links.revoke(link.id);
      res.statusCode = 204;
      res.end();
      return true;
    }

    if (req.method !== 'POST') return json(res, 405, { error: 'Bare POST.' });
    let body: { documentId?: unknown; days?: unknown };
    try {
      body = JSON.parse(await readBody(req, 16 * 1024)) as typeof body;
    } catch {
      return json(res, 400, { error: 'Forespørselen må være JSON: {"documentId": "…", "days": 7}.' });
    }
    const { documentId } = body;
    const days = body.days === undefined ? DEFAULT_LINK_DAYS : Number(body.days);
    if (typeof documentId !== 'string' || !isPublicId(documentId) || !/^[\w.-]{1,200}$/.test(documentId)) {
      return json(res, 400, { error: 'documentId må være id-en til dokumentet (uten «drafts.»).' });
    }
    if (!Number.isFinite(days) || days <= 0 || days > MAX_LINK_DAYS) return json(res, 400, { error: `En lenke kan vare fra under ett døgn til ${MAX_LINK_DAYS} dager.` });
    const source = await options.content();
    const doc = await source.fetch<(PreviewableDocument & { _id: string; _type: string }) | null>('*[_id == $id][0]{_id, _type, slug, site, sites}', { id: documentId });
    if (!doc) return json(res, 404, { error: `Fant ikke ${documentId}.` });
    const verdict = publishVerdict({ publisher: auth.publisher, next: doc, sites: options.sites, titleOf: options.titleOf });
    if (!verdict.allowed) return json(res, 403, { error: verdict.message.replace('publisere', 'dele') });
    const target = previewUrl(doc, { base: 'http://fasett.invalid' });
    const where = target ? /^http:\/\/fasett\.invalid\/preview\/([a-z0-9-]+)(\/.*)$/.exec(target) : null;
    if (!where) return json(res, 400, { error: 'Dokumentet har ingen side å forhåndsvise ennå: gi det en adresse (slug) og et nettsted.' });
    const { link, token } = options.links.create({ documentId, site: where[1]!, path: where[2]!, createdBy: { id: auth.user.id, name: auth.user.name } }, days);
    return json(res, 201, { id: link.id, url: `${options.origin()}/del/${token}`, expiresAt: link.expiresAt, site: link.site, path: link.path });
  };
}

async function openLink(req: IncomingMessage, res: ServerResponse, token: string, options: PartnerLinkOptions): Promise<true> {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Robots-Tag', 'noindex');
  res.setHeader('Referrer-Policy', 'no-referrer');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, 405, 'Lenken kan bare åpnes.');
    return true;
  }
  const state = options.links.check(token);
  if (state.state === 'forged') {
    sendText(res, 401, 'Denne lenken til forhåndsvisning er ikke gyldig. Be den som sendte den om en ny.');
    return true;
  }
  if (state.state !== 'valid') {
    sendText(res, 410, state.state === 'expired' ? 'Lenken til forhåndsvisningen er utløpt. Be den som sendte den om en ny.' : 'Lenken til forhåndsvisningen er trukket tilbake.');
    return true;
  }
  const { link } = state;
  const seconds = Math.max(1, Math.floor((Date.parse(link.expiresAt) - options.now().getTime()) / 1000));
  // The page's own files are loaded from the preview with this cookie; it opens no other page.
  res.setHeader('Set-Cookie', `${PARTNER_COOKIE}=${token}; Path=/preview/${link.site}/; Max-Age=${seconds}; HttpOnly; SameSite=Lax`);
  // The preview build matches routes on the path under its base.
  req.url = `/preview/${link.site}${link.path}`;
  await options.render(req, res, link.site, link.path);
  return true;
}

function json(res: ServerResponse, status: number, value: unknown): true {
  sendJson(res, status, value);
  return true;
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
