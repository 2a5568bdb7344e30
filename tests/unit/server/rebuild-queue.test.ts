/** The rebuild queue: bursts become one build, changes during a build become exactly one more. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRebuildQueue, type RebuildJob } from '../../../server/rebuild-queue.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function recorder(buildMs: number) {
  const jobs: RebuildJob[] = [];
  let release: (() => void) | undefined;
  const queue = createRebuildQueue({
    debounceMs: 30,
    maxWaitMs: 1000,
    run: async (job) => {
      jobs.push(job);
      await (buildMs >= 0 ? sleep(buildMs) : new Promise<void>((resolve) => (release = resolve)));
    },
  });
  return { queue, jobs, release: () => release?.() };
}

test('twenty requests in a burst give one build with every site and reason', async () => {
  const { queue, jobs } = recorder(10);
  for (let i = 0; i < 20; i++) queue.request([i % 2 ? 'bydelshus' : 'appelsinia'], `endring ${i}`);
  await queue.idle();
  assert.is(jobs.length, 1);
  assert.equal(jobs[0]!.sites.sort(), ['appelsinia', 'bydelshus']);
  assert.is(jobs[0]!.reasons.length, 20);
});

test('a request during a build gives exactly one more build after it', async () => {
  const { queue, jobs, release } = recorder(-1);
  queue.request(['bydelshus'], 'første');
  await sleep(60);
  assert.is(jobs.length, 1);
  assert.is(queue.running()?.id, 1);
  for (let i = 0; i < 5; i++) queue.request(['appelsinia'], `under bygg ${i}`);
  queue.request(['ibsenbiblioteket'], 'også');
  assert.equal(queue.pending()?.sites, ['appelsinia', 'ibsenbiblioteket']);
  await sleep(60);
  assert.is(jobs.length, 1, 'nothing starts while a build runs');
  release();
  await sleep(80);
  assert.is(jobs.length, 2);
  assert.equal(jobs[1]!.sites, ['appelsinia', 'ibsenbiblioteket']);
  release();
  await queue.idle();
  assert.is(jobs.length, 2);
});

test('a steady stream of requests still builds after maxWait', async () => {
  const jobs: RebuildJob[] = [];
  const queue = createRebuildQueue({ debounceMs: 50, maxWaitMs: 120, run: async (job) => void jobs.push(job) });
  const started = Date.now();
  while (Date.now() - started < 300) {
    queue.request(['bydelshus'], 'tikk');
    await sleep(20);
  }
  assert.ok(jobs.length >= 2, `built ${jobs.length} times during a 300 ms stream`);
  await queue.idle();
  queue.close();
});

test('a failing build is reported and the queue goes on', async () => {
  const errors: unknown[] = [];
  let calls = 0;
  const queue = createRebuildQueue({
    debounceMs: 5,
    run: async () => {
      calls += 1;
      if (calls === 1) throw new Error('astro build failed');
    },
    onError: (error) => errors.push(error),
  });
  queue.request(['bydelshus'], 'a');
  await queue.idle();
  queue.request(['bydelshus'], 'b');
  await queue.idle();
  assert.is(calls, 2);
  assert.is(errors.length, 1);
});

test('the pending rebuild says when it starts', async () => {
  const { queue } = recorder(0);
  queue.request(['bydelshus'], 'x');
  const pending = queue.pending();
  assert.ok(pending?.startsAt && pending.startsAt.getTime() >= Date.now());
  await queue.idle();
  assert.is(queue.pending(), undefined);
});

test.run();
