import { Decimal } from 'decimal.js';
import { reconcile } from '../../src/reconcile/index.js';
import { discrepanciesCsv, DISCREPANCY_COLUMNS } from '../../src/report/discrepancies-csv.js';
import { seedLike, TABLE_RULES } from '../helpers/records.js';

describe('discrepancies-csv', () => {
  it('writes the exact columns, plain money and b − a differences', async () => {
    const csv = await discrepanciesCsv(reconcile(seedLike(), { rules: TABLE_RULES }));
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'doc,rule,severity,code,field,table_a,page_a,value_a,table_b,page_b,value_b,difference,message',
    );
    expect(DISCREPANCY_COLUMNS).toHaveLength(13);
    expect(
      lines[1].startsWith(
        'renja-pasirian-2024,total-mismatch,error,,total,TC33,13,1608668957,T41,20,1808668957,200000000,',
      ),
    ).toBe(true);
    const missing = lines.find((l) => l.includes(',missing-row,error,'));
    expect(
      missing?.startsWith('renja-pasirian-2024,missing-row,error,7.01.01.2.09.0009,row,TC33,,,T41,19,200000000,,'),
    ).toBe(true);
    expect(lines).toHaveLength(7);
    expect(csv.endsWith('\n')).toBe(true);
  });

  it('quotes fields that hold commas, quotes or newlines', async () => {
    const [d] = reconcile(seedLike(), { rules: TABLE_RULES });
    const csv = await discrepanciesCsv([{ ...d, message: 'a, "b"\nc' }]);
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
      message: '@SUM(A1:A2)',
    };
    const lines = (await discrepanciesCsv([hostile])).trimEnd().split('\n');
    expect(lines[1]).toBe(
      `'=1+2,total-mismatch,error,,total,TC33,13,"'=HYPERLINK(""http://x"",""klik"")",T41,20,"'=cmd|' /C calc'!A0",-200000000,'@SUM(A1:A2)`,
    );
    const raw = (await discrepanciesCsv([hostile], { escape: false })).trimEnd().split('\n');
    expect(raw[1]).toBe(
      `=1+2,total-mismatch,error,,total,TC33,13,"=HYPERLINK(""http://x"",""klik"")",T41,20,"=cmd|' /C calc'!A0",-200000000,@SUM(A1:A2)`,
    );
  });
});
