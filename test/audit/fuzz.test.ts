/**
 * Fuzzing the whole pipeline with broken input: fixture PDFs cut short, with bytes flipped, windows overwritten or
 * chunks repeated (a fixed seed, so every run tries the same cases), each audited through the commands' own worker
 * (src/cli/isolate.ts: a thread per document, time limit, heap cap). Every case must end in success or a classified
 * failure told in one line naming the file: never a stack trace, a crash of the run or a hang.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withDocumentWorker } from '../../src/cli/isolate.js';
import type { CommandResult } from '../../src/cli/command-task.js';
import { ERROR_CLASSES } from '../../src/pdf/errors.js';

/** Cases per run: a few hundred, within about a minute on a 2-core machine. */
const CASES = 150;
const SEED = 0x5eed2026;

/** Small fixtures of each kind: Renja forms, engine cases, an encrypted file (opened with its password). */
const SOURCES = [
  'fixtures/audit/clean.pdf',
  'fixtures/audit/invalid-value.pdf',
  'fixtures/engine/two-tables-one-page.pdf',
  'fixtures/engine/table-continues-with-repeated-header.pdf',
  'fixtures/engine/landscape-rotate-90.pdf',
  'fixtures/bad/encrypted-needs-password.pdf',
  'fixtures/bad/not-renja.pdf',
];
const PASSWORD = 'rahasia';

/** mulberry32: a small seeded generator, so the cases are the same on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = 'truncate' | 'flip' | 'window' | 'repeat';

function mutate(bytes: Buffer, rand: () => number): { data: Buffer; how: string } {
  const pick = (n: number) => Math.floor(rand() * n);
  const kinds: Mutation[] = ['truncate', 'flip', 'window', 'repeat'];
  const kind = kinds[pick(kinds.length)];
  const data = Buffer.from(bytes);
  if (kind === 'truncate') {
    const at = pick(data.length);
    return { data: data.subarray(0, at), how: `truncated at ${at}` };
  }
  if (kind === 'flip') {
    const n = 1 + pick(16);
    for (let i = 0; i < n; i++) data[pick(data.length)] ^= 1 << pick(8);
    return { data, how: `${n} bits flipped` };
  }
  if (kind === 'window') {
    const at = pick(data.length);
    const len = 1 + pick(256);
    for (let i = at; i < Math.min(data.length, at + len); i++) data[i] = pick(256);
    return { data, how: `${len} bytes overwritten at ${at}` };
  }
  const at = pick(data.length);
  const len = 1 + pick(2048);
  const chunk = data.subarray(at, at + len);
  return {
    data: Buffer.concat([data.subarray(0, at), chunk, chunk, data.subarray(at + len)]),
    how: `${len} bytes repeated at ${at}`,
  };
}

const CLASSES = new Set<string>(ERROR_CLASSES);

describe('fuzz: broken PDFs through the whole audit', () => {
  it(`${CASES} mutated fixtures each end in success or a classified one-line failure`, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'renja-fuzz-'));
    const rand = rng(SEED);
    const sources = SOURCES.map((f) => readFileSync(f));
    const cases = Array.from({ length: CASES }, (_, i) => {
      const src = i % SOURCES.length;
      const { data, how } = mutate(sources[src], rand);
      const file = path.join(dir, `case-${i}.pdf`);
      writeFileSync(file, data);
      return { file, what: `case-${i}.pdf (${path.basename(SOURCES[src])}, ${how})` };
    });

    const results: { what: string; r: CommandResult }[] = [];
    await withDocumentWorker({ timeoutSeconds: 30, workers: 2 }, async (run) => {
      let next = 0;
      const lane = async () => {
        while (next < cases.length) {
          const c = cases[next++];
          const r = await run({
            kind: 'audit',
            file: c.file,
            doc: path.basename(c.file, '.pdf'),
            outDir: path.join(dir, 'out'),
            formats: ['csv', 'json', 'html'],
            password: PASSWORD,
            generatedAt: '2026-11-29T00:00:00.000Z',
            csvEscape: true,
          });
          results.push({ what: c.what, r });
        }
      };
      await Promise.all([lane(), lane()]);
    });

    const tally: Record<string, number> = {};
    const wrong: string[] = [];
    for (const { what, r } of results) {
      const key = r.status === 'failed' ? r.errorClass : r.status;
      tally[key] = (tally[key] ?? 0) + 1;
      if (r.status === 'ok') continue;
      if (r.status === 'unwritable') {
        wrong.push(`${what}: could not write its outputs: ${r.message}`);
        continue;
      }
      const base = what.split(' ')[0];
      const oneLine = !/[\r\n]/.test(r.message) && !/\bat .+:\d+:\d+/.test(r.message) && r.message.length <= 400;
      if (!CLASSES.has(r.errorClass) || !oneLine || !r.message.includes(base))
        wrong.push(`${what}: ${r.errorClass}: ${JSON.stringify(r.message.slice(0, 300))}`);
      // A crash inside the pipeline is a bug to fix, not an acceptable class for a broken file.
      if (r.errorClass === 'internal-error') wrong.push(`${what}: internal error: ${r.message}`);
    }
    process.stderr.write(`fuzz: ${CASES} cases: ${JSON.stringify(tally)}\n`);
    expect(results).toHaveLength(CASES);
    expect(wrong).toEqual([]);
  }, 300_000);
});
