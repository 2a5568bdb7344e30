/**
 * POST /api/publish — Sanity's GROQ-powered webhook. The signature (SANITY_WEBHOOK_SECRET,
 * checked with @sanity/webhook) must match the exact body, or the answer is 401 and nothing
 * is rebuilt. The server then reads the content again, works out which sites the document
 * touched before and after the change, and queues a rebuild of only those; the answer
 * (202) comes before the build, which the queue runs.
 */
import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { affectedSites, type PublishNotice } from '../shared/content/publication.ts';
import type { ContentTracker } from './content-snapshot.ts';
import { BodyTooLarge, pathOf, readBody, sendJson, type Handler } from './http.ts';

/** The webhook's projection in sanity.io/manage (docs/EDITORS-LOOP.md): where the document is, and was. */
export const WEBHOOK_PROJECTION =
  '{_id, _type, "site": site._ref, "alsoOn": alsoOn[]._ref, "sites": sites[]._ref, ' +
  '"before": before(){_id, "site": site._ref, "alsoOn": alsoOn[]._ref, "sites": sites[]._ref}}';

export interface PublishWebhookOptions {
  secret: string | undefined;
  content: ContentTracker;
  sites: readonly string[];
  request: (sites: string[], reason: string) => void;
  /** After the content was read again (the scheduler recomputes its moments). */
  onContentChanged?: () => void;
}

export function publishWebhook(options: PublishWebhookOptions): Handler {
  return async (req, res) => {
    if (pathOf(req) !== '/api/publish') return false;
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendJson(res, 405, { error: 'POST only: this is the publish webhook' });
      return true;
    }
    let body: string;
    try {
      body = await readBody(req);
    } catch (error) {
      sendJson(res, error instanceof BodyTooLarge ? 413 : 400, { error: 'unreadable body' });
      return true;
    }
    const signature = req.headers[SIGNATURE_HEADER_NAME];
    if (!options.secret || typeof signature !== 'string' || !(await validSignature(body, signature, options.secret))) {
      sendJson(res, 401, { error: options.secret ? 'missing or invalid signature' : 'SANITY_WEBHOOK_SECRET is not set on the server' });
      return true;
    }
    let notice: PublishNotice;
    try {
      notice = JSON.parse(body) as PublishNotice;
    } catch {
      sendJson(res, 400, { error: 'the body is not JSON' });
      return true;
    }
    if (!notice || typeof notice._id !== 'string' || !notice._id) {
      sendJson(res, 400, { error: 'the body needs the document _id (see the projection in docs/EDITORS-LOOP.md)' });
      return true;
    }
    let changes: Awaited<ReturnType<ContentTracker['refresh']>> = [];
    try {
      changes = await options.content.refresh([notice._id]);
      options.onContentChanged?.();
    } catch (error) {
      // The webhook alone still names the document's sites; the build reports the content error.
      console.error(`Publish webhook: could not read the content again: ${(error as Error).message}`);
    }
    const affected = affectedSites({ changes, notice, documents: options.content.documents(), sites: options.sites });
    if (affected.sites.length) options.request(affected.sites, `publish: ${affected.reasons.join('; ')}`);
    sendJson(res, 202, { rebuilding: affected.sites, reasons: affected.reasons });
    return true;
  };
}

async function validSignature(body: string, signature: string, secret: string): Promise<boolean> {
  try {
    return await isValidSignature(body, signature, secret);
  } catch {
    return false; // a malformed header
  }
}
