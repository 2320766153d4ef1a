/** The one renderer of messages: a template, its values, a locale -> text. */
import type { MessageArg, MessageData, MessageTemplates } from './message';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { LIST_AND, PHRASES } from './phrases';

const PLACEHOLDER = /\{(\w+)\}/g;

function isObject(v: MessageArg): v is Exclude<MessageArg, string | number> {
  return typeof v === 'object';
}

/** One value in words. */
function renderArg(arg: MessageArg, locale: Locale = DEFAULT_LOCALE, own: MessageTemplates = {}): string {
  if (!isObject(arg)) return String(arg);
  if ('list' in arg) {
    const parts = arg.list.map((a) => renderArg(a, locale, own));
    return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')}${LIST_AND}${parts[parts.length - 1]}`;
  }
  if ('phrase' in arg) {
    // A rule's own phrases first (its templates), then the shared ones.
    const template = own[arg.phrase] ?? PHRASES[arg.phrase];
    if (template === undefined) throw new Error(`unknown phrase ${arg.phrase}`);
    return fill(template, arg.data, locale, own);
  }
  return arg.name !== undefined ? `${arg.name} (${arg.id})` : arg.id;
}

function fill(template: string, data: MessageData, locale: Locale, own: MessageTemplates): string {
  return template.replace(PLACEHOLDER, (_, key: string) => {
    const value = data[key];
    if (value === undefined) throw new Error(`no value for {${key}} in «${template}»`);
    return renderArg(value, locale, own);
  });
}

/** A message of a rule's templates rendered for a locale; throws on an unknown id or a missing value. */
export function renderMessage(templates: MessageTemplates, messageId: string, data: MessageData, locale: Locale = DEFAULT_LOCALE): string {
  const template = templates[messageId];
  if (template === undefined) throw new Error(`unknown message id ${messageId}`);
  return fill(template, data, locale, templates);
}
