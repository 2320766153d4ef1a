/**
 * Every rule's summary and explanation in French and Italian, for `mplan explain`. Kept apart from the
 * message catalogues so that the language server's bundles, which render messages only, stay small.
 */
import type { Locale } from './locale';
import type { RuleTexts } from './catalogue';
import { FR_EXPLANATIONS } from './locales/fr-explanations';
import { IT_EXPLANATIONS } from './locales/it-explanations';

export const RULE_TEXTS: Readonly<Record<Exclude<Locale, 'en'>, RuleTexts>> = { fr: FR_EXPLANATIONS, it: IT_EXPLANATIONS };

/** A rule's summary and explanation in a locale (English where none is written). */
export function ruleTextIn(
  meta: { code: string; summary: string; explanation: string },
  locale: Locale,
): { summary: string; explanation: string } {
  const t = locale === 'en' ? undefined : RULE_TEXTS[locale][meta.code];
  return t ?? { summary: meta.summary, explanation: meta.explanation };
}
