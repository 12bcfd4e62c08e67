import os from 'node:os';
import path from 'node:path';
import { benchRenjaCorpus, documentStats, rollupConsistency, totalsOf } from '../../bench/renja-corpus.js';
import type { Discrepancy } from '../../src/reconcile/types.js';
import { extraction, layout, TableBuilder } from '../helpers/records.js';

function sample() {
  const tc33 = new TableBuilder('TC33')
    .program('1.12.39', '300') // sums exactly
    .kegiatan('1.12.39.2.01', '100')
    .kegiatan('1.12.39.2.02', '200')
    .program('1.12.40', '500') // off by 100
    .kegiatan('1.12.40.2.01', '400')
    .program('1.12.41', null) // blank heading
    .kegiatan('1.12.41.2.01', '50')
    .program('1.12.42', '0') // spreadsheet zero heading
    .kegiatan('1.12.42.2.01', '70');
  return extraction({ tables: [tc33], layouts: [layout('TC33', ['name', 'pagu'])] });
}

describe('renja-corpus bench figures', () => {
  it('roll-up consistency counts exact parents, checked parents and blank (or zero) parents per table', () => {
    expect(rollupConsistency(sample())).toEqual({ TC33: { checked: 2, consistent: 1, blankParents: 2 } });
  });

  it('documentStats: table kinds, records, warnings and findings per rule (all and errors)', () => {
    const ex = sample();
    ex.warningsByKind = { 'level-guessed': 3 };
    const d = (rule: Discrepancy['rule'], severity: Discrepancy['severity']) => ({ rule, severity }) as Discrepancy;
    const s = documentStats(
      'a.pdf',
      ex,
      [d('rollup-mismatch', 'error'), d('missing-row', 'warning'), d('missing-row', 'error')],
      12,
    );
    expect(s).toMatchObject({
      file: 'a.pdf',
      ok: true,
      tableKinds: { TC33: 1 },
      records: 9,
      warnings: { 'level-guessed': 3 },
      findings: { 'rollup-mismatch': 1, 'missing-row': 2 },
      errors: { 'rollup-mismatch': 1, 'missing-row': 1 },
    });
    const t = totalsOf([
      s,
      { ...s, ok: false, records: 0, rollup: {}, findings: {}, errors: {}, warnings: {}, tableKinds: {} },
    ]);
    expect(t).toMatchObject({
      documents: 2,
      ok: 1,
      records: 9,
      rollup: { TC33: { checked: 2, consistent: 1, blankParents: 2 } },
    });
  });

  it('returns null (skips) when the corpus directory is absent', async () => {
    expect(await benchRenjaCorpus(path.join(os.tmpdir(), 'no-such-renja-corpus-dir'))).toBeNull();
  });
});
