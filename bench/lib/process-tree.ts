/**
 * Peak memory of everything the benchmark started: every few hundred milliseconds it walks
 * /proc, finds the descendants of this process (astro builds, their esbuild and Pagefind
 * children) and adds up their resident set sizes. The sum counts pages that processes share
 * (Node's own code) once per process, so it errs on the high side — the safe side for a
 * memory budget. Beside it, the sum of proportional set sizes (PSS: a shared page split
 * between the processes sharing it), which is what the tree really holds. Linux only;
 * elsewhere it reports 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface MemoryPeak {
  /** Largest sum of RSS over the whole tree seen in one sample, MiB. */
  treeMiB: number;
  /** Largest sum of PSS over the whole tree seen in one sample, MiB. */
  treePssMiB: number;
  /** Largest RSS of a single process, MiB. */
  processMiB: number;
  /** Most processes alive at once in the tree. */
  processes: number;
  samples: number;
}

function readParentAndRss(pid: number): { ppid: number; rssKiB: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name sits in parentheses and may hold spaces: read after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return { ppid, rssKiB: rss ? Number(rss[1]) : 0 };
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

function pssKiB(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return Number(/^Pss:\s+(\d+)\s+kB/m.exec(rollup)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** RSS of every descendant of `root` (the root itself left out), in KiB per pid. */
export function descendantsRss(root = process.pid): Map<number, number> {
  const table = new Map<number, { ppid: number; rssKiB: number }>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const info = readParentAndRss(pid);
    if (info) table.set(pid, info);
  }
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const found = new Map<number, number>();
  const stack = [...(children.get(root) ?? [])];
  while (stack.length) {
    const pid = stack.pop()!;
    found.set(pid, table.get(pid)!.rssKiB);
    stack.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Starts sampling; `stop()` returns the peak seen. */
export function watchMemory(intervalMs = 250): { stop: () => MemoryPeak } {
  const peak: MemoryPeak = { treeMiB: 0, treePssMiB: 0, processMiB: 0, processes: 0, samples: 0 };
  if (!existsSync('/proc/self/status')) return { stop: () => peak };
  const sample = () => {
    const rss = descendantsRss();
    let sum = 0;
    let pss = 0;
    for (const [pid, kib] of rss) {
      sum += kib;
      pss += pssKiB(pid);
      peak.processMiB = Math.max(peak.processMiB, kib / 1024);
    }
    peak.treeMiB = Math.max(peak.treeMiB, sum / 1024);
    peak.treePssMiB = Math.max(peak.treePssMiB, pss / 1024);
    peak.processes = Math.max(peak.processes, rss.size);
    peak.samples += 1;
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { ...peak, treeMiB: Math.round(peak.treeMiB), treePssMiB: Math.round(peak.treePssMiB), processMiB: Math.round(peak.processMiB) };
    },
  };
}
