/** The batch plan's pure parts: the dispatch order (largest first) and each document's share of the cores. */
import { largestFirst, pageThreadBudget } from '../../src/batch/plan.js';

describe('largestFirst', () => {
  it('starts the largest documents first, equal sizes in input order, unknown sizes last', () => {
    const input = [
      { doc: 'a', bytes: 100 },
      { doc: 'b', bytes: 5000 },
      { doc: 'unknown' },
      { doc: 'c', bytes: 2000 },
      { doc: 'd', bytes: 100 },
      { doc: 'e', bytes: 0 },
      { doc: 'f', bytes: 5000 },
    ];
    expect(largestFirst(input).map((e) => e.doc)).toEqual(['b', 'f', 'c', 'a', 'd', 'e', 'unknown']);
  });

  it('leaves the input as it was (the plan keeps input order for the outputs)', () => {
    const input = [
      { doc: 'small', bytes: 1 },
      { doc: 'large', bytes: 2 },
    ];
    const sorted = largestFirst(input);
    expect(sorted.map((e) => e.doc)).toEqual(['large', 'small']);
    expect(input.map((e) => e.doc)).toEqual(['small', 'large']);
    expect(largestFirst([])).toEqual([]);
  });
});

describe('pageThreadBudget', () => {
  it('gives each running document its share of the cores, at least one', () => {
    expect(pageThreadBudget(8, 2)).toBe(4);
    expect(pageThreadBudget(8, 3)).toBe(2);
    expect(pageThreadBudget(2, 2)).toBe(1);
    expect(pageThreadBudget(2, 1)).toBe(2);
    expect(pageThreadBudget(2, 8)).toBe(1);
    expect(pageThreadBudget(1, 0)).toBe(1);
  });
});
