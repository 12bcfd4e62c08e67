import { reconcile } from '../../src/reconcile/index.js';
import { reportJson, type reportObject } from '../../src/report/report-json.js';
import { seedLike, TABLE_RULES } from '../helpers/records.js';

describe('report-json', () => {
  const x = seedLike();
  const ds = reconcile(x, { rules: TABLE_RULES });
  const text = reportJson({
    extraction: x,
    discrepancies: ds,
    generatedAt: '2024-06-01T00:00:00Z',
    tool: { name: 'renja-audit', version: '0.1.0' },
  });
  const j = JSON.parse(text) as ReturnType<typeof reportObject>;

  it('carries document info, layouts and the tables found with pages and totals', () => {
    expect(j.document).toMatchObject({ doc: 'renja-pasirian-2024', file: 'renja-pasirian-2024.pdf', pages: 30 });
    expect(j.layouts.map((l) => l.tableRef)).toEqual(['TC33', 'T41']);
    expect(j.tables).toEqual([
      expect.objectContaining({
        table: 'TC33',
        pages: [11, 12, 13],
        totalPagu: expect.objectContaining({ value: '1608668957', source: 'printed', page: 13 }) as unknown,
      }),
      expect.objectContaining({
        table: 'T41',
        pages: [18, 19, 20],
        totalPagu: expect.objectContaining({ value: '1808668957' }) as unknown,
      }),
    ]);
  });

  it('counts per rule and severity', () => {
    expect(j.counts.bySeverity).toEqual({ error: 5, warning: 1, info: 0 });
    expect(j.counts.byRule['missing-row']).toEqual({ error: 1, warning: 1, info: 0 });
    expect(j.counts.total).toBe(6);
  });

  it('writes every discrepancy with plain-string money, both bboxes and the explanation tree', () => {
    const t = j.discrepancies[0];
    expect(t.a?.value).toBe('1608668957');
    expect(t.b?.value).toBe('1808668957');
    expect(t.difference).toBe('200000000');
    expect(t.a?.bbox).toEqual(
      expect.objectContaining({ x0: expect.any(Number) as number, y1: expect.any(Number) as number }),
    );
    expect(t.b).not.toBeNull();
    expect(t.b?.bbox).not.toBeNull();
    expect(t.explanation?.children[0].children[0].children[0].code).toBe('7.01.01.2.09.0009');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('is deterministic', () => {
    expect(
      reportJson({
        extraction: x,
        discrepancies: ds,
        generatedAt: '2024-06-01T00:00:00Z',
        tool: { name: 'renja-audit', version: '0.1.0' },
      }),
    ).toBe(text);
  });
});
