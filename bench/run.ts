/**
 * `npm run bench`: accuracy on tabula's test suite (or, without the shared corpus, on fixtures/engine with expected
 * CSVs) and speed against pdftotext. The corpus-wide run is `npm run bench:corpus`.
 *
 *   node build/bench/run.js [--quick] [--engine pdfjs|tabula]... [--runs N] [--json FILE]
 */
import { existsSync } from 'node:fs';
import { printAccuracy, runAccuracy, runFixtureAccuracy } from './accuracy.js';
import { printFixtureGolden, runFixtureGolden } from './fixtures.js';
import { defaultSpeedFiles, printSpeed, runSpeed } from './speed.js';
import { corpusPath, isMain, parseBenchArgs, writeJson, type BenchArgs } from './util.js';

export async function runBench(args: BenchArgs): Promise<Record<string, unknown>> {
  console.log('== accuracy ==');
  const accuracy = existsSync(corpusPath('tabula', 'manifest.json'))
    ? await runAccuracy(args.engines ?? ['pdfjs'])
    : await runFixtureAccuracy(args.engines ?? ['pdfjs']);
  if (accuracy) printAccuracy(accuracy, !args.quick);
  console.log('\n== Renja fixtures: tables read exactly (golden data from the generators) ==');
  const fixtures = await runFixtureGolden();
  printFixtureGolden(fixtures);
  console.log('\n== speed ==');
  const files = args.files.length ? args.files : defaultSpeedFiles(args.quick);
  const speed = await runSpeed(files, { runs: args.runs });
  if (speed) printSpeed(speed);
  return { accuracy, fixtures, speed };
}

if (isMain(import.meta.url)) {
  const args = parseBenchArgs(process.argv.slice(2));
  await writeJson(args.json, await runBench(args));
}
