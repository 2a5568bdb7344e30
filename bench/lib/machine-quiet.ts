/**
 * Waits until the machine's CPUs are idle, read from /proc/stat: the share of CPU time spent idle
 * over a short window. The alert benchmark (bench/lib/alert-fast-path.ts) uses it before a
 * webhook, so that what is timed is the server's answer, not the tail of the work that set the
 * scene (a dozen browser tabs that have just drawn their pages share this machine's two cores with
 * the server; a visitor's phone does not).
 */
import { readFileSync } from 'node:fs';

/** Idle and total CPU time (in clock ticks) since boot, all CPUs together. */
function cpuTimes(): { idle: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal …: idle and iowait are time nothing ran.
  return { idle: fields[3]! + (fields[4] ?? 0), total: fields.reduce((sum, n) => sum + n, 0) };
}

/**
 * Resolves with the idle share of the last window once it is at least `idleShare`, or after
 * `timeoutMs` with the last share seen (the caller records it either way).
 */
export async function machineQuiet(idleShare = 0.9, windowMs = 500, timeoutMs = 30_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  let before = cpuTimes();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const after = cpuTimes();
    const share = after.total > before.total ? (after.idle - before.idle) / (after.total - before.total) : 1;
    if (share >= idleShare || Date.now() > until) return share;
    before = after;
  }
}
