/** The locales messages are rendered in; English is the default and the fallback. */
export const LOCALES = ['en', 'fr', 'it'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** A locale tag (`en`, `en-GB`, `fr_FR.UTF-8`) to a supported locale; anything unknown is English. */
export function resolveLocale(tag: string | undefined): Locale {
  const base = (tag ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : DEFAULT_LOCALE;
}

/** The CLI's locale when none is asked for: MPLAN_LOCALE, else LC_ALL, LC_MESSAGES, LANG (the first one set), else English. */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  for (const key of ['MPLAN_LOCALE', 'LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') return resolveLocale(value);
  }
  return DEFAULT_LOCALE;
}
