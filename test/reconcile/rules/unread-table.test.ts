import { buildContext } from '../../../src/reconcile/context.js';
import { unreadTable } from '../../../src/reconcile/rules/unread-table.js';
import { pageLimitNote } from '../../../src/pdf/limits.js';
import { extraction, TableBuilder } from '../../helpers/records.js';

describe('unread-table: pages cut short by a limit', () => {
  it('names each page the table engine cut short, as a warning to check by hand', () => {
    const x = extraction({ tables: [new TableBuilder('T41').program('7.01.01', '1.000')] });
    const note = pageLimitNote(12, 'gridSlots', 4_000_000);
    const ds = unreadTable(buildContext({ ...x, pageLimits: [note] }));
    expect(ds.map((d) => [d.rule, d.severity, d.a.page, d.field])).toEqual([['unread-table', 'warning', 12, 'page']]);
    expect(ds[0].message).toBe(`${note.message}; check this page by hand`);
  });
});
