/**
 * The publish gate through the Fasett server, against the local Sanity stand-in (users with
 * Sanity's roles, /users/me, the Actions API): an Appelsinia editor (Contributor in Sanity,
 * Appelsinia's editor in Fasett's membership file) publishes to Appelsinia; cannot publish to
 * Ibsenbiblioteket, nor move a document there, nor cross-list onto it without Ibsenbiblioteket
 * accepting; cannot publish an alert or a venue; every attempt is in the audit trail, shown per
 * site on the editors' page. The Studio's action logic (studio/actions/gate-client.ts) is
 * exercised against the same server. Expected outcomes are written from the issue, not computed
 * by the permission function under test.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset } from '../../../shared/content/dataset.ts';
import { repoRoot } from '../../../scripts/lib/build-sites.ts';
import { liveSource } from '../../../shared/content/live-source.ts';
import { siteData } from '../../../shared/content/site-data.ts';
import { gateSanity } from '../../../server/gate-sanity.ts';
import { auditLog } from '../../../server/audit-log.ts';
import { gateIdentity, publishThroughGate, studioVerdict } from '../../../studio/actions/gate-client.ts';
import { PREVIEW_SECRET, startEditorFixture, type EditorFixture } from '../../browser/editor-fixture.ts';
import { startSanityStandIn, type StandIn } from '../../support/sanity-standin.ts';

const TOKENS = { appelsinia: 'tok-appelsinia', ibsen: 'tok-ibsen', central: 'tok-sentral', server: 'tok-server', stranger: 'tok-ukjent' };
const SITES = ['appelsinia', 'bydelshus', 'ibsenbiblioteket'];
const ref = (id: string) => ({ _type: 'reference', _ref: id });

let fx: EditorFixture;
let standIn: StandIn;
type Doc = { _id: string; _type: string; [field: string]: unknown };
let docs: Doc[];
const pick = (find: (d: Doc) => boolean) => structuredClone(docs.find((d) => !d._id.startsWith('drafts.') && find(d))!);
const siteOf = (d: Doc) => (d.site as { _ref?: string } | undefined)?._ref;

test.before(async () => {
  const dataset = await loadDataset(join(repoRoot, 'dataset/sample'));
  docs = dataset.documents as Doc[];
  standIn = await startSanityStandIn(dataset, {
    users: {
      [TOKENS.appelsinia]: { id: 'pAppelsinia', name: 'Aud Appelsin', email: 'aud@example.invalid', role: 'contributor' },
      [TOKENS.ibsen]: { id: 'pIbsen', name: 'Ine Ibsen', email: 'ine@example.invalid', role: 'contributor' },
      [TOKENS.central]: { id: 'pSentral', name: 'Siri Sentral', email: 'siri@example.invalid', role: 'contributor' },
      [TOKENS.stranger]: { id: 'pUkjent', name: 'Ukjent', email: 'u@example.invalid', role: 'contributor' },
      [TOKENS.server]: { id: 'pRobot', name: 'Fasett', email: 'robot@example.invalid', role: 'editor' },
    },
  });
  // Fasett's membership: kept by whoever runs the server, not in the dataset.
  const editorsFile = join(mkdtempSync(join(tmpdir(), 'fasett-editors-')), 'editors.json');
  writeFileSync(editorsFile, JSON.stringify({ central: ['pSentral'], sites: { appelsinia: ['pAppelsinia'], ibsenbiblioteket: ['pIbsen'] } }));
  fx = await startEditorFixture({
    build: false,
    editorsFile,
    gateSanity: gateSanity({ projectId: 'local', dataset: 'production', apiVersion: '2025-02-19', apiHost: standIn.url, writeToken: TOKENS.server }),
  });
});
test.after(async () => {
  await fx?.close();
  await standIn?.close();
});

/** What the Studio does when an editor edits: writes the draft with their own token. */
async function writeDraft(token: string, doc: Doc): Promise<void> {
  const response = await fetch(`${standIn.url}/v2025-02-19/data/mutate/production`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ mutations: [{ createOrReplace: { ...doc, _id: `drafts.${doc._id}` } }] }),
  });
  assert.is(response.status, 200, `the draft of ${doc._id} is written`);
}

async function publish(token: string | undefined, documentId: string, extra: Record<string, unknown> = {}) {
  const response = await fetch(`${fx.origin}/api/gate/publish`, {
    method: 'POST',
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/json' },
    body: JSON.stringify({ documentId, ...extra }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const published = (id: string) => standIn.document(id);
const actionCount = () => standIn.writes.filter((w) => w.kind === 'action').length;
const auditLines = () => fx.editor.audit.entries();
let uniqueSource = 0;
/** What a live build of a site would show, read afresh from the stand-in. */
async function eventsShownOn(site: string): Promise<string[]> {
  const source = liveSource({ projectId: 'local', dataset: 'production', apiVersion: '2025-02-19', token: TOKENS.server, apiHost: standIn.url });
  const fresh = { ...source, description: `${source.description} #${++uniqueSource}` };
  return (await siteData(site, fresh)).events.map((e) => e._id);
}

test('no token, or a token Sanity does not know: 401, nothing published, nothing attributed', async () => {
  const event = pick((d) => d._type === 'event' && siteOf(d) === 'site.appelsinia');
  await writeDraft(TOKENS.appelsinia, { ...event, title: 'Uten innlogging' });
  assert.is((await publish(undefined, event._id)).status, 401);
  assert.is((await publish('not-a-token', event._id)).status, 401);
  assert.is(actionCount(), 0);
  assert.is.not(published(event._id)?.title, 'Uten innlogging');
});

test('an Appelsinia editor publishes an Appelsinia event; the audit trail has who, what, where, when and the revision', async () => {
  const event = pick((d) => d._type === 'event' && siteOf(d) === 'site.appelsinia' && !d.alsoOn);
  await writeDraft(TOKENS.appelsinia, { ...event, title: 'Ny tittel fra Appelsinia' });
  const revision = standIn.document(`drafts.${event._id}`)!._rev;
  const result = await publish(TOKENS.appelsinia, event._id);
  assert.is(result.status, 200, JSON.stringify(result.body));
  assert.is(published(event._id)?.title, 'Ny tittel fra Appelsinia');
  assert.is(standIn.document(`drafts.${event._id}`), undefined, 'the draft became the published document');
  // Published by the server's token, not the editor's: a Contributor cannot publish.
  assert.is(standIn.writes.at(-1)?.user, 'pRobot');
  const line = auditLines().at(-1)!;
  assert.is(line.outcome, 'published');
  assert.is(line.user.id, 'pAppelsinia');
  assert.is(line.user.name, 'Aud Appelsin');
  assert.is(line.documentId, event._id);
  assert.equal(line.sites, ['appelsinia']);
  assert.is(line.revision, revision);
  assert.ok(Date.parse(line.at) > 0);
});

test('an Appelsinia editor cannot publish an Ibsenbiblioteket event: 403 naming the site, nothing published, the attempt kept', async () => {
  const event = pick((d) => d._type === 'event' && siteOf(d) === 'site.ibsenbiblioteket');
  const before = published(event._id)?.title;
  await writeDraft(TOKENS.appelsinia, { ...event, title: 'Kapret' });
  const actions = actionCount();
  // The browser may claim anything: the gate reads the document from Sanity itself.
  const result = await publish(TOKENS.appelsinia, event._id, { site: 'site.appelsinia' });
  assert.is(result.status, 403);
  assert.match(String(result.body.error), 'Ibsenbiblioteket');
  assert.is(actionCount(), actions, 'nothing was sent to Sanity');
  assert.is(published(event._id)?.title, before);
  const line = auditLines().at(-1)!;
  assert.equal([line.outcome, line.user.id, line.documentId], ['refused', 'pAppelsinia', event._id]);
  assert.match(line.message ?? '', 'Ibsenbiblioteket');
});

test('nor move an Appelsinia event to Ibsenbiblioteket', async () => {
  const event = pick((d) => d._type === 'event' && siteOf(d) === 'site.appelsinia' && !d.alsoOn);
  await writeDraft(TOKENS.appelsinia, { ...event, site: ref('site.ibsenbiblioteket') });
  const result = await publish(TOKENS.appelsinia, event._id);
  assert.is(result.status, 403);
  assert.match(String(result.body.error), 'Ibsenbiblioteket');
  assert.is(siteOf(published(event._id)!), 'site.appelsinia');
});

test('a forged request straight to Sanity with the editor’s own token cannot publish either (Contributor role)', async () => {
  const event = pick((d) => d._type === 'event' && siteOf(d) === 'site.ibsenbiblioteket');
  const response = await fetch(`${standIn.url}/v2025-02-19/data/actions/production`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKENS.appelsinia}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ actions: [{ actionType: 'sanity.action.document.publish', draftId: `drafts.${event._id}`, publishedId: event._id }] }),
  });
  assert.is(response.status, 403);
  assert.is.not(published(event._id)?.title, 'Kapret');
});

test('a cross-listing onto Ibsenbiblioteket shows there only once Ibsenbiblioteket accepts it, and can be withdrawn', async () => {
  const event = pick((d) => d._type === 'event' && siteOf(d) === 'site.appelsinia' && !d.alsoOn && d.status !== 'cancelled' && String(d.endsAt ?? d.startsAt) > '2026-12-02');
  await writeDraft(TOKENS.appelsinia, { ...event, alsoOn: [{ _key: 'ib', ...ref('site.ibsenbiblioteket') }] });
  const asked = await publish(TOKENS.appelsinia, event._id);
  assert.is(asked.status, 200, 'publishing on its own site, asking Ibsenbiblioteket, is allowed');
  assert.equal(asked.body.requested, ['ibsenbiblioteket']);
  assert.ok((await eventsShownOn('appelsinia')).includes(event._id));
  assert.not.ok((await eventsShownOn('ibsenbiblioteket')).includes(event._id), 'not on Ibsenbiblioteket before it accepts');

  // Appelsinia cannot accept on Ibsenbiblioteket's behalf.
  const acceptance = pick((d) => d._id === 'crossListing.ibsenbiblioteket');
  const accepted = { ...acceptance, accepted: [...(acceptance.accepted as object[]), { _key: 'ny', _weak: true, ...ref(event._id) }] };
  await writeDraft(TOKENS.appelsinia, accepted);
  const forged = await publish(TOKENS.appelsinia, acceptance._id);
  assert.is(forged.status, 403);
  assert.match(String(forged.body.error), 'Ibsenbiblioteket');
  assert.not.ok((await eventsShownOn('ibsenbiblioteket')).includes(event._id));

  // Ibsenbiblioteket's editor accepts it.
  await writeDraft(TOKENS.ibsen, accepted);
  assert.is((await publish(TOKENS.ibsen, acceptance._id)).status, 200);
  assert.ok((await eventsShownOn('ibsenbiblioteket')).includes(event._id), 'shown on Ibsenbiblioteket once accepted');

  // …and withdraws it.
  await writeDraft(TOKENS.ibsen, acceptance);
  assert.is((await publish(TOKENS.ibsen, acceptance._id)).status, 200);
  assert.not.ok((await eventsShownOn('ibsenbiblioteket')).includes(event._id), 'withdrawn');
  assert.ok((await eventsShownOn('appelsinia')).includes(event._id), 'still on its own site');
});

test('an Appelsinia editor cannot publish an alert, even one for Appelsinia only, nor a venue; a central editor can', async () => {
  const alert = pick((d) => d._type === 'alert');
  await writeDraft(TOKENS.appelsinia, { ...alert, title: 'Falsk alarm', sites: [{ _key: 'a', ...ref('site.appelsinia') }] });
  const refusedAlert = await publish(TOKENS.appelsinia, alert._id);
  assert.is(refusedAlert.status, 403);
  assert.match(String(refusedAlert.body.error), /sentrale redaktører/);
  assert.match(String(refusedAlert.body.error), /Appelsinia/);

  const venue = pick((d) => d._type === 'venue');
  await writeDraft(TOKENS.appelsinia, { ...venue, name: 'Omdøpt' });
  const refusedVenue = await publish(TOKENS.appelsinia, venue._id);
  assert.is(refusedVenue.status, 403);
  assert.match(String(refusedVenue.body.error), /alle nettstedene/);
  assert.is.not(published(venue._id)?.name, 'Omdøpt');

  await writeDraft(TOKENS.central, { ...alert, title: 'Ekte varsel' });
  assert.is((await publish(TOKENS.central, alert._id)).status, 200);
  assert.is(published(alert._id)?.title, 'Ekte varsel');
});

test("an editor publishes their own site's settings and menu, never another site's", async () => {
  const own = pick((d) => d._id === 'site.appelsinia');
  await writeDraft(TOKENS.appelsinia, { ...own, tagline: 'Ny slagord' });
  assert.is((await publish(TOKENS.appelsinia, own._id)).status, 200);
  assert.is(published(own._id)?.tagline, 'Ny slagord');
  const other = pick((d) => d._id === 'site.ibsenbiblioteket');
  await writeDraft(TOKENS.appelsinia, { ...other, tagline: 'Kapret' });
  const refused = await publish(TOKENS.appelsinia, other._id);
  assert.is(refused.status, 403);
  assert.match(String(refused.body.error), 'Ibsenbiblioteket');
});

test('an editor Fasett does not know may publish nowhere', async () => {
  const event = pick((d) => d._type === 'event' && siteOf(d) === 'site.bydelshus');
  await writeDraft(TOKENS.stranger, { ...event, title: 'Hei' });
  const result = await publish(TOKENS.stranger, event._id);
  assert.is(result.status, 403);
  assert.match(String(result.body.error), 'Bydelshus');
});

test('every attempt by a known editor is in the audit trail, whose hash chain holds and shows a change', () => {
  const lines = auditLines();
  const attempts = lines.map((l) => `${l.user.id} ${l.outcome} ${l.documentId}`);
  // 1 published, 2 refused (other site, move), 1 published + 1 refused + 2 published (cross-listing),
  // 2 refused + 1 published (alert, venue, central), 1 published + 1 refused (site settings), 1 refused (stranger).
  assert.is(lines.length, 13, attempts.join('\n'));
  assert.is(lines.filter((l) => l.outcome === 'refused').length, 7);
  assert.is(lines.filter((l) => l.outcome === 'published').length, 6);
  assert.is(fx.editor.audit.verify(), undefined);
  // Changing a line afterwards breaks the chain at that line.
  const file = join(fx.dist, '.fasett-state', 'publish-audit.jsonl');
  const text = readFileSync(file, 'utf8').split('\n');
  text[2] = text[2]!.replace('"refused"', '"published"');
  const copy = `${file}.copy`;
  writeFileSync(copy, text.join('\n'));
  assert.equal(auditLog(copy).verify(), { line: 3, reason: 'was changed after it was written' });
});

test("the editors' page shows each site's attempts, to editors only", async () => {
  const anonymous = await fetch(`${fx.origin}/redaksjon/publiseringer/ibsenbiblioteket/`);
  assert.is(anonymous.status, 401);
  assert.not.ok((await anonymous.text()).includes('Aud Appelsin'));
  const page = await fetch(`${fx.origin}/redaksjon/publiseringer/ibsenbiblioteket/`, { headers: { Authorization: `Bearer ${PREVIEW_SECRET}` } });
  assert.is(page.status, 200);
  const html = await page.text();
  assert.match(html, 'Aud Appelsin');
  assert.match(html, 'Avvist');
  assert.match(html, 'Ine Ibsen');
  assert.match(html, 'kjeden av kontrollsummer er hel');
  // Appelsinia's page has its own publish, not Ibsenbiblioteket's acceptance.
  const own = await (await fetch(`${fx.origin}/redaksjon/publiseringer/appelsinia/`, { headers: { Authorization: `Bearer ${PREVIEW_SECRET}` } })).text();
  assert.match(own, 'Ny tittel fra Appelsinia');
  assert.not.ok(own.includes('crossListing.ibsenbiblioteket'));
});

test("the Studio's action: it knows before the click, and publishes through the gate", async () => {
  const identity = await gateIdentity(fx.origin, TOKENS.appelsinia);
  assert.ok(!('error' in identity));
  if ('error' in identity) return;
  assert.equal(identity.sites, ['appelsinia']);
  const ibsenEvent = pick((d) => d._type === 'event' && siteOf(d) === 'site.ibsenbiblioteket');
  const verdict = studioVerdict(identity, ibsenEvent, ibsenEvent, SITES, (s) => (s === 'ibsenbiblioteket' ? 'Ibsenbiblioteket' : s));
  assert.not.ok(verdict.allowed);
  assert.match(verdict.allowed ? '' : verdict.message, 'Ibsenbiblioteket');
  // What it then says when clicked anyway matches what the gate says.
  await writeDraft(TOKENS.appelsinia, { ...ibsenEvent, title: 'Via Studio' });
  const refused = await publishThroughGate(fx.origin, TOKENS.appelsinia, ibsenEvent._id);
  assert.equal(refused.ok ? 0 : refused.status, 403);
  const event = pick((d) => d._type === 'event' && siteOf(d) === 'site.appelsinia');
  await writeDraft(TOKENS.appelsinia, { ...event, title: 'Publisert fra Studio' });
  const done = await publishThroughGate(fx.origin, TOKENS.appelsinia, event._id);
  assert.ok(done.ok);
  assert.is(published(event._id)?.title, 'Publisert fra Studio');
  assert.is((await gateIdentity(fx.origin, 'not-a-token')).hasOwnProperty('error'), true);
});

test('the gate answers the Studio origin only (CORS), and the preflight allows the token header', async () => {
  const preflight = await fetch(`${fx.origin}/api/gate/publish`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:3333', 'Access-Control-Request-Method': 'POST' } });
  assert.is(preflight.status, 204);
  assert.is(preflight.headers.get('access-control-allow-origin'), 'http://localhost:3333');
  assert.match(preflight.headers.get('access-control-allow-headers') ?? '', 'Authorization');
  const other = await fetch(`${fx.origin}/api/gate/publish`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } });
  assert.is(other.headers.get('access-control-allow-origin'), null);
});

async function makeLink(token: string, documentId: string, days?: number) {
  const response = await fetch(`${fx.origin}/api/partner-links`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ documentId, ...(days === undefined ? {} : { days }) }),
  });
  return { status: response.status, body: (await response.json()) as { url?: string; id?: string; expiresAt?: string; error?: string } };
}

const open = (url: string, cookie?: string) => fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });

test('partner links: made by an editor of the document’s site only, for 7 days by default', async () => {
  const event = pick((d) => d._type === 'event' && siteOf(d) === 'site.appelsinia');
  const made = await makeLink(TOKENS.appelsinia, event._id);
  assert.is(made.status, 201, JSON.stringify(made.body));
  assert.ok(made.body.url?.startsWith(`${fx.origin}/del/`));
  assert.is(Date.parse(made.body.expiresAt!) - fx.editor.clock.now().getTime(), 7 * 86_400_000);
  const ibsenEvent = pick((d) => d._type === 'event' && siteOf(d) === 'site.ibsenbiblioteket');
  const refused = await makeLink(TOKENS.appelsinia, ibsenEvent._id);
  assert.is(refused.status, 403);
  assert.match(refused.body.error ?? '', 'Ibsenbiblioteket');
  assert.is((await fetch(`${fx.origin}/api/partner-links`, { method: 'POST', body: JSON.stringify({ documentId: event._id }) })).status, 401);
});

test('a forged or altered partner link: 401 and no content', async () => {
  const event = pick((d) => d._type === 'event' && siteOf(d) === 'site.appelsinia');
  const { body } = await makeLink(TOKENS.appelsinia, event._id);
  const [id, mac] = body.url!.split('/del/')[1]!.split('.');
  for (const token of [`${id}.${'A'.repeat(43)}`, `${'B'.repeat(22)}.${mac}`, 'gjett', `${id}`]) {
    const response = await open(`${fx.origin}/del/${token}`);
    assert.is(response.status, 401, token);
    const text = await response.text();
    assert.not.ok(text.includes(String(event.title)), 'no content');
    assert.is(response.headers.get('set-cookie'), null);
  }
});

test('a revoked link: 410 and no content; only its site’s editors or its maker revoke it', async () => {
  const event = pick((d) => d._type === 'event' && siteOf(d) === 'site.appelsinia');
  const { body } = await makeLink(TOKENS.appelsinia, event._id);
  const revoke = (token: string) => fetch(`${fx.origin}/api/partner-links/${body.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
  assert.is((await revoke(TOKENS.ibsen)).status, 403);
  assert.is((await revoke(TOKENS.appelsinia)).status, 204);
  const response = await open(body.url!);
  assert.is(response.status, 410);
  assert.not.ok((await response.text()).includes(String(event.title)));
});

test("a partner's cookie loads only the preview's files of that site, never another page", async () => {
  const event = pick((d) => d._type === 'event' && siteOf(d) === 'site.appelsinia');
  const { body } = await makeLink(TOKENS.appelsinia, event._id);
  const token = body.url!.split('/del/')[1]!;
  const cookie = `fasett_partner=${token}`;
  assert.is((await open(`${fx.origin}/preview/appelsinia/arrangementer/`, cookie)).status, 401);
  assert.is((await open(`${fx.origin}/preview/appelsinia/`, cookie)).status, 401);
  assert.is((await open(`${fx.origin}/preview/ibsenbiblioteket/_astro/x.css`, cookie)).status, 401);
});

test('a link expires after its days (the clock moved past them): 410 and no content', async () => {
  const event = pick((d) => d._type === 'event' && siteOf(d) === 'site.appelsinia');
  const { body } = await makeLink(TOKENS.appelsinia, event._id, 2);
  // Time moves; nothing else should happen on this server while it does.
  fx.editor.scheduler.stop();
  fx.editor.clock.advance(2 * 86_400_000 - 60_000);
  const stillValid = fx.editor.partnerLinks.check(body.url!.split('/del/')[1]!);
  assert.is(stillValid.state, 'valid');
  fx.editor.clock.advance(60_000);
  const response = await open(body.url!);
  assert.is(response.status, 410);
  assert.match(await response.text(), 'utløpt');
});

test.run();
