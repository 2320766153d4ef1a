/**
 * `catalogues.ts` as the extension's bundled servers have it (esbuild.config.mjs puts it in its place):
 * no catalogue built in, so the bundles stay small; the client hands over its display language's
 * catalogue in `initializationOptions` (server.ts), and until then, or without one, English is used.
 */
import type { Catalogue } from './catalogue';
import type { Locale } from './locale';

export type TranslatedLocale = Exclude<Locale, 'en'>;

const CATALOGUES: Partial<Record<TranslatedLocale, Catalogue>> = {};

export function catalogueOf(locale: Locale): Catalogue | undefined {
  return locale === 'en' ? undefined : CATALOGUES[locale];
}

export function provideCatalogue(locale: TranslatedLocale, catalogue: Catalogue): void {
  CATALOGUES[locale] = catalogue;
}
