/**
 * The publish gate: institution editors have Sanity's Contributor role (drafts only) and
 * publish through here. For every request the server
 *
 *   1. asks Sanity who the editor's own token belongs to (`GET /users/me`) — no token, or
 *      one Sanity does not know: 401;
 *   2. reads the document's draft and published versions with the server's token;
 *   3. asks the one permission function (shared/publishing/permission.ts) whether this editor
 *      (server/editor-members.ts) may publish to every site the document touches — if not:
 *      403 with the reason in Norwegian, naming the site, and nothing published;
 *   4. publishes with the server's token through Sanity's Actions API, at the draft revision
 *      it checked (a draft changed in between is not published: 409).
 *
 * Every attempt by a known editor goes into the audit trail (server/audit-log.ts) before the
 * answer. The Studio calls this from another origin with the token in a header (never a
 * cookie), so a page elsewhere cannot publish with an editor's session; FASETT_STUDIO_ORIGINS
 * lists the Studio origins allowed to read the answers.
 *
 *   OPTIONS /api/gate/*            CORS preflight
 *   GET     /api/gate/me           who the gate takes you for: {user, central, sites}
 *   POST    /api/gate/publish      {documentId}
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isPublicId } from '../shared/content/publication.ts';
import { publishVerdict, type Publisher } from '../shared/publishing/permission.ts';
import type { AuditLog } from './audit-log.ts';
import type { Members } from './editor-members.ts';
import type { GateSanity, SanityUserInfo } from './gate-sanity.ts';
import { BodyTooLarge, pathOf, readBody, sendJson, type Handler } from './http.ts';

export interface GateOptions {
  sanity: GateSanity;
  members: Members;
  audit: AuditLog;
  sites: readonly string[];
  titleOf?: (slug: string) => string;
  /** Origins of the Studio that may call the gate from a browser. */
  studioOrigins?: readonly string[];
  now?: () => Date;
}

/** Document ids as Sanity allows them (letters, digits, `.`, `-`, `_`), without a draft or version prefix. */
const DOCUMENT_ID = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,199}$/;

export type EditorAuth = { ok: true; user: SanityUserInfo; publisher: Publisher } | { ok: false; status: 401; message: string };

/** The editor behind a request's `Authorization: Bearer <their Sanity token>`, as Sanity and the membership file say. */
export async function verifiedEditor(req: IncomingMessage, options: Pick<GateOptions, 'sanity' | 'members'>): Promise<EditorAuth> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!token) return { ok: false, status: 401, message: 'Du må være logget inn i Studio for å publisere (mangler tilgangsnøkkel).' };
  const user = await options.sanity.whoIs(token);
  if (!user) return { ok: false, status: 401, message: 'Sanity kjenner ikke igjen innloggingen din. Logg inn i Studio på nytt.' };
  return { ok: true, user, publisher: options.members.publisherFor(user) };
}

/** CORS for the Studio: only the listed origins may read the gate's answers; the token header is allowed. */
export function allowStudio(req: IncomingMessage, res: ServerResponse, origins: readonly string[]): void {
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  if (origin && origins.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE');
    res.setHeader('Access-Control-Max-Age', '600');
  }
}

export function studioOriginsFrom(env = process.env): string[] {
  return (env.FASETT_STUDIO_ORIGINS ?? 'http://localhost:3333')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean);
}

export function publishGate(options: GateOptions): Handler {
  const origins = options.studioOrigins ?? studioOriginsFrom();
  const now = options.now ?? (() => new Date());
  return async (req, res) => {
    const path = pathOf(req);
    if (!path.startsWith('/api/gate/')) return false;
    allowStudio(req, res, origins);
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      res.end();
      return true;
    }
    if (path === '/api/gate/me') {
      if (req.method !== 'GET') return methodNotAllowed(res, 'GET');
      const auth = await verifiedEditor(req, options);
      if (!auth.ok) return refuse(res, auth.status, auth.message);
      sendJson(res, 200, { user: auth.user, central: auth.publisher.central, sites: auth.publisher.sites });
      return true;
    }
    if (path !== '/api/gate/publish') {
      sendJson(res, 404, { error: 'Ukjent adresse i publiseringsporten.' });
      return true;
    }
    if (req.method !== 'POST') return methodNotAllowed(res, 'POST');

    const auth = await verifiedEditor(req, options);
    if (!auth.ok) return refuse(res, auth.status, auth.message);
    let documentId: unknown;
    try {
      documentId = (JSON.parse(await readBody(req, 16 * 1024)) as { documentId?: unknown }).documentId;
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuse(res, 413, 'Forespørselen er for stor.');
      return refuse(res, 400, 'Forespørselen må være JSON: {"documentId": "…"}.');
    }
    if (typeof documentId !== 'string' || !DOCUMENT_ID.test(documentId) || !isPublicId(documentId)) {
      return refuse(res, 400, 'documentId må være id-en til det publiserte dokumentet (uten «drafts.»).');
    }

    const { user, publisher } = auth;
    const base = { at: now().toISOString(), user, action: 'publish' as const, documentId };
    const { draft, published } = await options.sanity.versions(documentId);
    if (!draft) {
      const message = `Det finnes ikke noe utkast av ${documentId} å publisere.`;
      options.audit.append({ ...base, documentType: published?._type, outcome: 'failed', sites: [], message });
      return refuse(res, 404, message);
    }
    const verdict = publishVerdict({ publisher, next: draft, current: published, sites: options.sites, titleOf: options.titleOf });
    const described = { documentType: draft._type, title: titleOf(draft), revision: typeof draft._rev === 'string' ? draft._rev : undefined };
    if (!verdict.allowed) {
      options.audit.append({ ...base, ...described, outcome: 'refused', sites: verdict.sites, message: verdict.message });
      sendJson(res, 403, { error: verdict.message, site: verdict.site ?? null });
      return true;
    }
    try {
      const { transactionId } = await options.sanity.publish(documentId, described.revision);
      options.audit.append({ ...base, ...described, outcome: 'published', sites: verdict.sites, requested: verdict.requested, transactionId });
      sendJson(res, 200, { published: documentId, revision: described.revision ?? null, transactionId, sites: verdict.sites, requested: verdict.requested });
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      const message =
        status === 409
          ? 'Utkastet ble endret mens det ble sjekket. Prøv å publisere igjen.'
          : `Sanity tok ikke imot publiseringen (${status ?? 'ingen kontakt'}). Prøv igjen om litt.`;
      options.audit.append({ ...base, ...described, outcome: 'failed', sites: verdict.sites, message });
      sendJson(res, status === 409 ? 409 : 502, { error: message });
    }
    return true;
  };
}

const titleOf = (doc: Record<string, unknown>) => (typeof doc.title === 'string' ? doc.title : typeof doc.name === 'string' ? doc.name : undefined);

function refuse(res: ServerResponse, status: number, message: string): true {
  sendJson(res, status, { error: message });
  return true;
}

function methodNotAllowed(res: ServerResponse, allow: string): true {
  res.setHeader('Allow', allow);
  return refuse(res, 405, `Bare ${allow}.`);
}
