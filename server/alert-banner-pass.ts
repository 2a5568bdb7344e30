/**
 * The static banner replacement of the alert fast path, in a process of its own: it reads,
 * rewrites and recompresses every page of a site (each page's .br/.gz copies written just before
 * the page, as precompressFiles would write them), and doing that in the server would fill the
 * server's thread pool (file reads and zlib share it) so that the pages and alerts.json it serves
 * meanwhile would wait behind 14,700 compressions. Run by server/alert-feeds.ts as
 * `node server/alert-banner-pass.ts` with [[folder, banner], …] as JSON on stdin; prints
 * {"written": N} when done.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { replaceAlertBannersIn } from '../shared/serving/alert-banners.ts';
import { placeCompressedCopies } from '../shared/serving/precompress.ts';

/** The pass's niceness (0 normal … 19 lowest). */
export const BANNER_PASS_NICENESS = 10;

export type BannerJobs = ReadonlyArray<readonly [folder: string, banner: string]>;

/** Runs the pass in a child process; resolves with the pages written. */
export function runBannerPass(jobs: BannerJobs): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = output.split('\n').find((l) => l.startsWith('{"written"'));
      if (code === 0 && line) resolve((JSON.parse(line) as { written: number }).written);
      else reject(new Error(`the banner pass stopped (${code}): ${output.trim().split('\n').slice(-5).join(' ')}`));
    });
    child.stdin.end(JSON.stringify(jobs));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Background work: visitors' requests, the alerts.json reads and the editors' fast paths come
  // first on a machine of two cores. Set before the first file read, so the thread pool's
  // threads, started by it, inherit it (Linux sets a thread's priority, and new threads inherit).
  try {
    setPriority(BANNER_PASS_NICENESS);
  } catch {
    // Not allowed here (some containers): the pass runs at normal priority.
  }
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const pages = await replaceAlertBannersIn(JSON.parse(input) as BannerJobs, async (file, html) => void (await placeCompressedCopies(Buffer.from(html), file)));
  console.log(JSON.stringify({ written: pages.length }));
}
