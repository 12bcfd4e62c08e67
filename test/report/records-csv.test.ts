import { recordsCsv, RECORD_COLUMNS } from '../../src/report/records-csv.js';
import { TableBuilder } from '../helpers/records.js';

describe('records-csv', () => {
  it('writes one line per record with plain money and warnings', async () => {
    const t = new TableBuilder('TC31.hasil', { page: 4 })
      .sub('7.01.01.2.01.0003', '1.730.000', {
        name: 'Koordinasi, Penyusunan "RKA"',
        target: '2 Dokumen',
        codePrinted: '7.01.01.2.01.0 3',
        warnings: [{ kind: 'code-wrapped', field: 'code', message: 'repaired' }],
      })
      .row('sub_kegiatan', '7.01.01.2.01.0004', { pagu: '-', paguMaju: '2.000' });
    t.records[1].pagu = { value: null, raw: '#REF!', invalid: '#REF!' };
    const csv = await recordsCsv(t.records);
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(RECORD_COLUMNS.join(','));
    expect(lines[0]).toBe(
      'doc,table,page,row,level,code,code_printed,name,indikator,target_qty,target_unit,pagu,pagu_maju,sumber_dana,lokasi,side,warnings',
    );
    expect(lines[1]).toBe(
      'doc1,TC31.hasil,4,0,sub_kegiatan,7.01.01.2.01.0003,7.01.01.2.01.0 3,"Koordinasi, Penyusunan ""RKA""",,2,Dokumen,1730000,,,,hasil,code-wrapped(code): repaired',
    );
    expect(lines[2]).toBe(
      'doc1,TC31.hasil,4,1,sub_kegiatan,7.01.01.2.01.0004,7.01.01.2.01.0004,Row 7.01.01.2.01.0004,,,,#REF!,2000,,,hasil,',
    );
  });

  it('neutralises formula-like cells from the document; money stays plain', async () => {
    const t = new TableBuilder('TC33', { page: 2 }).sub('7.01.01.2.01.0003', '1.730.000', {
      name: '=HYPERLINK("http://x","klik")',
      target: '+1 Dokumen',
    });
    t.records[0].indikator = '-2+3+cmd|x';
    t.records[0].lokasi = '\u001b]0;pwned\u0007';
    const line = (await recordsCsv(t.records)).trimEnd().split('\n')[1];
    expect(line).toContain(`"'=HYPERLINK(""http://x"",""klik"")","'-2+3+cmd|x",,'+1 Dokumen,1730000,`);
    expect(line).toContain(',1730000,');
    expect(line).toContain(',\\x1b]0;pwned\\x07,');
    expect(line).not.toContain('\u001b');
  });
});
