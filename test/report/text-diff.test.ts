import { textDiff } from '../../src/report/text-diff.js';

const marked = (runs: { text: string; changed: boolean }[]) =>
  runs.map((r) => (r.changed ? `[${r.text}]` : r.text)).join('');

describe('textDiff', () => {
  it('marks only the characters that differ', () => {
    const d = textDiff('Jasa Komersia', 'Jasa Komersial');
    expect(marked(d.a)).toBe('Jasa Komersia');
    expect(marked(d.b)).toBe('Jasa Komersia[l]');
    const e = textDiff('Dokumen RKA - SKPD', 'Dokumen RKA/SKPD');
    expect(marked(e.a)).toBe('Dokumen RKA[ - ]SKPD');
    expect(marked(e.b)).toBe('Dokumen RKA[/]SKPD');
  });

  it('marks texts with little in common whole, and equal texts not at all', () => {
    expect(marked(textDiff('DAU', 'PAD Kabupaten').a)).toBe('[DAU]');
    expect(marked(textDiff('sama', 'sama').b)).toBe('sama');
    expect(textDiff('', 'x').a).toEqual([]);
  });
});
