import { reconcile } from '../../src/reconcile/index.js';
import { extraction, TableBuilder } from '../helpers/records.js';

describe('explain', () => {
  it('names changed and missing rows in both directions and says when they fully explain the gap', () => {
    const tc33 = new TableBuilder('TC33')
      .program('7.01.01', '150')
      .kegiatan('7.01.01.2.01', '100')
      .sub('7.01.01.2.01.0001', '60')
      .sub('7.01.01.2.01.0002', '40')
      .kegiatan('7.01.01.2.02', '50')
      .sub('7.01.01.2.02.0001', '50')
      .total('150');
    const t41 = new TableBuilder('T41')
      .program('7.01.01', '130')
      .kegiatan('7.01.01.2.01', '130')
      .sub('7.01.01.2.01.0001', '90')
      .sub('7.01.01.2.01.0002', '40')
      .total('130');
    const ds = reconcile(extraction({ tables: [tc33, t41] }));
    const total = ds.find((d) => d.rule === 'total-mismatch')!;
    const e = total.explanation!;
    expect(e.difference).toBe('-20');
    expect(e.note).toMatch(/^fully explained/);
    expect(e.children.map((c) => c.code)).toEqual(['7.01.01']);
    const prog = e.children[0];
    expect(prog.children.map((c) => [c.code, c.valueA, c.valueB, c.difference])).toEqual([
      ['7.01.01.2.01', '100', '130', '30'],
      ['7.01.01.2.02', '50', null, '-50'],
    ]);
    expect(prog.children[0].children.map((c) => c.code)).toEqual(['7.01.01.2.01.0001']);
    expect(prog.children[1].note).toBe('missing from Tabel 4.1');
  });

  it('says when the rows below do not account for a parent gap', () => {
    const tc33 = new TableBuilder('TC33')
      .program('7.01.01', '100')
      .kegiatan('7.01.01.2.01', '100')
      .sub('7.01.01.2.01.0001', '100');
    const t41 = new TableBuilder('T41')
      .program('7.01.01', '120')
      .kegiatan('7.01.01.2.01', '100')
      .sub('7.01.01.2.01.0001', '100');
    const ds = reconcile(extraction({ tables: [tc33, t41] }), { rules: ['value-mismatch'] });
    expect(ds).toHaveLength(1);
    expect(ds[0].explanation?.note).toContain("no row below differs: the gap of Rp 20 is in this row's own figure");
  });

  it('attaches no tree to a leaf row or when explanations are turned off', () => {
    const tc33 = new TableBuilder('TC33')
      .program('7.01.01', '100')
      .kegiatan('7.01.01.2.01', '100')
      .sub('7.01.01.2.01.0001', '100');
    const t41 = new TableBuilder('T41')
      .program('7.01.01', '120')
      .kegiatan('7.01.01.2.01', '120')
      .sub('7.01.01.2.01.0001', '120');
    const x = extraction({ tables: [tc33, t41] });
    const ds = reconcile(x, { rules: ['value-mismatch'] });
    expect(ds.map((d) => [d.code, d.explanation !== null])).toEqual([
      ['7.01.01', true],
      ['7.01.01.2.01', true],
      ['7.01.01.2.01.0001', false],
    ]);
    expect(reconcile(x, { rules: ['value-mismatch'], explain: false }).every((d) => d.explanation === null)).toBe(true);
  });
});
