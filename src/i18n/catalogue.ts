/** The shape every language's catalogue has: one place per text a person reads. */
import type { TableId } from '../renja/schema.js';
import type { RuleId, Severity } from '../reconcile/types.js';
import type { MessageKey, MessageParams } from './messages.js';
import type { UI_EN } from './ui-en.js';

export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'id';

/** Every interface string, keyed as in the English list (src/i18n/ui-en.ts). */
export type UiKey = keyof typeof UI_EN;
export type UiStrings = Record<UiKey, string>;

export interface Catalogue {
  lang: Lang;
  /** Locale for Intl (dates). */
  locale: string;
  ui: UiStrings;
  /** Table names as the forms print them. */
  table: Record<TableId, string>;
  /** Rule titles; the rule ids themselves stay stable identifiers. */
  rule: Record<RuleId, string>;
  /** What each rule checks, one sentence (the README tables and the report's legend). */
  ruleHelp: Record<RuleId, string>;
  severity: Record<Severity, string>;
  severityPlural: Record<Severity, string>;
  /** `pagu_maju` -> `prakiraan maju`; unknown fields are shown as they are. */
  field: Record<string, string>;
  /** Finding messages and explanation notes. */
  messages: { [K in MessageKey]: (p: MessageParams[K]) => string };
}
