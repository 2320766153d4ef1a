/** The words of the summary line per locale: counts of each severity and of files (singular, plural). */
import type { Severity } from '../engine/findings';
import type { Locale } from '../engine/messages/locale';

export interface SummaryWords {
  readonly counts: Readonly<Record<Severity | 'file', readonly [string, string]>>;
  /** `{counts}` and `{files}`. */
  readonly some: string;
  /** `{files}`. */
  readonly none: string;
}

export const SUMMARY_WORDS: Readonly<Record<Locale, SummaryWords>> = {
  en: {
    counts: {
      error: ['error', 'errors'],
      warning: ['warning', 'warnings'],
      info: ['info', 'infos'],
      hint: ['hint', 'hints'],
      file: ['file', 'files'],
    },
    some: '{counts} in {files}.',
    none: 'No findings in {files}.',
  },
  fr: {
    counts: {
      error: ['erreur', 'erreurs'],
      warning: ['avertissement', 'avertissements'],
      info: ['information', 'informations'],
      hint: ['suggestion', 'suggestions'],
      file: ['fichier', 'fichiers'],
    },
    some: '{counts} dans {files}.',
    none: 'Aucun problème dans {files}.',
  },
  it: {
    counts: {
      error: ['errore', 'errori'],
      warning: ['avviso', 'avvisi'],
      info: ['informazione', 'informazioni'],
      hint: ['suggerimento', 'suggerimenti'],
      file: ['file', 'file'],
    },
    some: '{counts} in {files}.',
    none: 'Nessun problema in {files}.',
  },
};
