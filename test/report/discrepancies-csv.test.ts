import { reconcile } from '../../src/reconcile/index.js';
import { discrepanciesCsv, DISCREPANCY_COLUMNS } from '../../src/report/discrepancies-csv.js';
import { seedLike } from '../helpers/records.js';

describe('discrepancies-csv', () => {
  it('writes the exact columns, plain money and b − a differences', async () => {
    const csv = await discrepanciesCsv(reconcile(seedLike()));
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

  it('writes the message in the chosen language (Indonesian by default), the other columns unchanged', async () => {
    const ds = reconcile(seedLike());
    const id = (await discrepanciesCsv(ds)).split('\n');
    const en = (await discrepanciesCsv(ds, 'en')).split('\n');
    const row = id.findIndex((l) => l.includes(',missing-row,'));
    expect(id[row]).toMatch(
      /,"?Sub kegiatan 7\.01\.01\.2\.09\.0009 .* tercantum di Tabel 4\.1 tetapi tidak ada di T-C\.33"?$/,
    );
    expect(en[row]).toMatch(/,"?sub kegiatan 7\.01\.01\.2\.09\.0009 .* is in Tabel 4\.1 but missing from T-C\.33"?$/);
    const cols = (l: string) => l.split(',').slice(0, 12).join(',');
    expect(cols(id[row])).toBe(cols(en[row]));
  });

  it('quotes fields that hold commas, quotes or newlines', async () => {
    const [d] = reconcile(seedLike());
    const csv = await discrepanciesCsv([{ ...d, msg: null, message: 'a, "b"\nc' }]);
    expect(csv).toContain('"a, ""b""\nc"');
  });
});
