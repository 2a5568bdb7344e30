/** Small helpers for the server's own routes. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;

export const pathOf = (req: IncomingMessage) => new URL(req.url ?? '/', 'http://fasett.invalid').pathname;

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(value, null, 2) + '\n');
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(text.endsWith('\n') ? text : `${text}\n`);
}

export class BodyTooLarge extends Error {}

/** How much of a body over the limit is read and thrown away so the 413 reaches the client. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

/**
 * The raw request body as text (a webhook signature covers the exact bytes). A body over
 * `limit` rejects with BodyTooLarge at once (from Content-Length when it is given) and the
 * rest is read and discarded, so the client, still sending, gets the 413 rather than a reset
 * connection; past DRAIN_LIMIT the connection is cut after all.
 */
export function readBody(req: IncomingMessage, limit = 1024 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => {
      reject(new BodyTooLarge(`body over ${limit} bytes`));
      let drained = 0;
      req.removeAllListeners('data');
      req.on('data', (chunk: Buffer) => {
        drained += chunk.length;
        if (drained > DRAIN_LIMIT) req.destroy();
      });
      req.resume();
    };
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return tooLarge();
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
