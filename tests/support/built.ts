/** Reading what a test build wrote (FASETT_DIST_DIR from the browser-test setup, else dist/). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const distRoot = () => resolve(process.env.FASETT_DIST_DIR ?? 'dist');
export const SITES = ['bydelshus', 'appelsinia', 'ibsenbiblioteket'] as const;

export function builtFile(site: string, path: string): string {
  const file = join(distRoot(), site, path);
  if (!existsSync(file)) throw new Error(`${file} was not built`);
  return readFileSync(file, 'utf8');
}

export function builtFiles(site: string, predicate: (path: string) => boolean): string[] {
  const root = join(distRoot(), site);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (predicate(path)) out.push(path);
    }
  };
  walk(root);
  return out.sort();
}

export function report(site: string): { pages: number; problems: Array<{ documentId: string; rule: string; severity: string; field: string }>; cards: { rendered: number; reused: number } } {
  return JSON.parse(readFileSync(join(distRoot(), '_reports', `${site}.json`), 'utf8'));
}
