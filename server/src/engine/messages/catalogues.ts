/**
 * The translated catalogues by locale; English lives in the rules themselves (meta.messages), phrases.ts
 * and editor.ts. The extension's bundled servers are built with `catalogues-given.ts` in this module's
 * place: they hold no translation, and the client hands them its display language's catalogue
 * (`dist/l10n-server/<locale>.json`, written by esbuild.config.mjs) in `initializationOptions`.
 */
import type { Catalogue } from './catalogue';
import type { Locale } from './locale';
import { FR } from './locales/fr';
import { IT } from './locales/it';

export type TranslatedLocale = Exclude<Locale, 'en'>;

const CATALOGUES: Partial<Record<TranslatedLocale, Catalogue>> = { fr: FR, it: IT };

/** A locale's catalogue; undefined for English and for a locale whose catalogue this build lacks (English is then used). */
export function catalogueOf(locale: Locale): Catalogue | undefined {
  return locale === 'en' ? undefined : CATALOGUES[locale];
}

/** Adds or replaces a locale's catalogue (one handed over by a client). */
export function provideCatalogue(locale: TranslatedLocale, catalogue: Catalogue): void {
  CATALOGUES[locale] = catalogue;
}
