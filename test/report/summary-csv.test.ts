import { reconcile } from '../../src/reconcile/index.js';
import { failedSummaryRow, summaryCsv, summaryRowFor } from '../../src/report/summary-csv.js';
import { seedLike, TABLE_RULES } from '../helpers/records.js';

describe('summary-csv', () => {
  it('writes one line per document, failed documents included', async () => {
    const x = seedLike();
    const csv = await summaryCsv([
      summaryRowFor(x, reconcile(x, { rules: TABLE_RULES })),
      failedSummaryRow('scan-2019', 'scan-2019.pdf', 'scanned', 'no text layer, OCR needed'),
    ]);
    expect(csv).toBe(
      'doc,file,status,pages,tables_found,records,errors,warnings,infos,message\n' +
        'renja-pasirian-2024,renja-pasirian-2024.pdf,ok,30,2,52,5,1,0,\n' +
        'scan-2019,scan-2019.pdf,scanned,,,,,,,"no text layer, OCR needed"\n',
    );
  });

  it('neutralises file names a spreadsheet would run, and shows their control characters', async () => {
    const csv = await summaryCsv([
      failedSummaryRow('=1+2', '=1+2.pdf', 'failed', 'corrupt: =1+2.pdf: not a PDF'),
      failedSummaryRow('a_b', 'a\u001b]0;x\u0007b.pdf', 'failed', 'corrupt: a\u001b]0;x\u0007b.pdf: not a PDF'),
    ]);
    const lines = csv.trimEnd().split('\n');
    expect(lines[1]).toBe(`'=1+2,'=1+2.pdf,failed,,,,,,,corrupt: =1+2.pdf: not a PDF`);
    expect(lines[2]).toBe('a_b,a\\x1b]0;x\\x07b.pdf,failed,,,,,,,corrupt: a\\x1b]0;x\\x07b.pdf: not a PDF');
  });
});
