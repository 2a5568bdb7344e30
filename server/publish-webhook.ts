/**
 * POST /api/publish — Sanity's GROQ-powered webhook. Refused, with nothing rebuilt:
 * an unsigned or wrongly signed request (401), one signed more than five minutes from now
 * either way (401), a signed request seen before (409), a body over 1 MiB (413). A retry of a
 * delivery already accepted (Sanity's `idempotency-key` header) gets 200 and builds nothing
 * more. Otherwise the server reads the content again, works out which sites the document
 * touched before and after the change, journals the rebuild (server/publish-journal.ts) and
 * only then answers 202: the publish survives the server stopping before the build is done.
 */
import { SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { EDITOR_BODY_LIMIT } from '../shared/serving/headers.ts';
import { affectedSites, type PublishNotice } from '../shared/content/publication.ts';
import type { ContentTracker } from './content-snapshot.ts';
import { touchesAlert, type AlertFeeds } from './alert-feeds.ts';
import { BodyTooLarge, pathOf, readBody, sendJson, type Handler } from './http.ts';
import { checkSignature, SIGNATURE_TOLERANCE_MS } from './webhook-signature.ts';
import { IDEMPOTENCY_KEY_HEADER, replayGuard, type ReplayGuard } from './webhook-replay.ts';

/** The webhook's projection in sanity.io/manage (README.md, «Publish webhook»): where the document is, and was. */
export const WEBHOOK_PROJECTION =
  '{_id, _type, "site": site._ref, "alsoOn": alsoOn[]._ref, "sites": sites[]._ref, ' +
  '"before": before(){_id, "site": site._ref, "alsoOn": alsoOn[]._ref, "sites": sites[]._ref}}';

/** Sanity's bodies are a projection of one document: far below this. */
export const WEBHOOK_BODY_LIMIT = EDITOR_BODY_LIMIT;

export interface PublishWebhookOptions {
  secret: string | undefined;
  content: ContentTracker;
  sites: readonly string[];
  /**
   * Queues the rebuild; returns once the request is durable (journaled). The notice lets the
   * editors' loop publish an event early (server/event-fast-path.ts) before the rebuild.
   */
  request: (sites: string[], reason: string, notice?: PublishNotice) => unknown;
  /**
   * The alert fast path (server/alert-feeds.ts): a publish that touches an alert has the affected
   * sites' alerts.json written before the rebuild is queued, and before the webhook answers.
   */
  alerts?: AlertFeeds;
  /** After the content was read again (the scheduler recomputes its moments). */
  onContentChanged?: () => void;
  /** Deliveries already accepted; default: in memory only. */
  replay?: ReplayGuard;
  /** Real time in ms, for the signature's age (not FASETT_NOW, which pins what content is current). */
  now?: () => number;
  toleranceMs?: number;
}

export function publishWebhook(options: PublishWebhookOptions): Handler {
  const toleranceMs = options.toleranceMs ?? SIGNATURE_TOLERANCE_MS;
  const replay = options.replay ?? replayGuard(undefined, toleranceMs);
  const now = options.now ?? Date.now;
  // Deliveries being handled right now: the same one sent twice at once is still one build.
  const inFlight = new Set<string>();
  return async (req, res) => {
    if (pathOf(req) !== '/api/publish') return false;
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendJson(res, 405, { error: 'POST only: this is the publish webhook' });
      return true;
    }
    let body: string;
    try {
      body = await readBody(req, WEBHOOK_BODY_LIMIT);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        sendJson(res, 413, { error: `the body is over ${WEBHOOK_BODY_LIMIT} bytes` });
      } else sendJson(res, 400, { error: 'unreadable body' });
      return true;
    }
    if (!options.secret) {
      sendJson(res, 401, { error: 'SANITY_WEBHOOK_SECRET is not set on the server' });
      return true;
    }
    const at = now();
    const check = await checkSignature(body, req.headers[SIGNATURE_HEADER_NAME], options.secret, at, toleranceMs);
    if (!check.ok) {
      const why = check.reason === 'expired' || check.reason === 'future' ? 'the signature is not from the last five minutes' : 'missing or invalid signature';
      sendJson(res, 401, { error: why });
      return true;
    }
    const { signature, timestamp } = check;
    const keyHeader = req.headers[IDEMPOTENCY_KEY_HEADER];
    const key = typeof keyHeader === 'string' && keyHeader ? keyHeader : undefined;
    // A retry of a delivery already accepted: Sanity must stop retrying, and nothing is built twice.
    if (replay.seenKey(key, at)) {
      sendJson(res, 200, { duplicate: true, rebuilding: [] });
      return true;
    }
    if (replay.seenSignature(signature, at) || inFlight.has(signature)) {
      sendJson(res, 409, { error: 'this signed request was received before' });
      return true;
    }
    if (key && inFlight.has(`key:${key}`)) {
      sendJson(res, 200, { duplicate: true, rebuilding: [] });
      return true;
    }
    const claims = [signature, ...(key ? [`key:${key}`] : [])];
    for (const claim of claims) inFlight.add(claim);
    try {
      return await accept();
    } finally {
      for (const claim of claims) inFlight.delete(claim);
    }

    async function accept(): Promise<true> {
      let notice: PublishNotice;
      try {
        notice = JSON.parse(body) as PublishNotice;
      } catch {
        sendJson(res, 400, { error: 'the body is not JSON' });
        return true;
      }
      if (!notice || typeof notice._id !== 'string' || !notice._id) {
        sendJson(res, 400, { error: 'the body needs the document _id (see the projection in the README, «Publish webhook»)' });
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
      // An alert first, before working out which sites to rebuild (a walk through every document):
      // every site's alerts.json is worked out again from the content and written where it changed,
      // so which sites an alert concerns needs no answer here.
      if (options.alerts && touchesAlert(changes, notice)) {
        await options.alerts.write(options.sites, `publish: ${notice._id}`);
        // Requests that came in meanwhile (visitors' pages reading alerts.json) are answered
        // before the walk below holds the event loop.
        await new Promise((resolve) => setImmediate(resolve));
      }
      const affected = affectedSites({ changes, notice, documents: options.content.documents(), sites: options.sites });
      try {
        if (affected.sites.length) await options.request(affected.sites, `publish: ${affected.reasons.join('; ')}`, notice);
      } catch (error) {
        // Not journaled: 503 makes Sanity retry, and the retry is not a duplicate.
        console.error(`Publish webhook: could not record the rebuild: ${(error as Error).message}`);
        sendJson(res, 503, { error: 'the rebuild could not be recorded; try again' });
        return true;
      }
      replay.remember({ signature, signedAt: timestamp, key }, at);
      sendJson(res, 202, { rebuilding: affected.sites, reasons: affected.reasons });
      return true;
    }
  };
}
