/** The locales messages are rendered in; English is the default and the fallback. */
export const LOCALES = ['en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** A locale tag (`en`, `en-GB`, `fr_FR.UTF-8`) to a supported locale; anything unknown is English. */
export function resolveLocale(tag: string | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_.@]/)[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : DEFAULT_LOCALE;
}
