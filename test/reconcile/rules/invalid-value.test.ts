import { buildContext } from '../../../src/reconcile/context.js';
import { invalidValue } from '../../../src/reconcile/rules/invalid-value.js';
import { extraction, TableBuilder } from '../../helpers/records.js';

describe('invalid-value', () => {
  it('is silent without reading warnings, and ignores warnings that lose nothing', () => {
    const t = new TableBuilder('T41').sub('7.01.01.2.01.0003', '1.730.000', {
      warnings: [
        { kind: 'code-wrapped', field: 'code', message: 'repaired 7.01.01.2.01.0 3', raw: '7.01.01.2.01.0 3' },
      ],
    });
    expect(invalidValue(buildContext(extraction({ tables: [t] })))).toEqual([]);
  });

  it('turns every unreadable value into a finding: error for money, warning otherwise', () => {
    const t = new TableBuilder('TC33', { page: 12 })
      .row('sub_kegiatan', '7.01.01.2.06.0004', {
        pagu: null,
        warnings: [
          { kind: 'money-spreadsheet-error', field: 'pagu', message: 'spreadsheet error in cell', raw: '#REF!' },
        ],
      })
      .row('sub_kegiatan', null, {
        name: 'Penyediaan ATK',
        warnings: [
          { kind: 'code-unparsed', field: 'code', message: 'not a code', raw: '7.01.x' },
          { kind: 'target-unparsed', message: 'no quantity', raw: 'sesuai kebutuhan' },
        ],
      });
    const ds = invalidValue(buildContext(extraction({ tables: [t] })));
    expect(ds.map((d) => `${d.severity} ${d.field} ${d.a.value}`)).toEqual([
      'error pagu #REF!',
      'warning code 7.01.x',
      'warning target sesuai kebutuhan',
    ]);
    expect(ds[0].a.page).toBe(12);
    expect(ds[0].b).toBeNull();
    expect(ds[0].message).toContain('money-spreadsheet-error "#REF!"');
  });
});
