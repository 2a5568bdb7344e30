/**
 * Bad input: a field of the wrong type, an unknown or system document, or text of any kind
 * never crashes the rulebook. Wrong values are reported by document id and field; text is
 * data, counted and never interpreted.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CONTENT_MODEL, validateDocument, validateDocuments } from '../../../shared/rules/index.ts';
import { contextFor, problemsOf, ref, summary, world, type Doc } from './fixtures.ts';

const WEIRD: unknown[] = [
  42,
  -1,
  0,
  true,
  '',
  'tekst',
  '2026-13-45T99:99:99Z',
  [],
  [null, 1, 'x', {}],
  {},
  { _ref: 5 },
  { current: 5 },
  { _type: 'image', asset: 'no', alt: 7, decorative: 'ja' },
  [{ _type: 'block', markDefs: 'x', children: 5 }, { _type: 'image' }, { _type: 'callout', tone: 9 }, 'loose', null],
  '<script>alert(1)</script>',
  'x'.repeat(100_000),
  '\u202e\u0000\u001b[31mrød\u001b[0m',
];

test('any value in any field of any type is reported or accepted, never a crash', async () => {
  let checked = 0;
  for (const base of world()) {
    const fields = CONTENT_MODEL[base._type];
    if (!fields) continue;
    for (const field of Object.keys(fields)) {
      for (const value of WEIRD) {
        const docs = world();
        const doc = docs.find((d) => d._id === base._id)!;
        doc[field] = value;
        const problems = await validateDocuments(docs, contextFor(docs));
        for (const problem of problems) {
          assert.type(problem.documentId, 'string');
          assert.type(problem.field, 'string');
          assert.ok(problem.severity === 'error' || problem.severity === 'warning');
          // No control characters from the value leak into a message.
          assert.not.match(problem.message, /[\u0000-\u0008\u001b]/);
        }
        checked++;
      }
    }
  }
  assert.ok(checked > 800, `checked ${checked}`);
});

test('a title that is a number and a date that is not a date are errors named by document and field', async () => {
  const docs = world();
  const event = docs.find((d) => d._id === 'event.jazz')!;
  event.title = 2026;
  event.startsAt = 'i morgen kveld';
  event.endsAt = { date: 'x' };
  assert.equal(summary(await problemsOf(docs)), [
    'field.type @ event.jazz title',
    'field.type @ event.jazz startsAt',
    'field.type @ event.jazz endsAt',
    // Without a start it can be in no programme day: the campaign that shows it has none left.
    'campaign.eventsInProgramme @ campaign.bydelshus.sommer events',
  ]);
});

test('unknown types are reported once and skipped; system documents and drafts are skipped silently', async () => {
  const docs: unknown[] = [
    ...world(),
    { _id: 'x.1', _type: 'legacyThing', title: 5 },
    { _id: '_.groups.editors', _type: 'system.group', members: [] },
    { _id: 'image-abc-1x1-png', _type: 'sanity.imageAsset' },
    { _id: 'drafts.event.jazz', _type: 'event', title: 42 },
    { _id: 'versions.r1.event.jazz', _type: 'event', title: 42 },
    null,
    'not a document',
    { _id: 7, _type: 'event' },
  ];
  assert.equal(summary(await problemsOf(docs)), [
    'document.unknownType @ x.1 _type',
    'document.malformed @ (uten id) ',
    'document.malformed @ (uten id) ',
    'document.malformed @ (uten id) ',
  ]);
});

test('HTML, scripts and any alphabet in text are data: accepted as written, counted by characters', async () => {
  const docs = world();
  const event = docs.find((d) => d._id === 'event.jazz')!;
  event.title = '<img src=x onerror=alert(1)> «Jazz» & ‘venner’';
  event.summary = '👩‍👩‍👧 '.repeat(30) + 'مرحبا 你好 Привет'; // 200 characters or fewer, though more UTF-16 units
  const before = JSON.stringify(event);
  assert.equal(summary(await problemsOf(docs)), []);
  assert.is(JSON.stringify(event), before, 'the rulebook never changes a document');
});

test('a rule whose context fails is reported on the document, and the other rules still run', async () => {
  const docs = world();
  const failing = { ...contextFor(docs), getDocument: () => Promise.reject(new Error('nettverksfeil')) };
  const event = docs.find((d) => d._id === 'event.jazz') as Doc;
  event.title = 42;
  const problems = await validateDocument(event, failing);
  const rulesReported = problems.map((p) => p.rule);
  assert.ok(rulesReported.includes('field.type'));
  assert.ok(rulesReported.includes('reference.exists'));
  assert.match(problems.find((p) => p.rule === 'reference.exists')!.message, /nettverksfeil/);
});

test('a campaign for an unknown site is reported on its site field, and its accent is not guessed', async () => {
  const docs = world();
  const campaign = docs.find((d) => d._id === 'campaign.bydelshus.sommer')!;
  campaign.site = ref('site.finnesikke');
  campaign.accent = 'hvasomhelst';
  assert.equal(summary(await problemsOf(docs)), [
    'reference.site @ campaign.bydelshus.sommer site',
    'campaign.eventOnSite @ campaign.bydelshus.sommer events[0]',
  ]);
});

test.run();
