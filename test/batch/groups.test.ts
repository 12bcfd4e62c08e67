import { groupInputs, naturalCompare } from '../../src/batch/groups.js';

describe('naturalCompare', () => {
  it('orders numbers by value, the rest by code point', () => {
    const names = ['BAB_10.pdf', 'BAB_2.pdf', 'BAB_1.pdf', 'Lampiran.pdf', 'BAB_02a.pdf', 'Cover.pdf'];
    expect([...names].sort(naturalCompare)).toEqual([
      'BAB_1.pdf',
      'BAB_2.pdf',
      'BAB_02a.pdf',
      'BAB_10.pdf',
      'Cover.pdf',
      'Lampiran.pdf',
    ]);
    expect(naturalCompare('part_2', 'part_10')).toBeLessThan(0);
    expect(naturalCompare('a', 'a')).toBe(0);
    expect(naturalCompare('x02', 'x2')).not.toBe(0);
  });
});

describe('groupInputs', () => {
  const found = [
    { path: '/in/a.pdf', rel: 'a.pdf' },
    { path: '/in/dinas/BAB_10.pdf', rel: 'dinas/BAB_10.pdf' },
    { path: '/in/dinas/BAB_2.pdf', rel: 'dinas/BAB_2.pdf' },
    { path: '/in/dinas/lampiran/L1.pdf', rel: 'dinas/lampiran/L1.pdf' },
    { path: '/in/z.pdf', rel: 'z.pdf' },
  ];

  it('--group file: every PDF is a document', () => {
    expect(groupInputs(found, 'file')).toEqual(found);
  });

  it('--group folder: each sub-folder is one document in natural order; files at the top stay alone', () => {
    expect(groupInputs(found, 'folder')).toEqual([
      { path: '/in/a.pdf', rel: 'a.pdf' },
      { path: '/in/dinas', rel: 'dinas/', parts: ['/in/dinas/BAB_2.pdf', '/in/dinas/BAB_10.pdf'] },
      { path: '/in/dinas/lampiran', rel: 'dinas/lampiran/', parts: ['/in/dinas/lampiran/L1.pdf'] },
      { path: '/in/z.pdf', rel: 'z.pdf' },
    ]);
  });
});
