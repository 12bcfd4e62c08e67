import { buildContext } from '../../../src/reconcile/context.js';
import { duplicateCode } from '../../../src/reconcile/rules/duplicate-code.js';
import { extraction, TableBuilder } from '../../helpers/records.js';

const run = (t: TableBuilder) => duplicateCode(buildContext(extraction({ tables: [t] })));

describe('duplicate-code', () => {
  it('is silent when codes are unique (indicator rows of a program do not count)', () => {
    const t = new TableBuilder('T41')
      .program('7.01.06', '10', { indikator: 'RKPDes', target: '100%' })
      .indicator('7.01.06', 'APBDes', '54,55%')
      .indicator('7.01.06', 'LPPDes', '100%')
      .kegiatan('7.01.06.2.06', '10');
    expect(run(t)).toEqual([]);
  });

  it('reports a code printed twice and what differs', () => {
    const t = new TableBuilder('TC31.hasil', { page: 6 })
      .kegiatan('7.01.03.2.01', '173.266.000')
      .sub('7.01.03.2.01.0002', '6.833.750', { name: 'Sinkronisasi Program Kerja' })
      .sub('7.01.03.2.01.0002', '166.432.100', { name: 'Peningkatan Efektifitas Kegiatan', page: 7 });
    const ds = run(t);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({
      rule: 'duplicate-code',
      severity: 'warning',
      code: '7.01.03.2.01.0002',
      field: 'code',
    });
    expect(ds[0].a.page).toBe(6);
    expect(ds[0].b?.page).toBe(7);
    expect(ds[0].message).toContain('pages 6 and 7');
    expect(ds[0].message).toContain('name "Sinkronisasi Program Kerja" / "Peningkatan Efektifitas Kegiatan"');
    expect(ds[0].message).toContain('pagu Rp 6.833.750 / Rp 166.432.100');
  });

  it('calls identical repeats what they are', () => {
    const t = new TableBuilder('TC33')
      .sub('7.01.01.2.08.0001', '1.000', { name: 'Surat' })
      .sub('7.01.01.2.08.0001', '1.000', { name: 'Surat' });
    expect(run(t)[0].message).toContain('identical rows');
  });
});
