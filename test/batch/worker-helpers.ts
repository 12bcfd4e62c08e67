/** `renja worker` as a child process, for the queue tests: its log, waiting for a line, stopping it. */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { bin } from './cli-helpers.js';

/** Short locks so a killed worker's job is handed over in about 2 s (production: 30 s). */
export const FAST_LOCKS = ['--lock-duration', '2000', '--stalled-interval', '500'];

export interface WorkerProc {
  child: ChildProcess;
  log(): string;
  waitFor(re: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: string | null }>;
  stop(): Promise<void>;
}

/** A worker on `url` serving inputs below the system's temp folder (where the tests build their inputs). */
export function startWorker(url: string, extra: string[] = [], env: Record<string, string> = {}): WorkerProc {
  const child = spawn(
    process.execPath,
    [bin, 'worker', '--queue', url, '--concurrency', '1', '--input-root', os.tmpdir(), ...FAST_LOCKS, ...extra],
    {
      env: { ...process.env, RENJA_TEST_HOOKS: '1', RENJA_TEST_CRASH_ON: 'poison', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let text = '';
  const waiters: (() => void)[] = [];
  child.stderr!.on('data', (d: Buffer) => {
    text += d.toString();
    for (const w of waiters.splice(0)) w();
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((r) =>
    child.on('exit', (code, signal) => r({ code, signal })),
  );
  return {
    child,
    log: () => text,
    exited,
    waitFor: (re, timeoutMs = 30_000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`worker log never matched ${re}:\n${text}`)), timeoutMs);
        const check = () => {
          if (re.test(text)) {
            clearTimeout(timer);
            resolve();
          } else waiters.push(check);
        };
        check();
      }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
