import { Decimal } from 'decimal.js';
import { reconcile } from '../../src/reconcile/index.js';
import {
  DERIVED_COLUMNS,
  discrepanciesCsv,
  DISCREPANCY_COLUMNS,
  FINDING_COLUMNS,
} from '../../src/report/discrepancies-csv.js';
import { parseCsv } from '../helpers/csv.js';
import { layParts } from '../../src/renja/parts.js';
import { seedLike, TABLE_RULES } from '../helpers/records.js';

describe('discrepancies-csv', () => {
  it('writes a BOM, the exact columns, plain money, b − a differences and the cause of every finding', async () => {
    const x = seedLike();
    const csv = await discrepanciesCsv(reconcile(x, { rules: TABLE_RULES }), { extraction: x });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'doc,rule,severity,root_id,is_root,code,level,name_a,name_b,field,table_a,file_a,page_a,page_printed_a,value_a,' +
        'table_b,file_b,page_b,page_printed_b,value_b,difference,amount_at_stake,message',
    );
    expect(FINDING_COLUMNS.every((c) => (DISCREPANCY_COLUMNS as readonly string[]).includes(c))).toBe(true);
    expect([...FINDING_COLUMNS, ...DERIVED_COLUMNS].sort()).toEqual([...DISCREPANCY_COLUMNS].sort());
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(6);
    // the root cause leads: the row missing from T-C.33, whose blank side still stakes its Rp 200.000.000
    expect(rows[0]).toMatchObject({
      rule: 'missing-row',
      severity: 'error',
      root_id: '1',
      is_root: 'true',
      code: '7.01.01.2.09.0009',
      level: 'sub_kegiatan',
      table_a: 'TC33',
      file_a: '',
      page_a: '',
      value_a: '',
      table_b: 'T41',
      file_b: x.file,
      page_b: '19',
      value_b: '200000000',
      difference: '',
      amount_at_stake: '200000000',
    });
    expect(rows[0].name_b).toContain('Pemeliharaan');
    const total = rows.find((r) => r.rule === 'total-mismatch');
    expect(total).toMatchObject({
      root_id: '1',
      is_root: 'false',
      level: 'total',
      table_a: 'TC33',
      file_a: x.file,
      page_a: '13',
      value_a: '1608668957',
      value_b: '1808668957',
      difference: '200000000',
      amount_at_stake: '200000000',
    });
    expect(rows.filter((r) => r.is_root === 'true').map((r) => r.root_id)).toEqual(['1', '2']);
    expect(csv.endsWith('\n')).toBe(true);
  });

  it('writes the message in the chosen language (Indonesian by default), the other columns unchanged', async () => {
    const x = seedLike();
    const ds = reconcile(x, { rules: TABLE_RULES });
    const id = parseCsv(await discrepanciesCsv(ds, { extraction: x }));
    const en = parseCsv(await discrepanciesCsv(ds, { extraction: x, lang: 'en' }));
    const row = id.findIndex((r) => r.rule === 'missing-row' && r.severity === 'error');
    expect(id[row].message).toMatch(
      /^Sub kegiatan 7\.01\.01\.2\.09\.0009 .* tercantum di Tabel 4\.1 tetapi tidak ada di T-C\.33$/,
    );
    expect(en[row].message).toMatch(
      /^sub kegiatan 7\.01\.01\.2\.09\.0009 .* is in Tabel 4\.1 but missing from T-C\.33$/,
    );
    expect({ ...id[row], message: '' }).toEqual({ ...en[row], message: '' });
  });

  it('writes `;` separators and decimal commas for Excel with Indonesian regional settings', async () => {
    const x = seedLike();
    const [d] = reconcile(x, { rules: TABLE_RULES });
    const csv = await discrepanciesCsv([{ ...d, msg: null, message: 'a; b' }], { extraction: x, dialect: 'excel-id' });
    const [head, row] = csv.slice(1).split('\n');
    expect(head.split(';')).toEqual([...DISCREPANCY_COLUMNS]);
    expect(row).toContain(';"a; b"');
    const cents = { ...d, a: { ...d.a, value: new Decimal('1608668956.5') }, difference: new Decimal('200000000.5') };
    const row2 = (await discrepanciesCsv([cents], { extraction: x, dialect: 'excel-id' })).split('\n')[1];
    expect(row2).toContain(';1608668956,5;');
    expect(row2).toContain(';200000000,5;');
    // codes and page numbers stay as they are
    expect(row2).not.toContain('7,01');
  });

  it('names the file of each page and the page within it; a value without a page has neither', async () => {
    const ds = reconcile(seedLike(), { rules: TABLE_RULES });
    const one = parseCsv(await discrepanciesCsv(ds, { parts: layParts([{ file: 'renja.pdf', pages: 30 }]) }));
    expect(one.find((r) => r.rule === 'total-mismatch')).toMatchObject({
      table_a: 'TC33',
      file_a: 'renja.pdf',
      page_a: '13',
      value_a: '1608668957',
      table_b: 'T41',
      file_b: 'renja.pdf',
      page_b: '20',
    });
    const parts = layParts([
      { file: 'bab3.pdf', pages: 15 },
      { file: 'bab4.pdf', pages: 10 },
    ]);
    const rows = parseCsv(await discrepanciesCsv(ds, { parts }));
    expect(rows.find((r) => r.rule === 'total-mismatch')).toMatchObject({
      file_a: 'bab3.pdf',
      page_a: '13',
      value_a: '1608668957',
      file_b: 'bab4.pdf',
      page_b: '5',
    });
    expect(rows.find((r) => r.rule === 'missing-row' && r.severity === 'error')).toMatchObject({
      table_a: 'TC33',
      file_a: '',
      page_a: '',
      value_a: '',
      table_b: 'T41',
      file_b: 'bab4.pdf',
      page_b: '4',
      value_b: '200000000',
    });
  });

  it('quotes fields that hold commas, quotes or newlines', async () => {
    const [d] = reconcile(seedLike(), { rules: TABLE_RULES });
    const csv = await discrepanciesCsv([{ ...d, msg: null, message: 'a, "b"\nc' }]);
    expect(csv).toContain('"a, ""b""\nc"');
  });

  it('neutralises formula-like text but keeps a negative difference plain (--no-csv-escape keeps it raw)', async () => {
    const [d] = reconcile(seedLike(), { rules: TABLE_RULES });
    const hostile = {
      ...d,
      doc: '=1+2',
      a: { ...d.a, value: '=HYPERLINK("http://x","klik")' },
      b: d.b ? { ...d.b, value: "=cmd|' /C calc'!A0" } : null,
      difference: new Decimal('-200000000'),
      msg: null,
      message: '@SUM(A1:A2)',
    };
    const [row] = parseCsv(await discrepanciesCsv([hostile]));
    expect(row).toMatchObject({
      doc: "'=1+2",
      value_a: `'=HYPERLINK("http://x","klik")`,
      value_b: "'=cmd|' /C calc'!A0",
      difference: '-200000000',
      message: "'@SUM(A1:A2)",
    });
    const [raw] = parseCsv(await discrepanciesCsv([hostile], { escape: false }));
    expect(raw).toMatchObject({
      doc: '=1+2',
      value_a: '=HYPERLINK("http://x","klik")',
      value_b: "=cmd|' /C calc'!A0",
      difference: '-200000000',
      message: '@SUM(A1:A2)',
    });
  });
});
