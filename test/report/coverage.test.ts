import { coverageOf } from '../../src/report/coverage.js';
import { sanityText, skipReasonText } from '../../src/report/cause-text.js';
import { extraction, layout, seedLike, TableBuilder } from '../helpers/records.js';

describe('coverageOf', () => {
  it('lists the checks that ran and those that could not, with the missing table', () => {
    const c = coverageOf(seedLike());
    const ran = c.checks.filter((k) => k.ran).map((k) => `${k.check}:${k.tables.join('/')}`);
    expect(ran).toEqual(
      expect.arrayContaining(['totals:TC33/T41', 'rows:TC33/T41', 'rollup:TC33', 'rollup:T41', 'declared-total:TC33']),
    );
    const awal = c.checks.find((k) => k.check === 'awal-vs-hasil')!;
    expect(awal).toMatchObject({ ran: false, reason: 'table-missing', reasonTable: 'TC31.awal' });
    expect(skipReasonText(awal)).toBe('T-C.31 (rancangan awal) tidak ditemukan');
    expect(c.moneyColumns.find((m) => m.table === 'T41' && m.field === 'pagu')).toMatchObject({ unreadable: 0 });
    expect(c.sanity).toEqual([]);
  });

  it('warns of a headline total no Renja has: a column-number row read as data, or a negative total', () => {
    const fields = ['name', 'pagu'];
    const t41 = new TableBuilder('T41', { page: 5 })
      .program('7.01.01', '1', { name: 'P' })
      .total('6', { name: 'TOTAL' });
    const tc33 = new TableBuilder('TC33', { page: 3 })
      .program('7.01.01', '-6', { name: 'P' })
      .total('-6', { name: 'JUMLAH' });
    const c = coverageOf(
      extraction({ tables: [t41, tc33], layouts: [layout('T41', fields, [5]), layout('TC33', fields, [3])] }),
    );
    expect(c.sanity.map((w) => [w.kind, w.table, w.value?.toFixed()])).toEqual([
      ['negative-total', 'TC33', '-6'],
      ['tiny-total', 'T41', '6'],
    ]);
    expect(sanityText(c.sanity[1])).toContain('Rp 6');
  });

  it('says when a total cannot be computed because an amount is unreadable', () => {
    const fields = ['name', 'pagu'];
    const t41 = new TableBuilder('T41', { page: 5 })
      .program('7.01.01', '1.000.000.000', { name: 'P' })
      .program('7.01.02', '1.000.000.000', { name: 'Q' });
    const tc33 = new TableBuilder('TC33', { page: 3 })
      .program('7.01.01', '1.000.000.000', { name: 'P' })
      .program('7.01.02', '0', { name: 'Q' });
    tc33.records[1].pagu = { value: null, raw: '#REF!', invalid: 'spreadsheet-error' };
    const c = coverageOf(
      extraction({ tables: [t41, tc33], layouts: [layout('T41', fields, [5]), layout('TC33', fields, [3])] }),
    );
    expect(c.checks.find((k) => k.check === 'totals' && k.tables.join() === 'TC33,T41')).toMatchObject({
      ran: false,
      reason: 'no-total',
      reasonTable: 'TC33',
    });
    expect(c.sanity).toEqual([expect.objectContaining({ kind: 'total-unreadable', table: 'TC33', unreadable: 1 })]);
    expect(c.moneyColumns.find((m) => m.table === 'TC33')).toMatchObject({ rows: 2, amounts: 1, unreadable: 1 });
  });
});
