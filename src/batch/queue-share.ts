/**
 * The shared-output check of queue mode. Workers write into DIR as they see it, which must be the coordinator's DIR
 * (a network share mounted on every machine). The coordinator writes `DIR/.renja-queue-<runId>` holding a random
 * token that every job also carries; a worker that cannot read the same token from its view of DIR is looking at
 * another folder and refuses the job.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../report/atomic-write.js';

export const shareTokenFile = (outDir: string, runId: string): string => path.join(outDir, `.renja-queue-${runId}`);

const TOKEN = /^[0-9a-f]{32}$/;

/** The run's token: the one already in DIR (a resumed run keeps it, so its queued jobs stay valid), else a new one. */
export async function ensureShareToken(outDir: string, runId: string): Promise<string> {
  const file = shareTokenFile(outDir, runId);
  const existing = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (TOKEN.test(existing)) return existing;
  const token = randomBytes(16).toString('hex');
  await writeFileAtomic(file, token + '\n');
  return token;
}

export async function removeShareToken(outDir: string, runId: string): Promise<void> {
  await rm(shareTokenFile(outDir, runId), { force: true });
}

/** Null when this process sees the run's token in `outDir`; otherwise why not, in one line. */
export async function checkShareToken(outDir: string, runId: string, token: string): Promise<string | null> {
  const file = shareTokenFile(outDir, runId);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
    return `cannot read ${file} (${code}): the output folder must be the same shared folder on every machine (pass its path here with --out)`;
  }
  if (text.trim() !== token)
    return `${file} holds another run's token: this is not the output folder the coordinator writes to (pass its path here with --out)`;
  return null;
}
