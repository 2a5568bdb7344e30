/**
 * The Studio's side of the publish gate (server/publish-gate.ts), without React so it can be
 * tested against the server: who the gate takes the editor for, what the one permission
 * function (shared/publishing/permission.ts) says of a document before the editor tries, and
 * publishing through the gate with the editor's own Sanity token.
 */
import { publishVerdict, requestedNote, type Publisher, type Verdict } from '../../shared/publishing/permission.ts';
import type { Placement } from '../../shared/content/publication.ts';

export interface GateIdentity {
  user: { id: string; name?: string };
  central: boolean;
  sites: string[];
}

type Fetch = typeof fetch;

const gateUrl = (base: string, path: string) => `${base.replace(/\/+$/, '')}${path}`;

async function errorOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // not JSON: the status says enough
  }
  return `Publiseringsporten svarte ${response.status}.`;
}

/** Who the gate takes the editor for; an error message (Norwegian) when it cannot tell. */
export async function gateIdentity(base: string, token: string | undefined, fetchImpl: Fetch = fetch): Promise<GateIdentity | { error: string }> {
  if (!token) return { error: 'Studio har ingen innlogging å sende til publiseringsporten. Logg inn på nytt.' };
  try {
    const response = await fetchImpl(gateUrl(base, '/api/gate/me'), { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) return { error: await errorOf(response) };
    return (await response.json()) as GateIdentity;
  } catch {
    return { error: 'Får ikke kontakt med publiseringsporten. Prøv igjen om litt.' };
  }
}

/** What «Publiser» says before the editor clicks: the same verdict the gate will give. */
export function studioVerdict(identity: GateIdentity, next: Placement, current: Placement | null | undefined, sites: readonly string[], titleOf?: (slug: string) => string): Verdict & { note?: string } {
  const publisher: Publisher = { id: identity.user.id, name: identity.user.name, central: identity.central, sites: identity.sites };
  const verdict = publishVerdict({ publisher, next, current, sites, titleOf });
  return verdict.allowed ? { ...verdict, note: requestedNote(verdict.requested, titleOf) } : verdict;
}

export type GatePublishResult = { ok: true; sites: string[]; requested: string[]; revision: string | null } | { ok: false; status: number; message: string };

/** Publishes the document's draft through the gate with the editor's token. */
export async function publishThroughGate(base: string, token: string | undefined, documentId: string, fetchImpl: Fetch = fetch): Promise<GatePublishResult> {
  if (!token) return { ok: false, status: 401, message: 'Studio har ingen innlogging å sende til publiseringsporten. Logg inn på nytt.' };
  try {
    const response = await fetchImpl(gateUrl(base, '/api/gate/publish'), {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ documentId }),
    });
    if (!response.ok) return { ok: false, status: response.status, message: await errorOf(response) };
    const body = (await response.json()) as { sites: string[]; requested: string[]; revision: string | null };
    return { ok: true, sites: body.sites, requested: body.requested, revision: body.revision };
  } catch {
    return { ok: false, status: 0, message: 'Får ikke kontakt med publiseringsporten. Ingenting ble publisert; prøv igjen om litt.' };
  }
}
