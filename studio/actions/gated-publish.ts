/**
 * «Publiser» through Fasett's publish gate. Institution editors have Sanity's Contributor
 * role (drafts only); this action replaces the Studio's own Publish and sends the draft's id
 * with the editor's token to the gate, which checks and publishes (server/publish-gate.ts).
 * Before the editor tries, the action and a badge say in Norwegian why a document cannot be
 * published by them — the same permission function the gate enforces.
 */
import { PublishIcon } from '@sanity/icons/Publish';
import { createElement, useEffect, useState } from 'react';
import { definePlugin, useClient, type DocumentActionComponent, type DocumentBadgeComponent, type WorkspaceOptions } from 'sanity';
import { API_VERSION } from '../lib/apiVersion.ts';
import { STUDIO_SITES } from '../sites.ts';
import { gateIdentity, publishThroughGate, studioVerdict, type GateIdentity } from './gate-client.ts';

const base = process.env.SANITY_STUDIO_PREVIEW_URL || 'http://localhost:4321';
const SITES = STUDIO_SITES.map((site) => site.slug);
const titleOf = (slug: string) => STUDIO_SITES.find((site) => site.slug === slug)?.title ?? slug;

// One question to the gate per token, shared by every action and badge on screen.
const identities = new Map<string, Promise<GateIdentity | { error: string }>>();

function useGateIdentity(): { token?: string; identity?: GateIdentity | { error: string } } {
  const token = useClient({ apiVersion: API_VERSION }).config().token;
  const [identity, setIdentity] = useState<GateIdentity | { error: string }>();
  useEffect(() => {
    let live = true;
    const key = token ?? '';
    if (!identities.has(key)) identities.set(key, gateIdentity(base, token));
    identities.get(key)!.then((found) => live && setIdentity(found));
    return () => {
      live = false;
    };
  }, [token]);
  return { token, identity };
}

type Placed = { _id: string; _type: string; [field: string]: unknown };

export const gatedPublishAction: DocumentActionComponent = (props) => {
  const { token, identity } = useGateIdentity();
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false });
  const draft = props.draft as Placed | null;
  const published = props.published as Placed | null;
  if (!draft) return { label: 'Publisert', icon: PublishIcon, disabled: true, title: 'Ingen endringer å publisere.' };
  if (!identity) return { label: 'Publiser', icon: PublishIcon, disabled: true, title: 'Sjekker hvor du kan publisere …' };
  if ('error' in identity) return { label: 'Publiser', icon: PublishIcon, disabled: true, title: identity.error };
  const verdict = studioVerdict(identity, draft, published, SITES, titleOf);
  if (!verdict.allowed) return { label: 'Publiser', icon: PublishIcon, tone: 'critical', disabled: true, title: verdict.message };
  return {
    label: state.busy ? 'Publiserer …' : 'Publiser',
    icon: PublishIcon,
    tone: 'positive',
    disabled: state.busy || Boolean(props.liveEdit),
    title: verdict.note ?? `Publiseres på ${verdict.sites.map(titleOf).join(', ')}.`,
    shortcut: 'Ctrl+Alt+P',
    onHandle: async () => {
      setState({ busy: true });
      const result = await publishThroughGate(base, token, props.id);
      setState({ busy: false, message: result.ok ? undefined : result.message });
      props.onComplete();
    },
    dialog: state.message
      ? { type: 'dialog', header: 'Ikke publisert', content: createElement('p', null, state.message), onClose: () => setState({ busy: false }) }
      : undefined,
  };
};

/** A badge on the document when this editor cannot publish it, with the reason. */
export const gateBadge: DocumentBadgeComponent = (props) => {
  const { identity } = useGateIdentity();
  const draft = (props.draft ?? props.published) as Placed | null;
  if (!draft || !identity || 'error' in identity) return null;
  const verdict = studioVerdict(identity, draft, props.published as Placed | null, SITES, titleOf);
  if (verdict.allowed) return verdict.note ? { label: 'Venter på godkjenning', title: verdict.note, color: 'primary' } : null;
  return { label: 'Kan ikke publiseres av deg', title: verdict.message, color: 'danger' };
};

/**
 * In every workspace: Publish goes through the gate, and the Studio keeps the editor's token
 * (login method `token`) so it can show it to the gate. The gate URL is SANITY_STUDIO_PREVIEW_URL.
 */
export function withGatedPublish(workspace: WorkspaceOptions): WorkspaceOptions {
  const plugin = definePlugin({
    name: 'fasett-gated-publish',
    document: {
      actions: (previous) => previous.map((action) => (action.action === 'publish' ? gatedPublishAction : action)),
      badges: (previous) => [...previous, gateBadge],
    },
  });
  return { ...workspace, auth: { loginMethod: 'token' }, plugins: [...(workspace.plugins ?? []), plugin()] };
}
