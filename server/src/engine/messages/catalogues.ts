/** The translated catalogues by locale; English lives in the rules themselves (meta.messages) and phrases.ts. */
import type { Catalogue } from './catalogue';
import type { Locale } from './locale';
import { FR } from './locales/fr';
import { IT } from './locales/it';

export const CATALOGUES: Readonly<Record<Exclude<Locale, 'en'>, Catalogue>> = { fr: FR, it: IT };
