/** Findings with their message rendered in a locale; codes, places, ids and `data` stay as they are. */
import type { Finding } from '../findings';
import { findRule } from '../rules/registry';
import type { Locale } from './locale';
import { renderRuleMessage } from './render';

/** One finding's message in a locale (its English message when its rule is not known). */
export function messageIn(f: Pick<Finding, 'code' | 'messageId' | 'data' | 'message'>, locale: Locale): string {
  if (locale === 'en') return f.message;
  const rule = findRule(f.code);
  return rule ? renderRuleMessage(f.code, rule.meta.messages, f.messageId, f.data, locale) : f.message;
}

export function localizeFindings<F extends Finding>(findings: readonly F[], locale: Locale): F[] {
  return findings.map((f) => (locale === 'en' ? f : { ...f, message: messageIn(f, locale) }));
}
