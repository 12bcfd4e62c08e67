/**
 * `npm run bench:corpus`: every benchmark over the shared corpus (../shared/corpus): accuracy on tabula's suite with
 * both engines, speed against pdftotext, coverage of all real PDFs, then any stages added to CORPUS_STAGES
 * (the hook for Renja-level metrics: reconciliation findings per document, records parsed, ...).
 *
 *   node build/bench/corpus.js [--jobs N] [--runs N] [--engine pdfjs|tabula]... [--json FILE]
 */
import { printAccuracy, runAccuracy } from './accuracy.js';
import { benchBatch, printBatchBench } from './batch.js';
import { benchRenjaCorpus, printRenjaCorpus } from './renja-corpus.js';
import { printCoverage, runCoverage } from './coverage.js';
import { defaultSpeedFiles, printSpeed, runSpeed } from './speed.js';
import { corpusPath, isMain, parseBenchArgs, sharedDir, writeJson, type BenchArgs } from './util.js';

/** One named step of the corpus benchmark: runs, prints its own plain-text table, returns data for --json. */
export interface CorpusStage {
  name: string;
  run(args: BenchArgs): Promise<unknown>;
}

export const accuracyStage: CorpusStage = {
  name: 'accuracy',
  async run(args) {
    const rep = await runAccuracy(args.engines ?? ['pdfjs', 'tabula']);
    if (rep) printAccuracy(rep);
    return rep;
  },
};

export const speedStage: CorpusStage = {
  name: 'speed',
  async run(args) {
    const rep = await runSpeed(args.files.length ? args.files : defaultSpeedFiles(args.quick), { runs: args.runs });
    if (rep) printSpeed(rep);
    return rep;
  },
};

export const coverageStage: CorpusStage = {
  name: 'coverage',
  async run(args) {
    const rep = await runCoverage({ jobs: args.jobs });
    if (rep) printCoverage(rep);
    return rep;
  },
};

export const batchStage: CorpusStage = {
  name: 'batch (renja batch over the real corpus, 1 and 2 workers)',
  async run() {
    const rep = await benchBatch(corpusPath('real'));
    printBatchBench(rep);
    return rep;
  },
};

export const renjaStage: CorpusStage = {
  name: 'renja (records, roll-up consistency, findings per document)',
  async run(args) {
    const rep = await benchRenjaCorpus(corpusPath('real'), { jobs: args.jobs });
    if (rep) printRenjaCorpus(rep);
    return rep;
  },
};

/** The stages `bench:corpus` runs, in order. */
export const CORPUS_STAGES: CorpusStage[] = [accuracyStage, speedStage, coverageStage, renjaStage, batchStage];

export async function runCorpusBench(
  args: BenchArgs,
  stages: CorpusStage[] = CORPUS_STAGES,
): Promise<Record<string, unknown>> {
  console.log(`shared corpus: ${sharedDir()}/corpus`);
  const out: Record<string, unknown> = {};
  for (const s of stages) {
    console.log(`\n== ${s.name} ==`);
    out[s.name] = await s.run(args);
  }
  return out;
}

if (isMain(import.meta.url)) {
  const args = parseBenchArgs(process.argv.slice(2));
  await writeJson(args.json, await runCorpusBench(args));
}
