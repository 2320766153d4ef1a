/**
 * Values said per locale in prose: a placeholder may name its type, `{price:money}`,
 * `{start:date}`, `{discount:percent}`, `{kind:kind}`. Data keeps the plan's own text
 * ("39.99", "2027-02-01", "25%", "valueProp"); English shows it as written, French and
 * Italian write numbers and dates their way through Intl ("80 000,50", "1er mars 2026", "1º marzo 2026").
 * The plan itself is never rewritten: fixes still write plan syntax.
 */
import type { Locale } from './locale';
import { decimalsOf, localNumber } from '../../../../shared/local-number';

export const VALUE_TYPES = ['money', 'percent', 'date', 'kind'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

const TAG: Readonly<Record<Locale, string>> = { en: 'en-GB', fr: 'fr-FR', it: 'it-IT' };

function percent(text: string, locale: Locale): string | undefined {
  const m = /^(\d+(?:\.\d+)?)%$/.exec(text);
  if (!m) return undefined;
  const d = decimalsOf(m[1]);
  return new Intl.NumberFormat(TAG[locale], { style: 'percent', minimumFractionDigits: d, maximumFractionDigits: d }).format(
    Number(m[1]) / 100,
  );
}

function date(text: string, locale: Locale): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const said = new Intl.DateTimeFormat(TAG[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
  // The first of the month is an ordinal in both: « le 1er mars », « il 1º marzo ».
  return m[3] === '01' ? said.replace(/^1 /, locale === 'fr' ? '1er ' : '1º ') : said;
}

/** A plain value of a typed placeholder in a locale; English, and any text that is not of the type, stay as written. */
export function formatValue(text: string, type: Exclude<ValueType, 'kind'>, locale: Locale): string {
  if (locale === 'en') return text;
  const said = type === 'money' ? localNumber(text, TAG[locale]) : type === 'percent' ? percent(text, locale) : date(text, locale);
  return said ?? text;
}
