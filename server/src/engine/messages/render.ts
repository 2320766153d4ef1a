/** The one renderer of messages: a template, its values, a locale -> text. */
import type { MessageArg, MessageData, MessageTemplates } from './message';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { LIST_AND, PHRASES } from './phrases';
import { catalogueOf } from './catalogues';
import { formatValue, type ValueType } from './formats';

/** `{name}` or `{name:type}` (formats.ts). */
const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;

interface Wording {
  readonly own: MessageTemplates;
  readonly phrases: MessageTemplates;
  readonly listAnd: string;
  readonly locale: Locale;
}

function isObject(v: MessageArg): v is Exclude<MessageArg, string | number> {
  return typeof v === 'object';
}

/** One value in words. */
function renderArg(arg: MessageArg, w: Wording): string {
  if (!isObject(arg)) return String(arg);
  if ('list' in arg) {
    const parts = arg.list.map((a) => renderArg(a, w));
    return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')}${w.listAnd}${parts[parts.length - 1]}`;
  }
  if ('phrase' in arg) {
    // A rule's own phrases first (its templates), then the shared ones.
    const template = w.own[arg.phrase] ?? w.phrases[arg.phrase];
    if (template === undefined) throw new Error(`unknown phrase ${arg.phrase}`);
    return fill(template, arg.data, w);
  }
  return arg.name !== undefined ? `${arg.name} (${arg.id})` : arg.id;
}

/** A typed value: an entity kind said as its noun (the phrase `kind.<id>`), or money, a percentage, a date in the locale's way. */
function renderTyped(arg: MessageArg, type: ValueType, w: Wording): string {
  if (isObject(arg)) return renderArg(arg, w);
  if (type === 'kind') return renderArg({ phrase: `kind.${arg}`, data: {} }, w);
  return formatValue(String(arg), type, w.locale);
}

function fill(template: string, data: MessageData, w: Wording): string {
  return template.replace(PLACEHOLDER, (_, key: string, type: string | undefined) => {
    const value = data[key];
    if (value === undefined) throw new Error(`no value for {${key}} in «${template}»`);
    return type === undefined ? renderArg(value, w) : renderTyped(value, type as ValueType, w);
  });
}

/** A rule's wording in a locale: its translated templates (English where one is missing), the locale's phrases. */
function wordingOf(code: string | undefined, english: MessageTemplates, locale: Locale): Wording {
  const c = catalogueOf(locale);
  // English, and a locale whose catalogue this build lacks (a bundled server before the client hands it one).
  if (!c) return { own: english, phrases: PHRASES, listAnd: LIST_AND, locale: DEFAULT_LOCALE };
  const own = code === undefined ? english : { ...english, ...c.rules[code] };
  return { own, phrases: { ...PHRASES, ...c.phrases }, listAnd: c.listAnd, locale };
}

function render(code: string | undefined, templates: MessageTemplates, messageId: string, data: MessageData, locale: Locale): string {
  const w = wordingOf(code, templates, locale);
  const template = w.own[messageId];
  if (template === undefined) throw new Error(`unknown message id ${messageId}`);
  return fill(template, data, w);
}

/** A message of the given templates rendered with a locale's phrases; throws on an unknown id or a missing value. */
export function renderMessage(templates: MessageTemplates, messageId: string, data: MessageData, locale: Locale = DEFAULT_LOCALE): string {
  return render(undefined, templates, messageId, data, locale);
}

/** A message of a rule (its code and English templates) in a locale: the locale's template for it, else the English one. */
export function renderRuleMessage(code: string, english: MessageTemplates, messageId: string, data: MessageData, locale: Locale): string {
  return render(code, english, messageId, data, locale);
}
