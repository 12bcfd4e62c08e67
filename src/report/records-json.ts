/** records.json: the whole extraction (layouts, records, prose amounts) with Decimals as plain numbers in strings. */
import { Decimal } from 'decimal.js';
import type { Extraction } from '../renja/schema.js';
import { plainNumber } from './format.js';

export function recordsJson(extraction: Extraction, extra: Record<string, unknown> = {}): string {
  // decimal.js defines toJSON, which JSON.stringify calls before the replacer sees the value: convert first
  return JSON.stringify(convert({ ...extra, ...extraction }), null, 2) + '\n';
}

function convert(v: unknown): unknown {
  if (v instanceof Decimal) return plainNumber(v);
  if (Array.isArray(v)) return v.map(convert);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = convert(x);
    return out;
  }
  return v;
}
