/**
 * Isolation of documents on the worker pool: a throw, a hang and a heap blow-up each fail only their own task,
 * with their class, and the other tasks still run. Uses a tiny JS worker written for the test (threads load JS).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runPool, type TaskOutcome } from '../../src/batch/pool.js';

const WORKER = `
export default async function (task) {
  if (task.kind === 'throw') throw new Error('boom in ' + task.name);
  if (task.kind === 'hang') { for (;;) {} }
  if (task.kind === 'oom') { const keep = []; for (;;) keep.push(new Array(1e5).fill({ x: keep.length })); }
  if (task.kind === 'slow') await new Promise((r) => setTimeout(r, 300));
  return { name: task.name, thread: (await import('node:worker_threads')).threadId };
}
`;

type Task = { kind: 'ok' | 'throw' | 'hang' | 'oom' | 'slow'; name: string };

function workerFile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'renja-pool-'));
  const file = path.join(dir, 'worker.mjs');
  writeFileSync(file, WORKER);
  return file;
}

async function collect(tasks: Task[], opts: Partial<Parameters<typeof runPool>[1]> = {}) {
  const outcomes = new Array<TaskOutcome<{ name: string }> | undefined>(tasks.length);
  const run = await runPool<Task, { name: string }>(
    tasks,
    { filename: workerFile(), workers: 2, timeoutMs: 1500, maxHeapMb: 64, ...opts },
    async (i, o) => {
      outcomes[i] = o;
    },
  );
  return { run, outcomes };
}

describe('runPool', () => {
  it('fails only the task that throws, hangs or runs out of memory, with its class', async () => {
    const tasks: Task[] = [
      { kind: 'ok', name: 'a' },
      { kind: 'throw', name: 'b' },
      { kind: 'hang', name: 'c' },
      { kind: 'oom', name: 'd' },
      { kind: 'ok', name: 'e' },
      { kind: 'ok', name: 'f' },
    ];
    // The hang is stopped by the timeout; the heap blow-up must not be (on a loaded machine filling 64 MB can take
    // longer than a short timeout), so the out-of-memory task runs in a pool of its own with a long one.
    const oom = await collect([tasks[3]], { timeoutMs: 60000 });
    expect(oom.outcomes[0]).toMatchObject({
      ok: false,
      errorClass: 'internal-error',
      message: expect.stringContaining('out of memory') as string,
    });
    tasks[3] = { kind: 'ok', name: 'd' };
    const { run, outcomes } = await collect(tasks);
    expect(run).toEqual({ started: 6, finished: 6, abandoned: 0 });
    expect(outcomes[0]).toMatchObject({ ok: true, value: { name: 'a' } });
    expect(outcomes[1]).toMatchObject({
      ok: false,
      errorClass: 'internal-error',
      message: expect.stringContaining('boom in b') as string,
    });
    expect(outcomes[2]).toMatchObject({
      ok: false,
      errorClass: 'timeout',
      message: expect.stringContaining('1.5 s') as string,
    });
    expect(outcomes[3]).toMatchObject({ ok: true, value: { name: 'd' } });
    expect(outcomes[4]).toMatchObject({ ok: true, value: { name: 'e' } });
    expect(outcomes[5]).toMatchObject({ ok: true, value: { name: 'f' } });
  }, 30000);

  it('starts nothing new once stopped, and lets running tasks finish', async () => {
    const stop = new AbortController();
    const tasks: Task[] = Array.from({ length: 6 }, (_, i) => ({ kind: 'slow', name: String(i) }));
    const outcomes: string[] = [];
    const run = await runPool<Task, { name: string }>(
      tasks,
      { filename: workerFile(), workers: 2, timeoutMs: 10000, maxHeapMb: 64, stop: stop.signal },
      async (_i, o) => {
        if (o.ok) outcomes.push(o.value.name);
        stop.abort();
      },
    );
    expect(run).toEqual({ started: 2, finished: 2, abandoned: 0 });
    expect(outcomes.sort()).toEqual(['0', '1']);
  });

  it('abandons running tasks without reporting them', async () => {
    const abandon = new AbortController();
    const tasks: Task[] = [
      { kind: 'hang', name: 'x' },
      { kind: 'hang', name: 'y' },
      { kind: 'ok', name: 'z' },
    ];
    setTimeout(() => abandon.abort(), 300);
    const { run, outcomes } = await collect(tasks, { abandon: abandon.signal, timeoutMs: 20000 });
    expect(run).toEqual({ started: 2, finished: 0, abandoned: 2 });
    expect(outcomes.filter(Boolean)).toHaveLength(0);
  });
});
