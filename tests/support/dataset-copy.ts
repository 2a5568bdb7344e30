/** A temporary copy of the sample dataset that a test may change (dataset/sample is never edited). */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDatasetPath } from '../../shared/content/dataset.ts';

export type Doc = Record<string, unknown> & { _id: string; _type: string };

export function copyDataset(edit: (docs: Doc[]) => Doc[] | void): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'fasett-dataset-copy-')), 'export');
  cpSync(defaultDatasetPath(), folder, { recursive: true });
  const file = join(folder, 'data.ndjson');
  const docs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Doc);
  const edited = edit(docs) ?? docs;
  writeFileSync(file, edited.map((d) => JSON.stringify(d)).join('\n') + '\n');
  return folder;
}

export function docById(docs: Doc[], id: string): Doc {
  const doc = docs.find((d) => d._id === id);
  if (!doc) throw new Error(`no document ${id} in the sample dataset`);
  return doc;
}
