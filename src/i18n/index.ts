/** The language layer: pick a catalogue, fill interface strings, render finding messages. */
import type { Catalogue, Lang, UiKey } from './catalogue.js';
import type { Message } from './messages.js';
import { en } from './en.js';
import { id } from './id.js';
import { DEFAULT_TZ } from './dates.js';

export { LANGS, DEFAULT_LANG, type Lang, type Catalogue, type UiKey } from './catalogue.js';
export { msg, type Message, type MessageKey, type MessageParams } from './messages.js';
export { formatDateTime, zoneLabel, DEFAULT_TZ } from './dates.js';

const CATALOGUES: Record<Lang, Catalogue> = { id, en };

export function catalogue(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** `fill('{n} pages', { n: 3 })` -> `3 pages`; unknown names stay as written. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** An interface string in the catalogue's language. */
export function ui(c: Catalogue, key: UiKey, params?: Record<string, string | number>): string {
  return fill(c.ui[key], params);
}

export function renderMessage(m: Message, lang: Lang): string {
  const render = catalogue(lang).messages[m.key] as (p: Message['params']) => string;
  return render(m.params);
}

/** A finding's text in `lang`: from its message key when it has one, else its stored text (as written). */
export function findingText(d: { msg?: Message | null; message: string }, lang: Lang): string {
  return d.msg ? renderMessage(d.msg, lang) : d.message;
}

/** Who reads the outputs: their language and time zone (`--lang`, `--tz`). */
export interface ReaderLocale {
  lang: Lang;
  tz: string;
}

export const DEFAULT_LOCALE: ReaderLocale = { lang: 'id', tz: DEFAULT_TZ };
