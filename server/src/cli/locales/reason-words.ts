/**
 * Why a file could not be checked, fixed or written, in the reader's language. The
 * loader (`engine/project/disk.ts`), the baseline, `--fix` and the report say these in
 * English; the CLI says them in its locale where it prints them. Why a file cannot be read
 * (also MP001's `data.detail`, which stays English) is the engine's to say
 * (`engine/messages/reasons.ts`), for the CLI and the editor alike. Keyed by the English template: `{reason}` and `{code}`
 * values are said again in the locale when they are one of these (an errno code such as
 * EACCES stays as it is). CLI only, never bundled into the language server.
 */
import type { Locale } from '../../engine/messages/locale';
import { readingReasonIn } from '../../engine/messages/reasons';
import { say } from './cli-words';

type Table = Readonly<Record<string, string>>;

/** In order: a more specific template before one it would also match. */
const FR: Table = {
  'no such file': 'fichier introuvable',
  'is a directory': 'c’est un dossier',
  'not a regular file': 'ce n’est pas un fichier ordinaire',
  'a symbolic link to nothing': 'un lien symbolique qui ne mène nulle part',
  'I/O error': 'erreur d’entrée-sortie',
  'cannot be opened ({code})': 'ne peut pas être ouvert ({code})',
  'it is gone ({code})': 'il a disparu ({code})',
  'it is no longer a regular file': 'ce n’est plus un fichier ordinaire',
  'it changed on disk while the fixes were computed': 'il a changé sur le disque pendant le calcul des correctifs',
  'it is read-only': 'il est en lecture seule',
  'it could not be written ({code})': 'il n’a pas pu être écrit ({code})',
  'a file stands where a folder is needed': 'un fichier se trouve là où il faut un dossier',
  'standard input: {reason}': 'entrée standard : {reason}',
  '{path}: no plan files match this pattern': '{path} : aucun fichier de plan ne correspond à ce motif',
  '{path}: no such file or directory': '{path} : fichier ou dossier introuvable',
  '{path}: cannot be read ({code})': '{path} : ne peut pas être lu ({code})',
  '{path}: not a regular file': '{path} : ce n’est pas un fichier ordinaire',
  '{path}: no plan files (*.mplan.yaml, *.mplan.yml) in this folder':
    '{path} : aucun fichier de plan (*.mplan.yaml, *.mplan.yml) dans ce dossier',
  '{path}: not a folder': '{path} : ce n’est pas un dossier',
  'no plan files (*.mplan.yaml) in {paths}: nothing to report': 'aucun fichier de plan (*.mplan.yaml) dans {paths} : rien à présenter',
  'cannot write the baseline {file}: {code}': 'impossible d’écrire la référence {file} : {code}',
  'cannot read the baseline {file}: {code}': 'impossible de lire la référence {file} : {code}',
  '{file} is not an mplan baseline (version 1): write it anew with --update-baseline':
    '{file} n’est pas une référence mplan (version 1) : réécrivez-la avec --update-baseline',
  'cannot write {file}: {reason}': 'impossible d’écrire {file} : {reason}',
};

const IT: Table = {
  'no such file': 'file inesistente',
  'is a directory': 'è una cartella',
  'not a regular file': 'non è un file normale',
  'a symbolic link to nothing': 'un collegamento simbolico che non porta a nulla',
  'I/O error': 'errore di I/O',
  'cannot be opened ({code})': 'non può essere aperto ({code})',
  'it is gone ({code})': 'non esiste più ({code})',
  'it is no longer a regular file': 'non è più un file normale',
  'it changed on disk while the fixes were computed': 'è cambiato sul disco mentre si calcolavano le correzioni',
  'it is read-only': 'è di sola lettura',
  'it could not be written ({code})': 'non è stato possibile scriverlo ({code})',
  'a file stands where a folder is needed': 'c’è un file dove serve una cartella',
  'standard input: {reason}': 'standard input: {reason}',
  '{path}: no plan files match this pattern': '{path}: nessun file di piano corrisponde a questo pattern',
  '{path}: no such file or directory': '{path}: file o cartella inesistente',
  '{path}: cannot be read ({code})': '{path}: non può essere letto ({code})',
  '{path}: not a regular file': '{path}: non è un file normale',
  '{path}: no plan files (*.mplan.yaml, *.mplan.yml) in this folder':
    '{path}: nessun file di piano (*.mplan.yaml, *.mplan.yml) in questa cartella',
  '{path}: not a folder': '{path}: non è una cartella',
  'no plan files (*.mplan.yaml) in {paths}: nothing to report': 'nessun file di piano (*.mplan.yaml) in {paths}: niente da riportare',
  'cannot write the baseline {file}: {code}': 'impossibile scrivere il riferimento {file}: {code}',
  'cannot read the baseline {file}: {code}': 'impossibile leggere il riferimento {file}: {code}',
  '{file} is not an mplan baseline (version 1): write it anew with --update-baseline':
    '{file} non è un riferimento mplan (versione 1): riscrivilo con --update-baseline',
  'cannot write {file}: {reason}': 'impossibile scrivere {file}: {reason}',
};

export const REASON_WORDS: Readonly<Record<Exclude<Locale, 'en'>, Table>> = { fr: FR, it: IT };

/** Each English template as a whole-text pattern, its placeholders in order. */
const PATTERNS = Object.keys(FR).map((english) => {
  const names: string[] = [];
  const source = english
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part);
      if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name[1]);
      return '([^]*)';
    })
    .join('');
  return { english, names, re: new RegExp(`^${source}$`) };
});

/** A reason, or a loading error, in a locale; a text that is none of these stays as it is. */
export function reasonIn(text: string, locale: Locale): string {
  if (locale === 'en') return text;
  for (const { english, names, re } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const values = Object.fromEntries(names.map((n, i) => [n, n === 'reason' || n === 'code' ? reasonIn(m[i + 1], locale) : m[i + 1]]));
    return say(REASON_WORDS[locale][english], values);
  }
  // The reasons a file cannot be read are the engine's, said by its catalogue (the codes in them said here in turn).
  return readingReasonIn(text, locale, (v) => reasonIn(v, locale)) ?? text;
}
