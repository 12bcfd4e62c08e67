/** Parsers for CLI option values; each throws InvalidArgumentError with a one-line reason. */
import { InvalidArgumentError } from 'commander';
import type { Area } from '../tables/options.js';

/** `1,3-5` -> [1, 3, 4, 5] */
export function parsePageList(value: string): number[] {
  const pages: number[] = [];
  for (const part of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) throw new InvalidArgumentError(`'${part}' is not a page or a range like 3-5`);
    const a = parseInt(m[1], 10);
    const b = m[2] ? parseInt(m[2], 10) : a;
    if (a < 1 || b < a) throw new InvalidArgumentError(`'${part}' is not a valid page range`);
    for (let p = a; p <= b; p++) pages.push(p);
  }
  if (!pages.length) throw new InvalidArgumentError('no pages given');
  return pages;
}

/** `top,left,bottom,right` in points, as tabula takes it. */
export function parseArea(value: string): Area {
  const n = value.split(',').map((s) => Number(s.trim()));
  if (n.length !== 4 || n.some((x) => !Number.isFinite(x)))
    throw new InvalidArgumentError('area must be top,left,bottom,right in points');
  const [top, left, bottom, right] = n;
  if (bottom <= top || right <= left) throw new InvalidArgumentError('area must have bottom > top and right > left');
  return { top, left, bottom, right };
}
