/**
 * Every rule's summary and explanation in French and Italian, for `mplan explain`. The explanations are
 * kept apart from the message catalogues so that the language server's bundles, which render messages and
 * show summaries only, stay small.
 */
import type { Locale } from './locale';
import type { RuleTexts } from './catalogue';
import { catalogueOf } from './catalogues';
import { FR_EXPLANATIONS } from './locales/fr-explanations';
import { IT_EXPLANATIONS } from './locales/it-explanations';

type Translated = Exclude<Locale, 'en'>;

const EXPLANATIONS: Readonly<Record<Translated, Readonly<Record<string, string>>>> = { fr: FR_EXPLANATIONS, it: IT_EXPLANATIONS };

function textsOf(locale: Translated): RuleTexts {
  const summaries = catalogueOf(locale)?.summaries ?? {};
  return Object.fromEntries(
    Object.entries(EXPLANATIONS[locale]).map(([code, explanation]) => [code, { summary: summaries[code] ?? '', explanation }]),
  );
}

export const RULE_TEXTS: Readonly<Record<Translated, RuleTexts>> = { fr: textsOf('fr'), it: textsOf('it') };

/** A rule's summary and explanation in a locale (English where none is written). */
export function ruleTextIn(
  meta: { code: string; summary: string; explanation: string },
  locale: Locale,
): { summary: string; explanation: string } {
  const t = locale === 'en' ? undefined : RULE_TEXTS[locale][meta.code];
  return t ?? { summary: meta.summary, explanation: meta.explanation };
}
