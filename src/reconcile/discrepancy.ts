/** Builders for discrepancy sides, so every rule points at page and cell the same way. */
import { Decimal } from 'decimal.js';
import type { Money, RenjaRecord, SourceRef, TableId } from '../renja/schema.js';
import type { Discrepancy, ExplanationNode, RuleId, Severity, Side } from './types.js';
import type { FieldName, MoneyField } from './context.js';
import { cleanText } from '../renja/text.js';
import { renderMessage } from '../i18n/index.js';
import type { Message } from '../i18n/messages.js';

/** refs may be keyed camelCase (record field names) or snake_case (discrepancy field names). */
const REF_KEYS: Record<string, string[]> = {
  pagu_maju: ['paguMaju', 'pagu_maju'],
  sumber_dana: ['sumberDana', 'sumber_dana'],
};

export function refOf(r: RenjaRecord, field: string): SourceRef | null {
  for (const k of REF_KEYS[field] ?? [field]) {
    const ref = r.refs[k];
    if (ref) return ref;
  }
  return r.refs.code ?? r.refs.name ?? null;
}

export function moneyOf(r: RenjaRecord, field: MoneyField): Money | null {
  return field === 'pagu' ? r.pagu : r.paguMaju;
}

export function textOf(r: RenjaRecord, field: FieldName): string {
  switch (field) {
    case 'name':
      return r.name;
    case 'indikator':
      return r.indikator;
    case 'lokasi':
      return r.lokasi;
    case 'sumber_dana':
      return r.sumberDana;
    case 'catatan':
      return r.catatan;
    default:
      return '';
  }
}

/** A side pointing at a record's cell for `field`. */
export function recordSide(r: RenjaRecord, field: string, value: Decimal | string | null): Side {
  const ref = refOf(r, field);
  return {
    table: r.table,
    page: ref?.page ?? r.page,
    bbox: ref?.bbox ?? null,
    value,
    code: r.code,
    name: cleanText(r.name),
    ...(ref?.confidence !== undefined ? { confidence: ref.confidence } : {}),
  };
}

/** A side for a value that has no single cell (a computed sum, or an absent row). */
export function bareSide(
  table: TableId,
  value: Decimal | string | null,
  name: string,
  code: string | null = null,
): Side {
  return { table, page: null, bbox: null, value, code, name };
}

export interface DiscrepancyInit {
  doc: string;
  rule: RuleId;
  severity: Severity;
  code: string | null;
  field: string;
  a: Side;
  b: Side | null;
  /** The message as key and parameters; its English rendering becomes `message`. */
  msg?: Message;
  /** A message written as plain text instead (shown as written in every language): give `msg` where you can. */
  message?: string;
  explanation?: ExplanationNode | null;
}

export function makeDiscrepancy(init: DiscrepancyInit): Discrepancy {
  const va = init.a.value;
  const vb = init.b?.value ?? null;
  const difference = va instanceof Decimal && vb instanceof Decimal ? vb.minus(va) : null;
  const message = init.msg ? renderMessage(init.msg, 'en') : (init.message ?? '');
  return { ...init, msg: init.msg ?? null, message, difference, explanation: init.explanation ?? null };
}
