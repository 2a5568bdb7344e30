/**
 * Where a process spent its CPU: reads a V8 .cpuprofile (from `node --cpu-prof`) and adds up
 * the self time by package or project folder, and by function, so "what dominates" is a table
 * rather than a flame graph. Native work in libuv's thread pool (sharp's libvips) does not run
 * on the profiled thread and shows as idle here; time it from the outside.
 *
 *   node bench/lib/cpu-profile.ts <file.cpuprofile> [--top 25]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** A readable owner for a script URL: the npm package, or the project folder (shared/cards, …). */
export function owner(url: string): string {
  if (!url) return '(native / V8)';
  const path = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1]!;
  if (path.startsWith('node:')) return 'node core';
  // Astro's bundle of the site (<outDir>/.prerender/chunks/<module>_<hash>.mjs): project code
  // compiled by Vite, one chunk per source module or so — named after the module.
  const chunk = /\/\.prerender\/(?:chunks\/)?([^/]+?)(?:_[\w-]{8})?\.mjs$/.exec(path);
  if (chunk) return `bundle: ${chunk[1]}`;
  // The project's own folders, by the last match (a copy of the code may sit under .cache/bench/…).
  const project = [...path.matchAll(/\/(shared\/[^/]+|themes|server|scripts|bench\/lib|bench)\/(?!.*\/(?:shared|themes|server|scripts)\/)/g)].pop();
  if (project) return project[1]!;
  return path.split('/').slice(-2).join('/');
}

export function summarise(profile: Profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const total = profile.endTime - profile.startTime;
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, micros] of self) {
    const node = byId.get(id)!;
    const name = node.callFrame.functionName || '(anonymous)';
    const who = ['(idle)', '(program)', '(garbage collector)'].includes(name) ? name : owner(node.callFrame.url);
    byOwner.set(who, (byOwner.get(who) ?? 0) + micros);
    const key = `${name}  ${who}${node.callFrame.url ? `:${node.callFrame.lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  }
  const rows = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, ms: Math.round(micros / 1000), share: Math.round((micros / total) * 1000) / 10 }));
  return { totalMs: Math.round(total / 1000), byOwner: rows(byOwner), byFunction: rows(byFunction) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node bench/lib/cpu-profile.ts <file.cpuprofile> [--top N]');
  const topIndex = process.argv.indexOf('--top');
  const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25;
  const summary = summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile, top);
  console.log(`${file}: ${summary.totalMs} ms profiled\n\nself time by owner`);
  for (const row of summary.byOwner) console.log(`  ${String(row.ms).padStart(8)} ms  ${String(row.share).padStart(5)} %  ${row.name}`);
  console.log('\nself time by function');
  for (const row of summary.byFunction) console.log(`  ${String(row.ms).padStart(8)} ms  ${String(row.share).padStart(5)} %  ${row.name}`);
}
