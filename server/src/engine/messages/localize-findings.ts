/** Findings with their messages rendered in a locale; codes, places, ids and `data` stay as they are. */
import type { Finding, Fix, Related } from '../findings';
import { findRule } from '../rules/registry';
import type { Locale } from './locale';
import type { MessageData } from './message';
import { reasonPhrase } from './reasons';
import { renderRuleMessage } from './render';

/** A message of a finding's rule in a locale (`english` when the rule is not known). */
function ruleMessageIn(code: string, messageId: string, data: MessageData, english: string, locale: Locale): string {
  if (locale === 'en') return english;
  const rule = findRule(code);
  return rule ? renderRuleMessage(code, rule.meta.messages, messageId, data, locale) : english;
}

/** One finding's message in a locale (its English message when its rule is not known). */
export function messageIn(f: Pick<Finding, 'code' | 'messageId' | 'data' | 'message'>, locale: Locale): string {
  // An unreadable file's reason is English in the data; its message says it in the locale.
  const reason =
    locale !== 'en' && f.code === 'MP001' && (f.messageId === 'unreadable' || f.messageId === 'configUnreadable')
      ? typeof f.data.detail === 'string'
        ? reasonPhrase(f.data.detail)
        : undefined
      : undefined;
  return ruleMessageIn(f.code, f.messageId, reason ? { ...f.data, detail: reason } : f.data, f.message, locale);
}

/** A fix's title in a locale. */
export function fixTitleIn(f: Pick<Finding, 'code'>, fix: Pick<Fix, 'title' | 'titleId' | 'titleData'>, locale: Locale): string {
  return ruleMessageIn(f.code, fix.titleId, fix.titleData, fix.title, locale);
}

/** A related place's message in a locale. */
export function relatedIn(f: Pick<Finding, 'code'>, r: Pick<Related, 'message' | 'messageId' | 'data'>, locale: Locale): string {
  return ruleMessageIn(f.code, r.messageId, r.data, r.message, locale);
}

/** Findings with their message, related messages and fix titles in a locale. */
export function localizeFindings<F extends Finding>(findings: readonly F[], locale: Locale): F[] {
  if (locale === 'en') return [...findings];
  return findings.map((f) => ({
    ...f,
    message: messageIn(f, locale),
    related: f.related.map((r) => ({ ...r, message: relatedIn(f, r, locale) })),
    fixes: f.fixes.map((x) => ({ ...x, title: fixTitleIn(f, x, locale) })),
  }));
}
