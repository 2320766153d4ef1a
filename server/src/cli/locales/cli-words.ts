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
  readonly errors: readonly [string, string];
  readonly warnings: readonly [string, string];
  readonly findings: readonly [string, string];
  /** stderr notes of `mplan check`: {file}, {reason}, {error}, {findings}, {n}, {max}, {what}, {hint}. */
  readonly skipped: string;
  readonly internalError: string;
  readonly baselineWritten: string;
  readonly baselineMatched: readonly [string, string];
  readonly baselineStale: readonly [string, string];
  readonly maxWarnings: string;
  readonly afterFixes: string;
  readonly noFix: readonly [string, string];
  readonly remainAfterFixes: string;
  readonly cannotFixSafely: string;
  readonly unsafeHint: string;
  readonly stdinWithoutDash: string;
  readonly dashWithoutName: string;
  readonly fixStdin: string;
  readonly updateBaselineAlone: string;
  readonly wrote: string;
  readonly plans: readonly [string, string];
  readonly campaigns: readonly [string, string];
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
    errors: ['error', 'errors'],
    warnings: ['warning', 'warnings'],
    findings: ['finding', 'findings'],
    skipped: 'skipped {file}: {reason}',
    internalError: 'internal error: {error}',
    baselineWritten: 'wrote the baseline {file} with {findings}; from now on only new findings are reported',
    baselineMatched: [
      '{findings} matched the baseline {file} and is not reported',
      '{findings} matched the baseline {file} and are not reported',
    ],
    baselineStale: [
      '{n} baseline entry no longer occurs (fixed): run with --update-baseline to drop it',
      '{n} baseline entries no longer occur (fixed): run with --update-baseline to drop them',
    ],
    maxWarnings: 'exit 1: {warnings}, more than --max-warnings {max}',
    afterFixes: 'After these fixes, {what} would remain:',
    noFix: ['No fix to apply; {what} remains:', 'No fix to apply; {what} remain:'],
    remainAfterFixes: 'exit 1: {errors} would remain after the fixes{hint}',
    cannotFixSafely: 'exit 1: {errors} cannot be fixed safely{hint}',
    unsafeHint: ' ({n} with a suggested fix that --unsafe-fixes would apply)',
    stdinWithoutDash: '--stdin-filename goes with - (read the plan from standard input)',
    dashWithoutName: '- reads a plan from standard input: name it with --stdin-filename PATH (its scope is found from there)',
    fixStdin: '--fix cannot write to standard input: use --fix-dry-run for the diff',
    updateBaselineAlone: '--update-baseline needs --baseline FILE',
    wrote: 'Wrote {file}: {plans}, {campaigns}, {findings}',
    plans: ['plan', 'plans'],
    campaigns: ['campaign', 'campaigns'],
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
    errors: ['erreur', 'erreurs'],
    warnings: ['avertissement', 'avertissements'],
    findings: ['constat', 'constats'],
    skipped: '{file} ignoré : {reason}',
    internalError: 'erreur interne : {error}',
    baselineWritten: 'référence {file} écrite avec {findings} ; désormais, seuls les nouveaux constats sont signalés',
    baselineMatched: [
      '{findings} figure dans la référence {file} et n’est pas signalé',
      '{findings} figurent dans la référence {file} et ne sont pas signalés',
    ],
    baselineStale: [
      '{n} entrée de la référence ne se produit plus (corrigée) : relancez avec --update-baseline pour la retirer',
      '{n} entrées de la référence ne se produisent plus (corrigées) : relancez avec --update-baseline pour les retirer',
    ],
    maxWarnings: 'sortie 1 : {warnings}, plus que --max-warnings {max}',
    afterFixes: 'Après ces correctifs, il resterait {what} :',
    noFix: ['Aucun correctif à appliquer ; il reste {what} :', 'Aucun correctif à appliquer ; il reste {what} :'],
    remainAfterFixes: 'sortie 1 : il resterait {errors} après les correctifs{hint}',
    cannotFixSafely: 'sortie 1 : {errors} sans correctif sûr{hint}',
    unsafeHint: ' (dont {n} avec un correctif suggéré que --unsafe-fixes appliquerait)',
    stdinWithoutDash: '--stdin-filename va avec - (lire le plan sur l’entrée standard)',
    dashWithoutName: '- lit un plan sur l’entrée standard : nommez-le avec --stdin-filename CHEMIN (sa portée est trouvée à partir de là)',
    fixStdin: '--fix ne peut pas écrire sur l’entrée standard : utilisez --fix-dry-run pour le diff',
    updateBaselineAlone: '--update-baseline demande --baseline FICHIER',
    wrote: '{file} écrit : {plans}, {campaigns}, {findings}',
    plans: ['plan', 'plans'],
    campaigns: ['campagne', 'campagnes'],
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
    errors: ['errore', 'errori'],
    warnings: ['avviso', 'avvisi'],
    findings: ['segnalazione', 'segnalazioni'],
    skipped: '{file} saltato: {reason}',
    internalError: 'errore interno: {error}',
    baselineWritten: 'scritto il riferimento {file} con {findings}; d’ora in poi si segnalano solo le nuove segnalazioni',
    baselineMatched: [
      '{findings} è nel riferimento {file} e non viene riportata',
      '{findings} sono nel riferimento {file} e non vengono riportate',
    ],
    baselineStale: [
      '{n} voce del riferimento non si presenta più (corretta): esegui con --update-baseline per toglierla',
      '{n} voci del riferimento non si presentano più (corrette): esegui con --update-baseline per toglierle',
    ],
    maxWarnings: 'uscita 1: {warnings}, più di --max-warnings {max}',
    afterFixes: 'Dopo queste correzioni resterebbero {what}:',
    noFix: ['Nessuna correzione da applicare; resta {what}:', 'Nessuna correzione da applicare; restano {what}:'],
    remainAfterFixes: 'uscita 1: {errors} resterebbero dopo le correzioni{hint}',
    cannotFixSafely: 'uscita 1: {errors} senza una correzione sicura{hint}',
    unsafeHint: ' (di cui {n} con una correzione suggerita che --unsafe-fixes applicherebbe)',
    stdinWithoutDash: '--stdin-filename va con - (leggere il piano dallo standard input)',
    dashWithoutName: '- legge un piano dallo standard input: dagli un nome con --stdin-filename PERCORSO (il suo ambito si trova da lì)',
    fixStdin: '--fix non può scrivere sullo standard input: usa --fix-dry-run per il diff',
    updateBaselineAlone: '--update-baseline richiede --baseline FILE',
    wrote: 'Scritto {file}: {plans}, {campaigns}, {findings}',
    plans: ['piano', 'piani'],
    campaigns: ['campagna', 'campagne'],
  },
};

/** A template of CLI words filled with its values. */
export function say(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);
}

export function countOf(n: number, words: readonly [string, string]): string {
  return `${n} ${words[n === 1 ? 0 : 1]}`;
}

/** The singular or plural template by a count. */
export function byCount(n: number, templates: readonly [string, string]): string {
  return templates[n === 1 ? 0 : 1];
}
