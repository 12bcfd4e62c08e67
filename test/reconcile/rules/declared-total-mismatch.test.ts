import { buildContext } from '../../../src/reconcile/context.js';
import { declaredTotalMismatch } from '../../../src/reconcile/rules/declared-total-mismatch.js';
import { extraction, layout, TableBuilder } from '../../helpers/records.js';

const run = (t: TableBuilder) => declaredTotalMismatch(buildContext(extraction({ tables: [t] })));

describe('declared-total-mismatch', () => {
  it('is silent when the printed total is the sum of the program rows', () => {
    const t = new TableBuilder('TC33')
      .program('7.01.01', '1.000')
      .kegiatan('7.01.01.2.01', '1.000')
      .program('7.01.02', '500')
      .total('1.500');
    expect(run(t)).toEqual([]);
  });

  it('with an unreadable row, reports only a total the readable rows already exceed ("at least")', () => {
    // Disnakertrans 2015 p42: an unreadable cell among the rows, the readable ones already above the printed total
    const over = new TableBuilder('TC31.awal')
      .program('1.12.39', '1.000.000')
      .program('1.12.40', '!387.87')
      .program('1.12.41', '500.000')
      .total('1.200.000');
    const ds = run(over);
    expect(ds.map((d) => [d.severity, d.b?.value?.toString()])).toEqual([['error', '1500000']]);
    expect(ds[0].message).toContain('(at least Rp 1.500.000)');
    expect(ds[0].message).toContain('1 rows whose amount cannot be read are left out of the sum');
    const under = new TableBuilder('TC31.awal')
      .program('1.12.39', '1.000.000')
      .program('1.12.40', '!387.87')
      .total('1.800.000');
    expect(run(under)).toEqual([]);
  });

  it('reports a printed total that is not the sum of the program rows (kegiatan are not added)', () => {
    const t = new TableBuilder('TC31.hasil', { page: 7 })
      .program('7.01.01', '1.000')
      .kegiatan('7.01.01.2.01', '1.000')
      .program('7.01.02', '500')
      .total('2.500');
    const ds = run(t);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ severity: 'error', field: 'total', code: null });
    expect(ds[0].a).toMatchObject({ table: 'TC31.hasil', page: 7 });
    expect(ds[0].difference?.toFixed()).toBe('-1000');
    expect(ds[0].message).toContain('Rp 2.500 is not the sum of its 2 program rows (Rp 1.500)');
  });

  it('uses the top level present when a table lists no programs', () => {
    const t = new TableBuilder('T41')
      .kegiatan('7.01.01.2.01', '1.000')
      .sub('7.01.01.2.01.0001', '1.000')
      .kegiatan('7.01.01.2.02', '2.000')
      .total('3.500');
    const ds = run(t);
    expect(ds[0].message).toContain('2 kegiatan rows (Rp 3.000)');
  });

  it('ignores a total row without an amount', () => {
    expect(run(new TableBuilder('T41').program('7.01.01', '1.000').total('-'))).toEqual([]);
  });
});

describe('declared-total-mismatch: program rows as headings only', () => {
  it('sums the kegiatan when no program row carries an amount (blank, or a spreadsheet `0`)', () => {
    // Disnakertrans 2017 T-C.31: programs print no dana (one prints `0`); the total is the kegiatan sum.
    const ok = new TableBuilder('TC31.hasil')
      .program('1.12.39', null)
      .kegiatan('1.12.39.2.01', '150.000.000')
      .program('1.12.40', '0')
      .kegiatan('1.12.40.2.01', '77.000.000')
      .total('227.000.000');
    expect(run(ok)).toEqual([]);
    const off = new TableBuilder('TC31.hasil')
      .program('1.12.39', null)
      .kegiatan('1.12.39.2.01', '150.000.000')
      .total('160.000.000');
    expect(run(off)[0].message).toContain('is not the sum of its 1 kegiatan rows (Rp 150.000.000)');
  });
});

describe('declared-total-mismatch: unreadable cells and rounding', () => {
  it('does not check a total when a summed row holds an unreadable amount (invalid-value reports it)', () => {
    const t = new TableBuilder('TC31.awal')
      .kegiatan('1.01.01.01', '1.000')
      .kegiatan('1.01.01.02', '1.000')
      .total('5.000');
    t.records[1].pagu = { value: null, raw: '249,451.600,00', invalid: 'not an amount' };
    expect(run(t)).toEqual([]);
  });

  it('reports a gap within the rounding of a thousands column as info', () => {
    // Disnakertrans 2015 T-C.33: 10 programs sum to 60.099.415 (Rp 000), the total says 60.099.410.
    const t = new TableBuilder('TC33');
    for (let i = 1; i <= 10; i++) t.kegiatan(`1.20.01.0${i}`, '6.009.941.500');
    t.total('60.099.410.000');
    const unit = { ...layout('TC33', ['name', 'pagu']), moneyUnit: 1000 };
    const ds = declaredTotalMismatch(buildContext(extraction({ tables: [t], layouts: [unit] })));
    expect(ds).toHaveLength(1);
    expect(ds[0].severity).toBe('info');
    expect(ds[0].message).toContain('within rounding');
    const plain = declaredTotalMismatch(
      buildContext(extraction({ tables: [t], layouts: [{ ...unit, moneyUnit: 1 }] })),
    );
    expect(plain[0].severity).toBe('error');
  });
});
