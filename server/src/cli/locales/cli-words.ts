/** The CLI's own words per locale (explain, rules, init, --fix): CLI only, never bundled into the language server. */
import type { Locale } from '../../engine/messages/locale';

export interface CliWords {
  /** What follows a label: ': ', or ' : ' in French. */
  readonly colon: string;
  readonly place: string;
  readonly quickFixes: string;
  readonly none: string;
  readonly docs: string;
  readonly unknownRule: string;
  readonly created: string;
  readonly checkIt: string;
  readonly fixed: string;
  readonly notFixed: string;
  readonly dryRun: string;
  readonly files: readonly [string, string];
}

export const CLI_WORDS: Readonly<Record<Locale, CliWords>> = {
  en: {
    colon: ': ',
    place: 'Place',
    quickFixes: 'Quick fixes',
    none: 'none',
    docs: 'Docs',
    unknownRule: "unknown rule '{rule}' (see 'mplan rules')",
    created: 'Created {file}',
    checkIt: 'Check it with: {command}',
    fixed: 'Fixed {files}: {names}',
    notFixed: '{file}: not fixed: {reason}',
    dryRun: '{files} would be changed (dry run).',
    files: ['file', 'files'],
  },
  fr: {
    colon: ' : ',
    place: 'Emplacement',
    quickFixes: 'Correctifs rapides',
    none: 'aucun',
    docs: 'Documentation',
    unknownRule: "règle inconnue '{rule}' (voir 'mplan rules')",
    created: '{file} créé',
    checkIt: 'Contrôlez-le avec : {command}',
    fixed: '{files} corrigé(s) : {names}',
    notFixed: '{file} : non corrigé : {reason}',
    dryRun: '{files} serai(en)t modifié(s) (simulation).',
    files: ['fichier', 'fichiers'],
  },
  it: {
    colon: ': ',
    place: 'Posizione',
    quickFixes: 'Correzioni rapide',
    none: 'nessuna',
    docs: 'Documentazione',
    unknownRule: "regola sconosciuta '{rule}' (vedi 'mplan rules')",
    created: 'Creato {file}',
    checkIt: 'Controllalo con: {command}',
    fixed: 'Corretti {files}: {names}',
    notFixed: '{file}: non corretto: {reason}',
    dryRun: '{files} verrebbero modificati (simulazione).',
    files: ['file', 'file'],
  },
};

/** A template of CLI words filled with its values. */
export function say(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);
}

export function countOf(n: number, words: readonly [string, string]): string {
  return `${n} ${words[n === 1 ? 0 : 1]}`;
}
