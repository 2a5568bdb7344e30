import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

// The generator is run as the command a developer runs, into temporary folders.
const root = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'fasett-dataset-'));

interface Doc {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

function generate(out: string, ...args: string[]): void {
  execFileSync(process.execPath, ['dataset/generate.ts', '--out', out, '--quiet', ...args], { cwd: root, stdio: 'pipe' });
}

function fingerprint(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (sub: string): void => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(rel);
      else files[rel] = createHash('sha1').update(readFileSync(join(dir, rel))).digest('hex');
    }
  };
  visit('');
  return files;
}

function load(dir: string): Doc[] {
  return readFileSync(join(dir, 'data.ndjson'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Doc);
}

const published = (docs: Doc[]): Doc[] => docs.filter((d) => !d._id.startsWith('drafts.'));
const ofType = (docs: Doc[], type: string): Doc[] => published(docs).filter((d) => d._type === type);
const refOf = (value: unknown): string => (value as { _ref: string })._ref;
const slugOf = (doc: Doc): string => (doc.slug as { current: string }).current;

/** Oslo's offset for an instant, worked out here independently of the generator. */
function osloOffset(iso: string): string {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', timeZoneName: 'shortOffset' })
    .formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName')?.value;
  return name === 'GMT+2' ? '+02:00' : name === 'GMT+1' ? '+01:00' : `unexpected ${name}`;
}

/** Every `{_ref}` in a document, with the field it sits in. */
function references(doc: Doc): Array<{ field: string; id: string }> {
  const found: Array<{ field: string; id: string }> = [];
  const visit = (value: unknown, field: string): void => {
    if (Array.isArray(value)) value.forEach((v) => visit(v, field));
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === '_ref' && typeof inner === 'string') found.push({ field, id: inner });
        else visit(inner, /^\d+$/.test(key) ? field : key);
      }
    }
  };
  visit(doc, '');
  return found;
}

function imageFields(doc: Doc): Array<{ field: string; image: { _sanityAsset: string; alt: string; decorative?: boolean } }> {
  const found: Array<{ field: string; image: { _sanityAsset: string; alt: string; decorative?: boolean } }> = [];
  const visit = (value: unknown, field: string): void => {
    if (Array.isArray(value)) value.forEach((v) => visit(v, field));
    else if (value && typeof value === 'object') {
      if ('_sanityAsset' in value) found.push({ field, image: value as { _sanityAsset: string; alt: string } });
      for (const [key, inner] of Object.entries(value)) visit(inner, field ? `${field}.${key}` : key);
    }
  };
  visit(doc, '');
  return found;
}

const first = join(work, 'first');
const second = join(work, 'second');
generate(first);
generate(second);
const docs = load(first);
const byId = new Map(docs.map((d) => [d._id, d]));
const SITES = ['bydelshus', 'appelsinia', 'ibsenbiblioteket'];

test('the generator writes byte-identical output on every run', () => {
  const a = fingerprint(first);
  const b = fingerprint(second);
  assert.ok(Object.keys(a).length > 30, 'data.ndjson and the images are written');
  assert.equal(a, b);
});

test('the committed sample is exactly what the generator writes', () => {
  const committed = join(root, 'dataset', 'sample');
  assert.ok(existsSync(join(committed, 'data.ndjson')), 'dataset/sample/data.ndjson is committed');
  assert.equal(fingerprint(committed), fingerprint(first), 'run `npm run dataset:generate` and commit dataset/sample/');
});

test('documents are sorted by _id and carry Sanity system fields', () => {
  const ids = docs.map((d) => d._id);
  assert.equal(ids, [...ids].sort());
  assert.equal(new Set(ids).size, ids.length, '_id is unique');
  for (const doc of docs) {
    assert.match(String(doc._createdAt), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, `${doc._id} _createdAt`);
    assert.ok(String(doc._updatedAt) >= String(doc._createdAt), `${doc._id} is updated after it is created`);
    assert.match(String(doc._rev), /^[A-Za-z0-9]{22}$/, `${doc._id} _rev`);
  }
});

test('the sample has the promised content on every site', () => {
  assert.equal(ofType(docs, 'site').map((s) => s._id).sort(), SITES.map((s) => `site.${s}`).sort());
  assert.ok(ofType(docs, 'venue').length >= 10, 'at least 10 venues');
  const categories = ofType(docs, 'category').map(slugOf);
  for (const slug of ['konsert', 'teater', 'foredrag', 'barn', 'film', 'kurs', 'utstilling', 'dans', 'litteratur', 'friluft', 'spill']) {
    assert.ok(categories.includes(slug), `category ${slug}`);
  }
  const audiences = Object.fromEntries(ofType(docs, 'audience').map((a) => [slugOf(a), a.title]));
  assert.equal(audiences, { unge: 'Unge', foresatte: 'Foresatte', voksne: 'Voksne', eldre: 'Eldre', barn: 'Barn', 'nye-innbyggere': 'Nye innbyggere', naeringsliv: 'Næringsliv' });

  const events = ofType(docs, 'event');
  assert.ok(events.length >= 90, `at least 90 events (${events.length})`);
  for (const site of SITES) {
    const own = (type: string): Doc[] => ofType(docs, type).filter((d) => refOf(d.site) === `site.${site}`);
    assert.ok(own('event').length >= 30, `${site}: at least 30 events`);
    assert.ok(own('campaign').length >= 2, `${site}: at least 2 campaigns`);
    assert.ok(own('article').length >= 4, `${site}: at least 4 articles`);
    const pages = own('page').map(slugOf);
    for (const slug of ['index', 'om-oss', 'apningstider-og-kontakt', 'tilgjengelighetserklaering']) assert.ok(pages.includes(slug), `${site}: page ${slug}`);
    const statuses = new Set(own('event').map((e) => e.status));
    for (const status of ['cancelled', 'postponed', 'rescheduled', 'soldOut']) assert.ok(statuses.has(status), `${site}: an event that is ${status}`);
  }
  assert.is(events.filter((e) => e.status === 'movedOnline').length, 1, 'exactly one event moved online');
  assert.ok(events.some((e) => !e.image) && events.some((e) => !e.venue) && events.some((e) => !e.categories) && events.some((e) => !e.body), 'some events lack image, venue, categories or body');
  assert.ok(events.some((e) => Array.isArray(e.alsoOn) && e.alsoOn.length > 0), 'some events are cross-listed');

  const alerts = ofType(docs, 'alert');
  assert.is(alerts.length, 2);
  assert.ok(alerts.some((a) => (a.sites as unknown[]).length === 0 && a.severity === 'warning'), 'one warning for every site');
  const serviceLinks = ofType(docs, 'serviceLink');
  for (const audience of Object.keys(audiences)) {
    const count = serviceLinks.filter((l) => (l.audiences as unknown[]).some((r) => refOf(r) === `audience.${audience}`)).length;
    assert.ok(count >= 2, `at least 2 service links for ${audience} (${count})`);
  }
});

test('events span the year from the start date, with a few already past', () => {
  const events = ofType(docs, 'event');
  const months = new Set(events.map((e) => String(e.startsAt).slice(0, 7)));
  assert.ok(months.size >= 12, `events in ${months.size} different months`);
  assert.ok(events.some((e) => String(e.startsAt) < '2026-12-01'), 'some events before 1 December 2026, for the archive');
  assert.ok(events.every((e) => String(e.startsAt) >= '2026-11-15' && String(e.startsAt) < '2027-12-01'), 'all within the sample year');
  assert.ok(events.some((e) => Date.parse(String(e.endsAt)) - Date.parse(String(e.startsAt)) > 7 * 86_400_000), 'an event that runs for weeks');
});

test('every time has the right Oslo offset and nothing ends before it starts', () => {
  for (const doc of docs) {
    for (const field of ['startsAt', 'endsAt', 'publishedAt']) {
      const value = doc[field];
      if (typeof value !== 'string') continue;
      assert.match(value, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/, `${doc._id} ${field}`);
      assert.is(value.slice(-6), osloOffset(value), `${doc._id} ${field} ${value}`);
    }
    if (typeof doc.startsAt === 'string' && typeof doc.endsAt === 'string') {
      assert.ok(Date.parse(doc.endsAt) >= Date.parse(doc.startsAt), `${doc._id} ends after it starts`);
    }
  }
  const winter = byId.get('event.bydelshus.julemarked-pa-gulset-bydelshus');
  assert.is(winter?.startsAt, '2026-12-05T11:00:00+01:00');
  const summer = byId.get('event.appelsinia.sommerscenen-i-bryggeparken-fredag');
  assert.is(summer?.startsAt, '2027-06-18T18:00:00+02:00');
});

test('every reference points to a published document of the right type', () => {
  const expected: Record<string, string[]> = {
    site: ['site'], alsoOn: ['site'], sites: ['site'], venue: ['venue'], categories: ['category'],
    audiences: ['audience'], events: ['event'], accepted: ['event'], page: ['page'], reference: ['page', 'event'],
  };
  let count = 0;
  for (const doc of docs) {
    for (const { field, id } of references(doc)) {
      count += 1;
      const target = byId.get(id);
      assert.ok(target && !id.startsWith('drafts.'), `${doc._id} ${field} → ${id} exists`);
      assert.ok((expected[field] ?? []).includes(target!._type), `${doc._id} ${field} → ${id} is a ${target!._type}`);
    }
  }
  assert.ok(count > 500, `references were found (${count})`);
});

test('slugs are URL-safe and unique per site and type; titles and summaries fit', () => {
  const seen = new Set<string>();
  for (const doc of published(docs)) {
    assert.ok(typeof doc.title !== 'string' || doc.title.length <= 90, `${doc._id} title ≤ 90`);
    assert.ok(typeof doc.summary !== 'string' || doc.summary.length <= 200, `${doc._id} summary ≤ 200`);
    if (!doc.slug) continue;
    const slug = slugOf(doc);
    assert.match(slug, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${doc._id} slug`);
    const key = `${doc._type}|${doc.site ? refOf(doc.site) : ''}|${slug}`;
    assert.not.ok(seen.has(key), `${doc._id}: slug ${slug} is unique`);
    seen.add(key);
  }
  assert.is(slugOf(byId.get('event.appelsinia.apen-scene-4-desember') as Doc), 'apen-scene-4-desember', 'repeated events get the date in the slug');
});

test('links, prices and campaign details follow the content rules', () => {
  const accents: Record<string, string[]> = {
    bydelshus: ['fjord', 'skog', 'solsikke', 'kveld'],
    appelsinia: ['fjord', 'skog', 'appelsin', 'lilla'],
    ibsenbiblioteket: ['fjord', 'skog', 'blekk', 'rosin'],
  };
  const text = JSON.stringify(docs);
  for (const match of text.matchAll(/"(?:url|href|ticketUrl|link)":"([^"]*)"/g)) {
    assert.match(match[1] as string, /^(https?:\/\/|mailto:|tel:)/, `URL ${match[1]}`);
  }
  for (const event of ofType(docs, 'event')) {
    const price = event.price as { free: boolean; amount?: number };
    if (!price.free) {
      assert.ok((price.amount ?? -1) >= 0, `${event._id} price`);
      assert.match(String(event.ticketUrl), /^https:\/\//, `${event._id} sells tickets over https`);
    }
  }
  for (const campaign of ofType(docs, 'campaign')) {
    const site = refOf(campaign.site).replace('site.', '');
    assert.ok(accents[site]?.includes(campaign.accent as string), `${campaign._id} accent ${String(campaign.accent)}`);
    for (const tag of campaign.hashtags as string[]) assert.match(tag, /^#\S+$/, `${campaign._id} hashtag ${tag}`);
    assert.match((campaign.cta as { url: string }).url, /^https:\/\//);
  }
  const live = ofType(docs, 'campaign').filter((c) => String(c.startsAt) <= '2026-12-01T12:00' && String(c.endsAt) >= '2027-01-15');
  assert.equal(new Set(live.map((c) => refOf(c.site))).size, 3, 'every site has a campaign live from 1 December to 15 January');
  assert.ok(text.includes('"_type":"internalLink"') && text.includes('"_type":"callout"') && text.includes('"_type":"link"'), 'bodies use links, internal links and callouts');
});

test('drafts exist for preview and are never the only copy of a published id', () => {
  const drafts = docs.filter((d) => d._id.startsWith('drafts.'));
  const editedEvent = drafts.find((d) => d._type === 'event' && byId.has(d._id.slice('drafts.'.length)));
  assert.ok(editedEvent, 'a draft of a published event');
  assert.is.not(editedEvent!.title, byId.get(editedEvent!._id.slice('drafts.'.length))!.title, 'the draft changes the title');
  assert.ok(drafts.some((d) => d._type === 'event' && !byId.has(d._id.slice('drafts.'.length))), 'a draft-only event');
  assert.ok(drafts.some((d) => d._type === 'article' && !byId.has(d._id.slice('drafts.'.length))), 'a draft-only article');
});

test('every image file exists, is named by its hash and real size, and has alt text', async () => {
  const dir = join(first, 'images');
  const files = new Set(readdirSync(dir));
  const used = new Set<string>();
  for (const doc of docs) {
    for (const { field, image } of imageFields(doc)) {
      const file = image._sanityAsset.replace('image@file://./images/', '');
      used.add(file);
      assert.ok(files.has(file), `${doc._id} ${field}: ${file} exists`);
      if (image.decorative) assert.is(image.alt, '', `${doc._id} ${field}: decorative image has empty alt`);
      else assert.ok(image.alt.trim().length > 10, `${doc._id} ${field}: alt text`);
    }
  }
  assert.equal([...files].sort(), [...used].sort(), 'no unused image files');
  let total = statSync(join(first, 'data.ndjson')).size;
  const widths = new Map<string, number>();
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    total += bytes.length;
    const [, sha1, w, h] = /^([0-9a-f]{40})-(\d+)x(\d+)\.jpg$/.exec(file) ?? [];
    assert.is(sha1, createHash('sha1').update(bytes).digest('hex'), `${file} is named by its sha1`);
    const meta = await sharp(bytes).metadata();
    assert.is(`${meta.width}x${meta.height}`, `${w}x${h}`, `${file} size in its name`);
    widths.set(file, meta.width ?? 0);
  }
  for (const doc of docs) {
    for (const { field, image } of imageFields(doc)) {
      if (/shareImage|hero/.test(field)) {
        assert.ok((widths.get(image._sanityAsset.replace('image@file://./images/', '')) ?? 0) >= 1200, `${doc._id} ${field} ≥ 1200 px wide`);
      }
    }
  }
  assert.ok(files.size >= 30 && files.size <= 40, `30–40 images (${files.size})`);
  assert.ok(total < 4_000_000, `the sample stays small (${total} bytes)`);
});

test('--start re-dates everything, keeping local clock times', () => {
  const moved = join(work, 'moved');
  generate(moved, '--start', '2027-06-01');
  const redated = new Map(load(moved).map((d) => [d._id, d]));
  // 2026-12-01 → 2027-06-01 is 182 days; Julemarked moves from 5 December to 5 June.
  const market = [...redated.values()].find((d) => d._type === 'event' && d.title === 'Julemarked på Gulset bydelshus');
  assert.is(market?.startsAt, '2027-06-05T11:00:00+02:00');
  const concert = redated.get('event.bydelshus.julekonsert-med-gulset-kor');
  assert.is(concert?.startsAt, '2027-06-13T18:00:00+02:00');
  for (const doc of redated.values()) {
    for (const field of ['startsAt', 'endsAt', 'publishedAt']) {
      const value = doc[field];
      if (typeof value === 'string') assert.is(value.slice(-6), osloOffset(value), `${doc._id} ${field} ${value}`);
    }
  }
});

test('scale mode grows the dataset to the asked size with more sites', () => {
  const out = join(work, 'scale');
  execFileSync(process.execPath, ['dataset/generate.ts', '--scale', '--events', '400', '--sites', '5', '--out', out], { cwd: root, stdio: 'pipe' });
  const scaled = load(out);
  assert.is(ofType(scaled, 'event').length, 400);
  const sites = JSON.parse(readFileSync(join(out, 'sites.json'), 'utf8')) as Array<{ slug: string; title: string; theme: string }>;
  assert.equal(sites.map((s) => s.slug), ['bydelshus', 'appelsinia', 'ibsenbiblioteket', 'bydel-2', 'bydel-3']);
  assert.equal(sites.slice(3).map((s) => s.theme), ['bydelshus', 'appelsinia']);
  assert.equal(ofType(scaled, 'site').map((s) => slugOf(s)).sort(), sites.map((s) => s.slug).sort());
  const ids = new Map(scaled.map((d) => [d._id, d]));
  for (const doc of scaled) for (const { id } of references(doc)) assert.ok(ids.has(id), `${doc._id} → ${id}`);
  for (const site of sites) {
    const own = ofType(scaled, 'event').filter((e) => refOf(e.site) === `site.${site.slug}`);
    assert.ok(own.length >= 30, `${site.slug} has events`);
    assert.equal(new Set(own.map(slugOf)).size, own.length, `${site.slug} slugs are unique`);
  }
  const images = readdirSync(join(out, 'images')).length;
  assert.ok(images > 36 && images <= 100, `a pool of about 100 images (${images})`);
});

test.after(() => rmSync(work, { recursive: true, force: true }));

test.run();
