/**
 * The words of the CLI's help and usage errors per locale: the command, argument and option
 * descriptions, and commander's own prose (titles, the help and version options, the help
 * command, choices and defaults, its error messages). Option flags, command names and
 * argument names stay as written. English is exactly commander's and the descriptions as
 * they always were. CLI only, never bundled into the language server.
 */
import type { Locale } from '../../engine/messages/locale';

export interface HelpWords {
  readonly program: string;
  readonly check: string;
  readonly checkPaths: string;
  readonly format: string;
  readonly outputFile: string;
  readonly quiet: string;
  readonly color: string;
  readonly noColor: string;
  readonly exclude: string;
  readonly stdinFilename: string;
  readonly baseline: string;
  readonly updateBaseline: string;
  readonly exitZero: string;
  readonly maxWarnings: string;
  readonly jobs: string;
  readonly fix: string;
  readonly unsafeFixes: string;
  readonly fixDryRun: string;
  /** `{what}`: the language of what (`messagesLanguage`...), then where the default comes from. */
  readonly locale: string;
  readonly messagesLanguage: string;
  readonly report: string;
  readonly reportPaths: string;
  readonly reportOutput: string;
  readonly reportFormat: string;
  readonly today: string;
  readonly reportLanguage: string;
  readonly explain: string;
  readonly rule: string;
  readonly explanationLanguage: string;
  readonly init: string;
  readonly folder: string;
  readonly rules: string;
  readonly summariesLanguage: string;
  readonly schema: string;
  readonly config: string;
  /** commander's own words. */
  readonly help: string;
  readonly version: string;
  readonly usageTitle: string;
  readonly argumentsTitle: string;
  readonly optionsTitle: string;
  readonly commandsTitle: string;
  readonly choices: string;
  readonly default: string;
  readonly unknownOption: string;
  readonly unknownCommand: string;
  readonly didYouMean: string;
  readonly didYouMeanOneOf: string;
  readonly missingArgument: string;
  readonly optionMissingArgument: string;
  readonly invalidOption: string;
  readonly allowedChoices: string;
  readonly tooManyArguments: string;
  /** The reasons of our own argument parsers. */
  readonly expectedDate: string;
  readonly expectedCount: string;
  readonly expectedThreads: string;
}

export const HELP_WORDS: Readonly<Record<Locale, HelpWords>> = {
  en: {
    program: 'Marketing plans as code: find where downstream campaigns contradict upstream decisions.',
    check: 'check plan files and folders (default: the current folder)',
    checkPaths: 'plan files, folders or glob patterns (quoted); - reads standard input',
    format: 'output format',
    outputFile: 'write the report to a file instead of standard output',
    quiet: 'report errors only (warnings still count for --max-warnings)',
    color: 'colour the text output even when not on a terminal',
    noColor: 'never colour the output (as NO_COLOR)',
    exclude: 'skip files and folders matching this gitignore-style pattern while walking folders (repeatable)',
    stdinFilename: 'with -: the path standard input stands for (its scope and config are found from there)',
    baseline: 'report only findings not in this baseline (written from the current findings when missing)',
    updateBaseline: 'rewrite the --baseline file from the current findings',
    exitZero: 'exit 0 even when there are findings (2 still means a usage or I/O error)',
    maxWarnings: 'exit 1 when there are more than n warnings',
    jobs: 'threads that parse a large plan (default: the number of cores, up to 4; 1: a single thread)',
    fix: 'apply safe fixes',
    unsafeFixes: 'also apply suggested fixes (implies --fix)',
    fixDryRun: 'print the fixes as a unified diff instead of writing them',
    locale: '{what} (default: MPLAN_LOCALE, else LC_ALL, LC_MESSAGES, LANG, else en)',
    messagesLanguage: 'the language of the messages',
    report: 'write the plan as one HTML page (summary, timeline, budget, map, findings) or a Markdown summary',
    reportPaths: 'plan files or folders (default: the current folder)',
    reportOutput: 'write the report to this file (default: standard output)',
    reportFormat: 'html: one self-contained page; md: a summary for a pull request',
    today: "where the timeline's today line is drawn (default: today)",
    reportLanguage: 'the language of the report',
    explain: "print a rule's explanation",
    rule: 'a rule code (MP101) or name (audience-excludes-segment)',
    explanationLanguage: 'the language of the explanation',
    init: 'write a working example plan to start from (never overwrites a file)',
    folder: 'where to put it (default: the current folder)',
    rules: 'list the rule catalogue',
    summariesLanguage: 'the language of the summaries',
    schema: 'print the JSON Schema of the plan format (or, with --config, of mplan.config.yaml)',
    config: 'the schema of mplan.config.yaml',
    help: 'display help for command',
    version: 'output the version number',
    usageTitle: 'Usage:',
    argumentsTitle: 'Arguments:',
    optionsTitle: 'Options:',
    commandsTitle: 'Commands:',
    choices: 'choices: {values}',
    default: 'default: {value}',
    unknownOption: "error: unknown option '{option}'",
    unknownCommand: "error: unknown command '{command}'",
    didYouMean: '(Did you mean {names}?)',
    didYouMeanOneOf: '(Did you mean one of {names}?)',
    missingArgument: "error: missing required argument '{argument}'",
    optionMissingArgument: "error: option '{option}' argument missing",
    invalidOption: "error: option '{option}' argument '{value}' is invalid. {why}",
    allowedChoices: 'Allowed choices are {values}.',
    tooManyArguments: "error: too many arguments for '{command}'. Expected {expected} argument(s) but got {received}.",
    expectedDate: 'expected a date YYYY-MM-DD',
    expectedCount: 'expected a whole number >= 0',
    expectedThreads: 'expected a whole number from 1 to 64',
  },
  fr: {
    program: 'Les plans marketing comme du code : trouver où les campagnes aval contredisent les décisions amont.',
    check: 'contrôler des fichiers et dossiers de plan (par défaut : le dossier courant)',
    checkPaths: 'fichiers de plan, dossiers ou motifs glob (entre guillemets) ; - lit l’entrée standard',
    format: 'format de sortie',
    outputFile: 'écrire le rapport dans un fichier au lieu de la sortie standard',
    quiet: 'ne signaler que les erreurs (les avertissements comptent toujours pour --max-warnings)',
    color: 'colorer la sortie texte même hors d’un terminal',
    noColor: 'ne jamais colorer la sortie (comme NO_COLOR)',
    exclude: 'ignorer les fichiers et dossiers correspondant à ce motif de style gitignore en parcourant les dossiers (répétable)',
    stdinFilename: 'avec - : le chemin que représente l’entrée standard (sa portée et sa configuration sont trouvées à partir de là)',
    baseline: 'ne signaler que les constats absents de cette référence (écrite à partir des constats actuels si elle manque)',
    updateBaseline: 'réécrire le fichier --baseline à partir des constats actuels',
    exitZero: 'sortir avec 0 même s’il y a des constats (2 signifie toujours une erreur d’utilisation ou d’entrée-sortie)',
    maxWarnings: 'sortir avec 1 s’il y a plus de n avertissements',
    jobs: 'fils d’exécution qui analysent un grand plan (par défaut, autant que de cœurs, jusqu’à 4 ; 1 = un seul fil)',
    fix: 'appliquer les correctifs sûrs',
    unsafeFixes: 'appliquer aussi les correctifs suggérés (implique --fix)',
    fixDryRun: 'afficher les correctifs sous forme de diff unifié au lieu de les écrire',
    locale: '{what} (par défaut : MPLAN_LOCALE, sinon LC_ALL, LC_MESSAGES, LANG, sinon en)',
    messagesLanguage: 'la langue des messages',
    report: 'écrire le plan en une page HTML (synthèse, calendrier, budget, carte, constats) ou une synthèse Markdown',
    reportPaths: 'fichiers ou dossiers de plan (par défaut : le dossier courant)',
    reportOutput: 'écrire le rapport dans ce fichier (par défaut : la sortie standard)',
    reportFormat: 'html : une page autonome ; md : une synthèse pour une pull request',
    today: 'où la ligne d’aujourd’hui du calendrier est tracée (par défaut : aujourd’hui)',
    reportLanguage: 'la langue du rapport',
    explain: 'afficher l’explication d’une règle',
    rule: 'un code de règle (MP101) ou un nom (audience-excludes-segment)',
    explanationLanguage: 'la langue de l’explication',
    init: 'écrire un plan d’exemple fonctionnel pour démarrer (n’écrase jamais un fichier)',
    folder: 'où le placer (par défaut : le dossier courant)',
    rules: 'lister le catalogue des règles',
    summariesLanguage: 'la langue des résumés',
    schema: 'afficher le JSON Schema du format de plan (ou, avec --config, de mplan.config.yaml)',
    config: 'le schéma de mplan.config.yaml',
    help: 'afficher l’aide de la commande',
    version: 'afficher le numéro de version',
    usageTitle: 'Utilisation :',
    argumentsTitle: 'Arguments :',
    optionsTitle: 'Options :',
    commandsTitle: 'Commandes :',
    choices: 'valeurs possibles : {values}',
    default: 'par défaut : {value}',
    unknownOption: "erreur : option inconnue '{option}'",
    unknownCommand: "erreur : commande inconnue '{command}'",
    didYouMean: '(Vouliez-vous dire {names} ?)',
    didYouMeanOneOf: '(Vouliez-vous dire l’une de ces possibilités : {names} ?)',
    missingArgument: "erreur : argument obligatoire manquant '{argument}'",
    optionMissingArgument: "erreur : il manque la valeur de l’option '{option}'",
    invalidOption: "erreur : la valeur '{value}' de l’option '{option}' n’est pas valide. {why}",
    allowedChoices: 'Valeurs possibles : {values}.',
    tooManyArguments: "erreur : trop d’arguments pour '{command}' (attendus : {expected}, reçus : {received}).",
    expectedDate: 'une date AAAA-MM-JJ est attendue',
    expectedCount: 'un nombre entier >= 0 est attendu',
    expectedThreads: 'un nombre entier de 1 à 64 est attendu',
  },
  it: {
    program: 'Piani di marketing come codice: trova dove le campagne a valle contraddicono le decisioni a monte.',
    check: 'controlla file e cartelle di piani (predefinito: la cartella corrente)',
    checkPaths: 'file di piani, cartelle o pattern glob (tra virgolette); - legge lo standard input',
    format: 'formato di output',
    outputFile: 'scrivi il rapporto in un file invece che sullo standard output',
    quiet: 'segnala solo gli errori (gli avvisi contano comunque per --max-warnings)',
    color: 'colora l’output di testo anche fuori da un terminale',
    noColor: 'non colorare mai l’output (come NO_COLOR)',
    exclude:
      'salta i file e le cartelle che corrispondono a questo pattern in stile gitignore durante la visita delle cartelle (ripetibile)',
    stdinFilename: 'con -: il percorso che lo standard input rappresenta (il suo ambito e la sua configurazione si trovano da lì)',
    baseline: 'segnala solo le segnalazioni assenti da questo riferimento (scritto dalle segnalazioni attuali se manca)',
    updateBaseline: 'riscrivi il file --baseline dalle segnalazioni attuali',
    exitZero: 'esci con 0 anche se ci sono segnalazioni (2 indica comunque un errore di utilizzo o di I/O)',
    maxWarnings: 'esci con 1 se ci sono più di n avvisi',
    jobs: 'thread che analizzano un piano grande (predefinito: tanti quanti i core, fino a 4; 1: un solo thread)',
    fix: 'applica le correzioni sicure',
    unsafeFixes: 'applica anche le correzioni suggerite (implica --fix)',
    fixDryRun: 'stampa le correzioni come diff unificato invece di scriverle',
    locale: '{what} (predefinito: MPLAN_LOCALE, altrimenti LC_ALL, LC_MESSAGES, LANG, altrimenti en)',
    messagesLanguage: 'la lingua dei messaggi',
    report: 'scrivi il piano come una pagina HTML (riepilogo, cronologia, budget, mappa, segnalazioni) o un riepilogo Markdown',
    reportPaths: 'file o cartelle di piani (predefinito: la cartella corrente)',
    reportOutput: 'scrivi il rapporto in questo file (predefinito: lo standard output)',
    reportFormat: 'html: una pagina autonoma; md: un riepilogo per una pull request',
    today: 'dove viene tracciata la linea di oggi della cronologia (predefinito: oggi)',
    reportLanguage: 'la lingua del rapporto',
    explain: 'stampa la spiegazione di una regola',
    rule: 'un codice di regola (MP101) o un nome (audience-excludes-segment)',
    explanationLanguage: 'la lingua della spiegazione',
    init: 'scrivi un piano di esempio funzionante da cui partire (non sovrascrive mai un file)',
    folder: 'dove metterlo (predefinito: la cartella corrente)',
    rules: 'elenca il catalogo delle regole',
    summariesLanguage: 'la lingua dei riepiloghi',
    schema: 'stampa il JSON Schema del formato dei piani (o, con --config, di mplan.config.yaml)',
    config: 'lo schema di mplan.config.yaml',
    help: 'mostra l’aiuto del comando',
    version: 'mostra il numero di versione',
    usageTitle: 'Uso:',
    argumentsTitle: 'Argomenti:',
    optionsTitle: 'Opzioni:',
    commandsTitle: 'Comandi:',
    choices: 'valori ammessi: {values}',
    default: 'predefinito: {value}',
    unknownOption: "errore: opzione sconosciuta '{option}'",
    unknownCommand: "errore: comando sconosciuto '{command}'",
    didYouMean: '(Intendevi {names}?)',
    didYouMeanOneOf: '(Intendevi uno tra {names}?)',
    missingArgument: "errore: manca l’argomento obbligatorio '{argument}'",
    optionMissingArgument: "errore: manca il valore dell’opzione '{option}'",
    invalidOption: "errore: il valore '{value}' dell’opzione '{option}' non è valido. {why}",
    allowedChoices: 'Valori ammessi: {values}.',
    tooManyArguments: "errore: troppi argomenti per '{command}' (attesi: {expected}, ricevuti: {received}).",
    expectedDate: 'è attesa una data AAAA-MM-GG',
    expectedCount: 'è atteso un numero intero >= 0',
    expectedThreads: 'è atteso un numero intero da 1 a 64',
  },
};
