import { Decimal } from 'decimal.js';
import { amountAtStake, groupCauses } from '../../src/reconcile/causes.js';
import { reconcile } from '../../src/reconcile/index.js';
import type { Discrepancy, RuleId, Severity, Side } from '../../src/reconcile/types.js';
import type { TableId } from '../../src/renja/schema.js';
import { seedLike, TABLE_RULES } from '../helpers/records.js';

type V = string | null;
const side = (table: TableId, page: number | null, value: V, code: string | null = null): Side => ({
  table,
  page,
  bbox: null,
  value: value === null ? null : /^-?\d+$/.test(value) ? new Decimal(value) : value,
  code,
  name: code ? `row ${code}` : '',
});

function finding(
  rule: RuleId,
  severity: Severity,
  code: string | null,
  field: string,
  a: [TableId, number | null, V],
  b: [TableId, number | null, V] | null,
): Discrepancy {
  const sa = side(a[0], a[1], a[2], code);
  const sb = b ? side(b[0], b[1], b[2], code) : null;
  const va = sa.value;
  const vb = sb?.value ?? null;
  return {
    doc: 'd',
    rule,
    severity,
    code,
    field,
    a: sa,
    b: sb,
    difference: va instanceof Decimal && vb instanceof Decimal ? vb.minus(va) : null,
    message: `${rule} ${code ?? ''} ${field}`,
    explanation: null,
  };
}

describe('amountAtStake', () => {
  it('is |b − a| for two amounts and the filled side against a blank; none for text', () => {
    expect(
      amountAtStake(finding('value-mismatch', 'error', 'x', 'pagu', ['TC33', 1, '100'], ['T41', 2, '70'])),
    ).toEqual(new Decimal(30));
    // the headline case: a row missing from T-C.33 stakes its Tabel 4.1 pagu
    expect(
      amountAtStake(finding('missing-row', 'error', 'x', 'row', ['TC33', null, null], ['T41', 57, '200000000'])),
    ).toEqual(new Decimal(200000000));
    expect(
      amountAtStake(finding('value-mismatch', 'error', 'x', 'target', ['TC33', 1, '3 paket'], ['T41', 2, '2 paket'])),
    ).toBeNull();
  });
});

describe('groupCauses', () => {
  it('folds the sample headline under its root: the row missing from T-C.33, echoed by total, program, kegiatan and prose', () => {
    const x = seedLike();
    const ds = reconcile(x, { rules: TABLE_RULES });
    const a = groupCauses(ds, x);
    expect(a.findings).toHaveLength(ds.length);
    const first = a.causes[0];
    expect(first.root.rule).toBe('missing-row');
    expect(first.code).toBe('7.01.01.2.09.0009');
    expect(first.level).toBe('sub_kegiatan');
    expect(first.amountAtStake?.toFixed()).toBe('200000000');
    const rules = first.findings.map((d) => `${d.rule}:${d.code ?? ''}`).sort();
    expect(rules).toEqual([
      'missing-row:7.01.01.2.09.0009',
      'terbilang-mismatch:',
      'total-mismatch:',
      'value-mismatch:7.01.01',
      'value-mismatch:7.01.01.2.09',
    ]);
    expect(first.echoes).toBe(4);
    const total = a.findings.find((f) => f.finding.rule === 'total-mismatch')!;
    expect(total).toMatchObject({ causeId: 1, isRoot: false, echo: true, level: 'total' });
    // the moneyless missing row is a cause of its own, after the error
    expect(a.causes.map((c) => [c.severity, c.code])).toEqual([
      ['error', '7.01.01.2.09.0009'],
      ['warning', '7.01.01.2.09.0010'],
    ]);
    // findings come cause by cause, the root first
    expect(a.findings.map((f) => f.causeId)).toEqual([1, 1, 1, 1, 1, 2]);
    expect(a.findings[0].isRoot).toBe(true);
  });

  it('groups one cell seen through several table pairs, but not two rows that share a printed code', () => {
    const ds = [
      finding(
        'value-mismatch',
        'error',
        '1.01.01.2.01.0001',
        'pagu',
        ['TC31.hasil', 27, '1811000'],
        ['T41', 56, '2000000'],
      ),
      finding(
        'value-mismatch',
        'error',
        '1.01.01.2.01.0001',
        'pagu',
        ['TC31.hasil', 27, '1811000'],
        ['TC33', 45, '2000000'],
      ),
      // the same code printed twice: another row, with its own values
      finding('value-mismatch', 'error', '1.01.01.2.01.0001', 'pagu', ['TC31.hasil', 28, '500'], ['T41', 57, '900']),
      finding('value-mismatch', 'warning', '1.01.01.2.01.0001', 'indikator', ['TC31.hasil', 27, 'a'], ['T41', 56, 'b']),
    ];
    const a = groupCauses(ds);
    expect(a.causes.map((c) => [c.field, c.findings.length, c.amountAtStake?.toFixed() ?? null])).toEqual([
      ['pagu', 2, '189000'],
      ['pagu', 1, '400'],
      ['indikator', 1, null],
    ]);
  });

  it('orders causes by severity, then Rupiah at stake, largest first', () => {
    const ds = [
      finding('value-mismatch', 'warning', 'w', 'pagu', ['TC33', 1, '1'], ['T41', 2, '999999999']),
      finding('value-mismatch', 'error', 's', 'pagu', ['TC33', 1, '100'], ['T41', 2, '110']),
      finding('value-mismatch', 'error', 'l', 'pagu', ['TC33', 1, null], ['T41', 2, '5000']),
      finding('value-mismatch', 'error', 't', 'target', ['TC33', 1, '1 unit'], ['T41', 2, '2 unit']),
    ];
    expect(groupCauses(ds).causes.map((c) => c.code)).toEqual(['l', 's', 't', 'w']);
  });

  it('says a common awal → hasil uplift once, with the rows that do not follow it as exceptions', () => {
    const rows = [1, 2, 3, 4, 5, 6].map((n) =>
      finding(
        'awal-vs-hasil',
        'warning',
        `7.01.01.2.01.000${n}`,
        'pagu',
        ['TC31.awal', 3, String(n * 1_000_000)],
        ['TC31.hasil', 3, String(n * 1_100_000)],
      ),
    );
    const odd = finding(
      'awal-vs-hasil',
      'warning',
      '7.01.01.2.02.0001',
      'pagu',
      ['TC31.awal', 4, '1000000'],
      ['TC31.hasil', 4, '1500000'],
    );
    const a = groupCauses([...rows, odd]);
    expect(a.causes).toHaveLength(2);
    const [pattern, other] = a.causes;
    expect(pattern.kind).toBe('pattern');
    expect(pattern.pattern).toEqual({ percent: '10', rows: 6, exceptions: ['7.01.01.2.02.0001'] });
    expect(pattern.findings).toHaveLength(6);
    // 10 % of 1..6 million
    expect(pattern.amountAtStake?.toFixed()).toBe('2100000');
    expect(other.code).toBe('7.01.01.2.02.0001');
    // too few rows: no pattern
    expect(groupCauses(rows.slice(0, 3)).causes).toHaveLength(3);
  });

  it('folds a parent awal → hasil change that its rows account for under the largest row', () => {
    const ds = [
      finding('awal-vs-hasil', 'warning', '7.01.03', 'pagu', ['TC31.awal', 3, '1000'], ['TC31.hasil', 3, '700']),
      finding('awal-vs-hasil', 'warning', '7.01.03.2.06', 'pagu', ['TC31.awal', 3, '1000'], ['TC31.hasil', 3, '700']),
      finding(
        'awal-vs-hasil',
        'warning',
        '7.01.03.2.06.0001',
        'pagu',
        ['TC31.awal', 3, '400'],
        ['TC31.hasil', 3, '200'],
      ),
      finding(
        'awal-vs-hasil',
        'warning',
        '7.01.03.2.06.0002',
        'pagu',
        ['TC31.awal', 3, '600'],
        ['TC31.hasil', 3, '500'],
      ),
    ];
    const a = groupCauses(ds);
    expect(a.causes.map((c) => [c.code, c.findings.length, c.echoes])).toEqual([
      ['7.01.03.2.06.0001', 3, 2],
      ['7.01.03.2.06.0002', 1, 0],
    ]);
  });
});

describe('groupCauses: repeats', () => {
  it('says the same text difference on many rows once', () => {
    const lokasi = (n: number, a = 'Kab./Kota Seluruh Jawa Barat;', b = 'Jawa Barat') =>
      finding('value-mismatch', 'warning', null, 'lokasi', ['TC31.hasil', n, a], ['TC33', n + 20, b]);
    const same = [1, 2, 3, 4, 5].map((n) => lokasi(n));
    const a = groupCauses([...same, lokasi(6, 'Kota Bandung', 'Bandung')]);
    expect(a.causes.map((c) => [c.kind, c.findings.length])).toEqual([
      ['repeat', 5],
      ['finding', 1],
    ]);
    expect(a.causes[0].repeat).toEqual({ from: 'Kab./Kota Seluruh Jawa Barat;', to: 'Jawa Barat', rows: 5 });
    // four rows are not a repeat
    expect(groupCauses(same.slice(0, 4)).causes).toHaveLength(4);
  });
});
