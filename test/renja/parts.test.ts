import {
  documentParts,
  filePageCells,
  formatPageRanges,
  formatPageRef,
  layParts,
  pageInText,
  pageRanges,
  pageRef,
  pagesInText,
} from '../../src/renja/parts.js';

const parts = layParts([
  { file: 'bab2.pdf', pages: 10 },
  { file: 'bab3.pdf', pages: 5 },
  { file: 'bab4.pdf', pages: 7 },
]);

describe('document parts', () => {
  it('lays parts end to end', () => {
    expect(parts.map((p) => p.firstPage)).toEqual([1, 11, 16]);
  });

  it('maps a logical page to its file and the page within it', () => {
    expect(pageRef(parts, 1)).toEqual({ file: 'bab2.pdf', page: 1 });
    expect(pageRef(parts, 10)).toEqual({ file: 'bab2.pdf', page: 10 });
    expect(pageRef(parts, 11)).toEqual({ file: 'bab3.pdf', page: 1 });
    expect(pageRef(parts, 22)).toEqual({ file: 'bab4.pdf', page: 7 });
  });

  it('formats one page: plain for one file, with the file for several', () => {
    expect(formatPageRef(parts, 12)).toBe('bab3.pdf p. 2');
    expect(formatPageRef(documentParts({ file: 'x.pdf', pages: 9 }), 5)).toBe('p. 5');
  });

  it('formats page ranges per file', () => {
    expect(pageRanges([5, 3, 4, 9])).toBe('3-5, 9');
    expect(formatPageRanges(parts, [9, 10, 11, 12, 16])).toBe('bab2.pdf p. 9-10; bab3.pdf p. 1-2; bab4.pdf p. 1');
    expect(formatPageRanges([parts[0]], [26, 27, 28, 30])).toBe('p. 26-28, 30');
    expect(formatPageRanges(parts, [])).toBe('');
  });

  it('words pages in messages as before for one file, with the file for several', () => {
    const one = [parts[0]];
    expect(pagesInText(one, [3, 4, 5])).toBe('pages 3-5');
    expect(pageInText(one, 7)).toBe('page 7');
    expect(pagesInText(parts, [10, 11])).toBe('bab2.pdf p. 10; bab3.pdf p. 1');
    expect(pageInText(parts, 16)).toBe('bab4.pdf p. 1');
  });

  it('gives CSV cells: file and page within it, blanks without a page', () => {
    expect(filePageCells(parts, 17)).toEqual(['bab4.pdf', '2']);
    expect(filePageCells(parts, null)).toEqual(['', '']);
    expect(filePageCells([], 17)).toEqual(['', '17']);
  });

  it('a one-file extraction is its own one part', () => {
    expect(documentParts({ file: 'x.pdf', pages: 9 })).toEqual([{ file: 'x.pdf', pages: 9, firstPage: 1 }]);
    expect(documentParts({ file: 'a + b', pages: 22, parts })).toBe(parts);
  });
});
