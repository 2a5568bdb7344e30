/**
 * The rulebook over real data, through `npm run validate` (the build's own context: themes
 * from the site configs, image sizes read from the files): the sample dataset has no
 * errors, and a deliberately broken copy of it yields exactly the problems put into it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Problem } from '../../../shared/rules/index.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SAMPLE = join(ROOT, 'dataset/sample');

interface Report {
  documents: number;
  problems: Problem[];
}

function validate(dataset: string): { status: number | null; report: Report; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DATASET: dataset, FASETT_NOW: '2026-05-01T12:00:00+02:00' };
  delete env.SANITY_PROJECT_ID;
  delete env.SANITY_DATASET;
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts'), '--json'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  let report: Report;
  try {
    report = JSON.parse(run.stdout) as Report;
  } catch {
    throw new Error(`validate printed no report (exit ${run.status}):\n${run.stderr}`);
  }
  return { status: run.status, report, stderr: run.stderr };
}

const key = (p: Pick<Problem, 'rule' | 'documentId' | 'field'>) => `${p.rule} @ ${p.documentId} ${p.field}`;

test('the sample dataset passes the rulebook with zero errors', () => {
  assert.ok(existsSync(join(SAMPLE, 'data.ndjson')), 'dataset/sample/data.ndjson is missing: run npm run dataset:generate');
  const { status, report } = validate(SAMPLE);
  const errors = report.problems.filter((p) => p.severity === 'error');
  assert.equal(
    errors.map((p) => `${key(p)}: ${p.message}`),
    [],
  );
  assert.is(status, 0);
  assert.ok(report.documents > 20, `only ${report.documents} documents checked`);
});

type Doc = { _id: string; _type: string; _createdAt?: string; [field: string]: unknown };
const refOf = (v: unknown) => (v && typeof v === 'object' ? (v as { _ref?: string })._ref : undefined);

test('a broken copy of the sample yields exactly the problems put into it', () => {
  assert.ok(existsSync(join(SAMPLE, 'data.ndjson')), 'dataset/sample/data.ndjson is missing');
  const docs = readFileSync(join(SAMPLE, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Doc);
  const published = (type: string) => docs.filter((d) => d._type === type && !d._id.startsWith('drafts.'));
  const events = published('event').filter((e) => typeof e.startsAt === 'string');
  const take = (what: string, list: Doc[]) => {
    const found = list.shift();
    if (!found) throw new Error(`the sample has no ${what} to break`);
    return found;
  };
  const withImage = events.filter((e) => e.image && typeof e.image === 'object' && (e.image as Doc).decorative !== true);
  const withoutImage = events.filter((e) => !withImage.includes(e));
  const expected: string[] = [];

  const imageEvent = take('event with an image', withImage);
  (imageEvent.image as Record<string, unknown>).alt = '';
  expected.push(`image.altRequired @ ${imageEvent._id} image.alt`);

  const pool = [...withoutImage, ...withImage];
  const scriptLink = take('event', pool);
  scriptLink.ticketUrl = 'javascript:alert(document.cookie)';
  expected.push(`link.safeScheme @ ${scriptLink._id} ticketUrl`);

  const backwards = take('event', pool);
  backwards.endsAt = new Date(Date.parse(backwards.startsAt as string) - 3_600_000).toISOString();
  expected.push(`event.endsAfterStart @ ${backwards._id} endsAt`);

  const negative = take('event', pool);
  negative.price = { free: false, amount: -100 };
  expected.push(`price.notNegative @ ${negative._id} price.amount`);

  const numbered = take('event', pool);
  numbered.title = 2026;
  expected.push(`field.type @ ${numbered._id} title`);

  // Two pages of one site with the same slug: the newer one is reported.
  const pages = published('page').filter((p) => refOf(p.site));
  const first = take('page', pages);
  const second = pages.find((p) => refOf(p.site) === refOf(first.site) && p !== first);
  if (!second) throw new Error('the sample has no two pages on one site');
  first._createdAt = '2020-01-01T00:00:00Z';
  second._createdAt = '2021-01-01T00:00:00Z';
  second.slug = { _type: 'slug', current: (first.slug as { current: string }).current };
  expected.push(`slug.uniquePerSite @ ${second._id} slug`);

  const campaign = take('campaign', published('campaign'));
  campaign.accent = 'neongronn';
  expected.push(`campaign.accentFromTheme @ ${campaign._id} accent`);

  docs.push({ _id: 'legacy.poll-1', _type: 'poll', question: 'Hva synes du?' });
  expected.push('document.unknownType @ legacy.poll-1 _type');

  const dir = join(ROOT, 'tests/.tmp', `broken-sample-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(join(dir, 'data.ndjson'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    for (const folder of ['images', 'files']) if (existsSync(join(SAMPLE, folder))) symlinkSync(join(SAMPLE, folder), join(dir, folder));

    const before = new Set(validate(SAMPLE).report.problems.map(key));
    const { status, report } = validate(dir);
    const added = report.problems.filter((p) => !before.has(key(p))).map(key);
    assert.equal(added.sort(), expected.sort());
    assert.is(status, 1, 'validate exits non-zero when there are errors');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
