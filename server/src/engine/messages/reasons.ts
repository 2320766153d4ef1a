/**
 * Why a file cannot be read, said in a locale. The engine and its file systems
 * say it in English (`REASON_PHRASES`: MP001's `data.detail`, which stays
 * English); the catalogue's `reason.*` phrases say it in French and Italian.
 * Used where a finding's message is rendered (`localize-findings.ts`) and by
 * the CLI, which says the same reasons in its notes.
 */
import type { Locale } from './locale';
import { phrase, type MessageData, type Phrase } from './message';
import { REASON_PHRASES } from './phrases';
import { renderMessage } from './render';

/** The phrase an English reason is (with its `{code}`), when it is one. */
export function reasonPhrase(text: string): Phrase | undefined {
  for (const [id, english] of Object.entries(REASON_PHRASES)) {
    if (english === text) return phrase(id);
    const [before, after] = english.split('{code}');
    if (after !== undefined && text.startsWith(before) && text.endsWith(after) && text.length > before.length + after.length)
      return phrase(id, { code: text.slice(before.length, text.length - after.length) });
  }
  return undefined;
}

const SAY = { reason: '{reason}' };

/** An English reason in `locale` (`valueIn` says its values, such as `{code}`, in turn), when it is one. */
export function readingReasonIn(text: string, locale: Locale, valueIn: (value: string) => string = (v) => v): string | undefined {
  const p = reasonPhrase(text);
  if (!p) return undefined;
  const data: MessageData = Object.fromEntries(Object.entries(p.data).map(([k, v]) => [k, typeof v === 'string' ? valueIn(v) : v]));
  return renderMessage(SAY, 'reason', { reason: phrase(p.phrase, data) }, locale);
}
