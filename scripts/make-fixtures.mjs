#!/usr/bin/env node
// `npm run fixtures`: every fixture generator in order (renja sample first: the others cut or draw from it).
// Some read ../shared (the seed, the nomenclature copy): run them from a checkout that has it beside.
import { spawnSync } from 'node:child_process';

const GENERATORS = [
  'make-renja-fixtures.mjs',
  'make-engine-fixtures.mjs',
  'make-audit-fixtures.mjs',
  'make-hostile-fixtures.mjs',
  'make-split-fixtures.mjs',
  'make-nomenklatur-fixtures.mjs',
  'make-scan-fixture.mjs',
  'make-picture-fixture.mjs',
];

for (const g of GENERATORS) {
  process.stderr.write(`fixtures: ${g}\n`);
  const r = spawnSync(process.execPath, [new URL(g, import.meta.url).pathname], { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`fixtures: ${g} failed (exit ${r.status})\n`);
    process.exit(r.status ?? 1);
  }
}
