import { Decimal } from 'decimal.js';
import { reconcile } from '../../src/reconcile/index.js';
import type { ExplanationNode } from '../../src/reconcile/types.js';
import { seedLike, TABLE_RULES } from '../helpers/records.js';

const brief = (ds: ReturnType<typeof reconcile>) =>
  ds.map((d) => `${d.severity} ${d.rule} ${d.code ?? '-'} ${d.field}`);

function path(n: ExplanationNode | null): string[] {
  const out: string[] = [];
  let cur = n;
  while (cur) {
    out.push(cur.code ?? cur.level);
    cur = cur.children.length === 1 ? cur.children[0] : null;
  }
  return out;
}

describe('reconcile on a seed-like document', () => {
  const ds = reconcile(seedLike(), { rules: TABLE_RULES });

  it('finds the Rp 200.000.000 gap and nothing else of weight', () => {
    expect(brief(ds)).toEqual([
      'error total-mismatch - total',
      'error value-mismatch 7.01.01 pagu',
      'error value-mismatch 7.01.01.2.09 pagu',
      'error missing-row 7.01.01.2.09.0009 row',
      'error terbilang-mismatch - allocated_total',
      'warning missing-row 7.01.01.2.09.0010 row',
    ]);
  });

  it('reads the totals from the printed JUMLAH and TOTAL rows', () => {
    const t = ds[0];
    expect(t.a.table).toBe('TC33');
    expect(t.b?.table).toBe('T41');
    expect((t.a.value as Decimal).toFixed()).toBe('1608668957');
    expect((t.b?.value as Decimal).toFixed()).toBe('1808668957');
    expect(t.difference?.toFixed()).toBe('200000000');
    expect(t.a.page).toBe(13);
    expect(t.message).toContain('printed total row');
  });

  it('explains the total gap by sub kegiatan 7.01.01.2.09.0009 through kegiatan 7.01.01.2.09 and program 7.01.01', () => {
    const e = ds[0].explanation;
    expect(path(e)).toEqual(['total', '7.01.01', '7.01.01.2.09', '7.01.01.2.09.0009']);
    expect(e?.note).toMatch(/^fully explained/);
    const leaf = e!.children[0].children[0].children[0];
    expect(leaf).toMatchObject({ valueA: null, valueB: '200000000', difference: '200000000', level: 'sub_kegiatan' });
    expect(leaf.note).toBe('missing from T-C.33');
  });

  it('explains the program value-mismatch down to the missing sub kegiatan', () => {
    const prog = ds.find((d) => d.rule === 'value-mismatch' && d.code === '7.01.01');
    expect(path(prog?.explanation ?? null)).toEqual(['7.01.01', '7.01.01.2.09', '7.01.01.2.09.0009']);
    expect(prog?.explanation?.note).toMatch(/^fully explained/);
  });

  it('says the prose allocation agrees with Tabel 4.1 but not with T-C.33', () => {
    const t = ds.filter((d) => d.rule === 'terbilang-mismatch');
    expect(t).toHaveLength(1);
    expect(t[0].b?.table).toBe('TC33');
    expect(t[0].a.table).toBe('PROSE');
  });

  it('is silent on a consistent document', () => {
    expect(reconcile(seedLike({ clean: true }), { rules: TABLE_RULES })).toEqual([]);
  });

  it('is deterministic', () => {
    expect(reconcile(seedLike(), { rules: TABLE_RULES })).toEqual(ds);
  });

  it('runs only the requested rules', () => {
    expect(new Set(reconcile(seedLike(), { rules: ['missing-row'] }).map((d) => d.rule))).toEqual(
      new Set(['missing-row']),
    );
  });
});
