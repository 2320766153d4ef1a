import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { mplan } from '../support/run-cli';
import { REPO } from '../support/fixtures';
import { commanderErrorIn, localeAhead } from '../../server/src/cli/help-locale';
import { HELP_WORDS } from '../../server/src/cli/locales/help-words';

const EN_HELP = [
  'Usage: mplan [options] [command]',
  '',
  'Marketing plans as code: find where downstream campaigns contradict upstream',
  'decisions.',
  '',
  'Options:',
  '  -V, --version                output the version number',
  '  -h, --help                   display help for command',
  '',
  'Commands:',
  '  check [options] [paths...]   check plan files and folders (default: the',
  '                               current folder)',
  '  report [options] [paths...]  write the plan as one HTML page (summary,',
  '                               timeline, budget, map, findings) or a Markdown',
  '                               summary',
  "  explain [options] <rule>     print a rule's explanation",
  '  init [options] [folder]      write a working example plan to start from (never',
  '                               overwrites a file)',
  '  rules [options]              list the rule catalogue',
  '  schema [options]             print the JSON Schema of the plan format (or,',
  '                               with --config, of mplan.config.yaml)',
  '  help [command]               display help for command',
].join('\n');

const EN_CHECK = [
  'Usage: mplan check [options] [paths...]',
  '',
  'check plan files and folders (default: the current folder)',
  '',
  'Arguments:',
  '  paths                     plan files, folders or glob patterns (quoted); -',
  '                            reads standard input',
  '',
  'Options:',
  '  -f, --format <format>     output format (choices: "text", "json",',
  '                            "json-lines", "sarif", "github", "gitlab", "junit",',
  '                            default: "text")',
  '  -o, --output-file <file>  write the report to a file instead of standard',
  '                            output',
  '  -q, --quiet               report errors only (warnings still count for',
  '                            --max-warnings)',
  '  --color                   colour the text output even when not on a terminal',
  '  --no-color                never colour the output (as NO_COLOR)',
  '  --exclude <pattern>       skip files and folders matching this gitignore-style',
  '                            pattern while walking folders (repeatable) (default:',
  '                            [])',
  '  --stdin-filename <path>   with -: the path standard input stands for (its',
  '                            scope and config are found from there)',
  '  --baseline <file>         report only findings not in this baseline (written',
  '                            from the current findings when missing)',
  '  --update-baseline         rewrite the --baseline file from the current',
  '                            findings',
  '  --exit-zero               exit 0 even when there are findings (2 still means a',
  '                            usage or I/O error)',
  '  --max-warnings <n>        exit 1 when there are more than n warnings',
  '  --jobs <n>                threads that parse a large plan (default: the number',
  '                            of cores, up to 4; 1: a single thread)',
  '  --fix                     apply safe fixes',
  '  --unsafe-fixes            also apply suggested fixes (implies --fix)',
  '  --fix-dry-run             print the fixes as a unified diff instead of writing',
  '                            them',
  '  --locale <locale>         the language of the messages (default: MPLAN_LOCALE,',
  '                            else LC_ALL, LC_MESSAGES, LANG, else en) (choices:',
  '                            "en", "fr", "it")',
  '  -h, --help                display help for command',
].join('\n');

const FR_HELP = [
  'Utilisation : mplan [options] [command]',
  '',
  'Les plans marketing comme du code : trouver où les campagnes aval contredisent',
  'les décisions amont.',
  '',
  'Options :',
  '  -V, --version                afficher le numéro de version',
  '  -h, --help                   afficher l’aide de la commande',
  '',
  'Commandes :',
  '  check [options] [paths...]   contrôler des fichiers et dossiers de plan (par',
  '                               défaut : le dossier courant)',
  '  report [options] [paths...]  écrire le plan en une page HTML (synthèse,',
  '                               calendrier, budget, carte, constats) ou une',
  '                               synthèse Markdown',
  '  explain [options] <rule>     afficher l’explication d’une règle',
  '  init [options] [folder]      écrire un plan d’exemple fonctionnel pour',
  '                               démarrer (n’écrase jamais un fichier)',
  '  rules [options]              lister le catalogue des règles',
  '  schema [options]             afficher le JSON Schema du format de plan (ou,',
  '                               avec --config, de mplan.config.yaml)',
  '  help [command]               afficher l’aide de la commande',
].join('\n');

const FR_CHECK = [
  'Utilisation : mplan check [options] [paths...]',
  '',
  'contrôler des fichiers et dossiers de plan (par défaut : le dossier courant)',
  '',
  'Arguments :',
  '  paths                     fichiers de plan, dossiers ou motifs glob (entre',
  '                            guillemets) ; - lit l’entrée standard',
  '',
  'Options :',
  '  -f, --format <format>     format de sortie (valeurs possibles : "text",',
  '                            "json", "json-lines", "sarif", "github", "gitlab",',
  '                            "junit", par défaut : "text")',
  '  -o, --output-file <file>  écrire le rapport dans un fichier au lieu de la',
  '                            sortie standard',
  '  -q, --quiet               ne signaler que les erreurs (les avertissements',
  '                            comptent toujours pour --max-warnings)',
  '  --color                   colorer la sortie texte même hors d’un terminal',
  '  --no-color                ne jamais colorer la sortie (comme NO_COLOR)',
  '  --exclude <pattern>       ignorer les fichiers et dossiers correspondant à ce',
  '                            motif de style gitignore en parcourant les dossiers',
  '                            (répétable) (par défaut : [])',
  '  --stdin-filename <path>   avec - : le chemin que représente l’entrée standard',
  '                            (sa portée et sa configuration sont trouvées à',
  '                            partir de là)',
  '  --baseline <file>         ne signaler que les constats absents de cette',
  '                            référence (écrite à partir des constats actuels si',
  '                            elle manque)',
  '  --update-baseline         réécrire le fichier --baseline à partir des constats',
  '                            actuels',
  '  --exit-zero               sortir avec 0 même s’il y a des constats (2 signifie',
  '                            toujours une erreur d’utilisation ou',
  '                            d’entrée-sortie)',
  '  --max-warnings <n>        sortir avec 1 s’il y a plus de n avertissements',
  '  --jobs <n>                fils d’exécution qui analysent un grand plan (par',
  '                            défaut, autant que de cœurs, jusqu’à 4 ; 1 = un seul',
  '                            fil)',
  '  --fix                     appliquer les correctifs sûrs',
  '  --unsafe-fixes            appliquer aussi les correctifs suggérés (implique',
  '                            --fix)',
  '  --fix-dry-run             afficher les correctifs sous forme de diff unifié au',
  '                            lieu de les écrire',
  '  --locale <locale>         la langue des messages (par défaut : MPLAN_LOCALE,',
  '                            sinon LC_ALL, LC_MESSAGES, LANG, sinon en) (valeurs',
  '                            possibles : "en", "fr", "it")',
  '  -h, --help                afficher l’aide de la commande',
].join('\n');

const IT_HELP = [
  'Uso: mplan [options] [command]',
  '',
  'Piani di marketing come codice: trova dove le campagne a valle contraddicono le',
  'decisioni a monte.',
  '',
  'Opzioni:',
  '  -V, --version                mostra il numero di versione',
  '  -h, --help                   mostra l’aiuto del comando',
  '',
  'Comandi:',
  '  check [options] [paths...]   controlla file e cartelle di piani (predefinito:',
  '                               la cartella corrente)',
  '  report [options] [paths...]  scrivi il piano come una pagina HTML (riepilogo,',
  '                               cronologia, budget, mappa, segnalazioni) o un',
  '                               riepilogo Markdown',
  '  explain [options] <rule>     stampa la spiegazione di una regola',
  '  init [options] [folder]      scrivi un piano di esempio funzionante da cui',
  '                               partire (non sovrascrive mai un file)',
  '  rules [options]              elenca il catalogo delle regole',
  '  schema [options]             stampa il JSON Schema del formato dei piani (o,',
  '                               con --config, di mplan.config.yaml)',
  '  help [command]               mostra l’aiuto del comando',
].join('\n');

const IT_CHECK = [
  'Uso: mplan check [options] [paths...]',
  '',
  'controlla file e cartelle di piani (predefinito: la cartella corrente)',
  '',
  'Argomenti:',
  '  paths                     file di piani, cartelle o pattern glob (tra',
  '                            virgolette); - legge lo standard input',
  '',
  'Opzioni:',
  '  -f, --format <format>     formato di output (valori ammessi: "text", "json",',
  '                            "json-lines", "sarif", "github", "gitlab", "junit",',
  '                            predefinito: "text")',
  '  -o, --output-file <file>  scrivi il rapporto in un file invece che sullo',
  '                            standard output',
  '  -q, --quiet               segnala solo gli errori (gli avvisi contano comunque',
  '                            per --max-warnings)',
  '  --color                   colora l’output di testo anche fuori da un terminale',
  '  --no-color                non colorare mai l’output (come NO_COLOR)',
  '  --exclude <pattern>       salta i file e le cartelle che corrispondono a',
  '                            questo pattern in stile gitignore durante la visita',
  '                            delle cartelle (ripetibile) (predefinito: [])',
  '  --stdin-filename <path>   con -: il percorso che lo standard input rappresenta',
  '                            (il suo ambito e la sua configurazione si trovano da',
  '                            lì)',
  '  --baseline <file>         segnala solo le segnalazioni assenti da questo',
  '                            riferimento (scritto dalle segnalazioni attuali se',
  '                            manca)',
  '  --update-baseline         riscrivi il file --baseline dalle segnalazioni',
  '                            attuali',
  '  --exit-zero               esci con 0 anche se ci sono segnalazioni (2 indica',
  '                            comunque un errore di utilizzo o di I/O)',
  '  --max-warnings <n>        esci con 1 se ci sono più di n avvisi',
  '  --jobs <n>                thread che analizzano un piano grande (predefinito:',
  '                            tanti quanti i core, fino a 4; 1: un solo thread)',
  '  --fix                     applica le correzioni sicure',
  '  --unsafe-fixes            applica anche le correzioni suggerite (implica',
  '                            --fix)',
  '  --fix-dry-run             stampa le correzioni come diff unificato invece di',
  '                            scriverle',
  '  --locale <locale>         la lingua dei messaggi (predefinito: MPLAN_LOCALE,',
  '                            altrimenti LC_ALL, LC_MESSAGES, LANG, altrimenti en)',
  '                            (valori ammessi: "en", "fr", "it")',
  '  -h, --help                mostra l’aiuto del comando',
].join('\n');

describe("commander's help and usage errors in the reader's language", () => {
  it('English help is as it always was (mplan --help, mplan check --help)', () => {
    assert.deepEqual(mplan(['--help'], REPO), { code: 0, stdout: `${EN_HELP}\n`, stderr: '' });
    assert.deepEqual(mplan(['check', '--help'], REPO), { code: 0, stdout: `${EN_CHECK}\n`, stderr: '' });
    // A locale that is not one of ours, or none: English.
    assert.deepEqual(mplan(['--help'], REPO, { LANG: 'de_DE.UTF-8' }), { code: 0, stdout: `${EN_HELP}\n`, stderr: '' });
  });

  it('French help with --locale fr, before or after --help, or from LANG', () => {
    assert.deepEqual(mplan(['--help', '--locale', 'fr'], REPO), { code: 0, stdout: `${FR_HELP}\n`, stderr: '' });
    assert.deepEqual(mplan(['--locale=fr', '--help'], REPO), { code: 0, stdout: `${FR_HELP}\n`, stderr: '' });
    assert.deepEqual(mplan(['--help'], REPO, { LANG: 'fr_FR.UTF-8' }), { code: 0, stdout: `${FR_HELP}\n`, stderr: '' });
    assert.deepEqual(mplan(['check', '--help', '--locale', 'fr'], REPO), { code: 0, stdout: `${FR_CHECK}\n`, stderr: '' });
    // `help check` is the same help; no argument at all prints the program's help on stderr (as commander does, exit 0).
    assert.deepEqual(mplan(['help', 'check'], REPO, { MPLAN_LOCALE: 'fr' }), { code: 0, stdout: `${FR_CHECK}\n`, stderr: '' });
    assert.deepEqual(mplan([], REPO, { MPLAN_LOCALE: 'fr' }), { code: 0, stdout: '', stderr: `${FR_HELP}\n` });
  });

  it('Italian help from LANG or --locale it', () => {
    assert.deepEqual(mplan(['--help'], REPO, { LANG: 'it_IT.UTF-8' }), { code: 0, stdout: `${IT_HELP}\n`, stderr: '' });
    assert.deepEqual(mplan(['check', '--help'], REPO, { LANG: 'it_IT.UTF-8' }), { code: 0, stdout: `${IT_CHECK}\n`, stderr: '' });
    // --locale wins over the environment.
    assert.deepEqual(mplan(['check', '--help', '--locale', 'it'], REPO, { LANG: 'fr_FR.UTF-8' }), {
      code: 0,
      stdout: `${IT_CHECK}\n`,
      stderr: '',
    });
  });

  it('the version option is the same in every language', () => {
    assert.deepEqual(mplan(['--version', '--locale', 'fr'], REPO), { code: 0, stdout: '0.1.0\n', stderr: '' });
  });

  it('usage errors in French and Italian, exit 2 as in English, nothing on stdout', () => {
    const cases: Array<[string[], string, string]> = [
      [['check', '--x'], 'fr', "erreur : option inconnue '--x'\n"],
      [['check', '--fomat', 'text'], 'fr', "erreur : option inconnue '--fomat'\n(Vouliez-vous dire --format ?)\n"],
      [['chek'], 'it', "errore: comando sconosciuto 'chek'\n(Intendevi check?)\n"],
      [['explain'], 'fr', "erreur : argument obligatoire manquant 'rule'\n"],
      [['explain'], 'it', "errore: manca l’argomento obbligatorio 'rule'\n"],
      [['check', '--baseline'], 'fr', "erreur : il manque la valeur de l’option '--baseline <file>'\n"],
      [
        ['check', '--format', 'xml'],
        'fr',
        "erreur : la valeur 'xml' de l’option '-f, --format <format>' n’est pas valide. Valeurs possibles : text, json, json-lines, sarif, github, gitlab, junit.\n",
      ],
      [
        ['check', '--max-warnings', 'lots'],
        'it',
        "errore: il valore 'lots' dell’opzione '--max-warnings <n>' non è valido. è atteso un numero intero >= 0\n",
      ],
      [
        ['report', '--today', '1 March'],
        'fr',
        "erreur : la valeur '1 March' de l’option '--today <date>' n’est pas valide. une date AAAA-MM-JJ est attendue\n",
      ],
      [
        ['check', '--jobs', '0'],
        'fr',
        "erreur : la valeur '0' de l’option '--jobs <n>' n’est pas valide. un nombre entier de 1 à 64 est attendu\n",
      ],
      [
        ['report', '--jobs', 'many'],
        'it',
        "errore: il valore 'many' dell’opzione '--jobs <n>' non è valido. è atteso un numero intero da 1 a 64\n",
      ],
      [['rules', 'extra'], 'fr', "erreur : trop d’arguments pour 'rules' (attendus : 0, reçus : 1).\n"],
    ];
    for (const [args, locale, stderr] of cases)
      assert.deepEqual(mplan(args, REPO, { MPLAN_LOCALE: locale }), { code: 2, stdout: '', stderr }, args.join(' '));
    // The same through --locale on the command line.
    assert.deepEqual(mplan(['check', '--x', '--locale', 'fr'], REPO), { code: 2, stdout: '', stderr: "erreur : option inconnue '--x'\n" });
  });

  it('usage errors in English are commander’s own, exit 2', () => {
    const cases: Array<[string[], string]> = [
      [['check', '--x'], "error: unknown option '--x'\n"],
      [['check', '--fomat', 'text'], "error: unknown option '--fomat'\n(Did you mean --format?)\n"],
      [['explain'], "error: missing required argument 'rule'\n"],
      [['check', '--locale', 'de'], "error: option '--locale <locale>' argument 'de' is invalid. Allowed choices are en, fr, it.\n"],
      [['report', '--today', 'x'], "error: option '--today <date>' argument 'x' is invalid. expected a date YYYY-MM-DD\n"],
      [['check', '--jobs', '65'], "error: option '--jobs <n>' argument '65' is invalid. expected a whole number from 1 to 64\n"],
      [['check', '--jobs', '1.5'], "error: option '--jobs <n>' argument '1.5' is invalid. expected a whole number from 1 to 64\n"],
      [['rules', 'extra'], "error: too many arguments for 'rules'. Expected 0 arguments but got 1.\n"],
    ];
    for (const [args, stderr] of cases) assert.deepEqual(mplan(args, REPO), { code: 2, stdout: '', stderr }, args.join(' '));
  });

  it('several suggestions, and a message commander may add one day, stay readable', () => {
    assert.equal(
      commanderErrorIn("error: unknown option '--fi'\n(Did you mean one of --fix, --foo?)\n", 'it', HELP_WORDS.it),
      "errore: opzione sconosciuta '--fi'\n(Intendevi uno tra --fix, --foo?)\n",
    );
    assert.equal(
      commanderErrorIn("error: unknown option '--fi'\n(Did you mean one of --fix, --foo?)\n", 'fr', HELP_WORDS.fr),
      "erreur : option inconnue '--fi'\n(Vouliez-vous dire l’une de ces possibilités : --fix, --foo ?)\n",
    );
    assert.equal(commanderErrorIn('error: something new\n', 'fr', HELP_WORDS.fr), 'error: something new\n');
  });

  it('the locale is read ahead of parsing: a valid --locale before --, else the environment', () => {
    assert.equal(localeAhead(['check', '--locale', 'it'], { LANG: 'fr_FR.UTF-8' }), 'it');
    assert.equal(localeAhead(['check', '--locale=fr'], {}), 'fr');
    assert.equal(localeAhead(['check', '--locale', 'de'], { LANG: 'fr_FR.UTF-8' }), 'fr');
    assert.equal(localeAhead(['check', '--', '--locale', 'it'], {}), 'en');
  });
});
