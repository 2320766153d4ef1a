/** The `mplan` CLI: check, report, explain, rules, schema. Exit 0 clean, 1 findings, 2 usage or I/O error. */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { decodeText, LoadError } from '../engine/project/disk';
import { checkPaths, type CheckResult } from '../engine/project/check';
import { findRule, RULES } from '../engine/rules/registry';
import { docsUrl } from '../engine/rules/docs-url';
import { configJsonSchemaText, planJsonSchemaText } from '../../../schemas/json-schema';
import { renderFindings, showsFixes, FORMATS, type Format } from './formats';
import { findingLine } from './format-text';
import { escapeControls } from './escape';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixPaths, unifiedDiff } from './fix-files';
import { displayPath } from './display-path';
import { initPlan } from './init-plan';
import { applyBaseline, baselineOf, readBaseline, writeBaseline } from './baseline';
import type { Finding } from '../engine/findings';
import { LOCALES, localeFromEnv, type Locale } from '../engine/messages/locale';
import { ruleTextIn } from '../engine/messages/rule-texts';
import { parseDate } from '../engine/model/dates';
import { runReport, type ReportOptions } from './report/run-report';
import { ruleDetailsIn } from './locales/rule-details';
import { byCount, CLI_WORDS, countOf, say, type CliWords } from './locales/cli-words';
import { HELP_WORDS, type HelpWords } from './locales/help-words';
import { reasonIn } from './locales/reason-words';
import { localizeFindings } from '../engine/messages/localize-findings';
import { commanderErrorIn, helpConfiguration, localeAhead } from './help-locale';

const VERSION = '0.1.0';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Standard input, for `mplan check -` (raw bytes). */
  readStdin?(): Uint8Array;
  /** Called by `--fix` between computing the fixes and writing a file (the in-process API; tests). */
  beforeFixWrite?: (file: string) => void;
}

function useColor(io: Io, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}

function parseDay(words: HelpWords): (value: string) => string {
  return (value) => {
    if (!parseDate(value)) throw new InvalidArgumentError(words.expectedDate);
    return value;
  };
}

function parseCount(words: HelpWords): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(words.expectedCount);
    return n;
  };
}

/** `--jobs`: 1 to 64 threads (more would only wait on each other). */
function parseThreads(words: HelpWords): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1 || n > 64) throw new InvalidArgumentError(words.expectedThreads);
    return n;
  };
}

interface CheckOptions {
  format: Format;
  outputFile?: string;
  quiet?: boolean;
  color?: boolean;
  exitZero?: boolean;
  baseline?: string;
  exclude: string[];
  stdinFilename?: string;
  updateBaseline?: boolean;
  maxWarnings?: number;
  jobs?: number;
  fix?: boolean;
  unsafeFixes?: boolean;
  fixDryRun?: boolean;
  locale?: Locale;
}

function exitCodeFor(findings: readonly Finding[], maxWarnings: number | undefined): number {
  const live = findings.filter((f) => !f.suppressed);
  if (live.some((f) => f.severity === 'error')) return 1;
  if (maxWarnings !== undefined && live.filter((f) => f.severity === 'warning').length > maxWarnings) return 1;
  return 0;
}

/** Why the exit code is 1 when the output alone does not say it (stderr). */
function explainExit(findings: readonly Finding[], opts: CheckOptions, io: Io, fixedFiles: number, words: CliWords): void {
  const live = findings.filter((f) => !f.suppressed);
  const errors = live.filter((f) => f.severity === 'error');
  const warnings = live.filter((f) => f.severity === 'warning');
  const overWarnings = opts.maxWarnings !== undefined && warnings.length > opts.maxWarnings;
  if (opts.fixDryRun && opts.format === 'text' && (errors.length || overWarnings)) {
    // The diff is all stdout holds: say which findings would remain.
    const remaining = errors.length ? errors : warnings;
    const what = countOf(remaining.length, errors.length ? words.errors : words.warnings);
    io.err(`${say(fixedFiles ? words.afterFixes : byCount(remaining.length, words.noFix), { what })}\n`);
    for (const f of remaining) io.err(`${findingLine(f, io.cwd)}\n`);
    if (errors.length) {
      const suggested = opts.unsafeFixes ? 0 : errors.filter((f) => f.fixes.length).length;
      const hint = suggested ? say(words.unsafeHint, { n: String(suggested) }) : '';
      const said = say(fixedFiles ? words.remainAfterFixes : words.cannotFixSafely, { errors: countOf(errors.length, words.errors), hint });
      io.err(`mplan: ${said}\n`);
    }
  }
  if (overWarnings)
    io.err(`mplan: ${say(words.maxWarnings, { warnings: countOf(warnings.length, words.warnings), max: String(opts.maxWarnings) })}\n`);
}

/** `-` among the paths: standard input stands in for the file --stdin-filename names (its scope found from there). */
function stdinTargets(paths: string[], opts: CheckOptions, io: Io, words: CliWords): { targets: string[]; overlay: Map<string, string> } {
  const overlay = new Map<string, string>();
  if (!paths.includes('-')) {
    if (opts.stdinFilename !== undefined) throw new LoadError(words.stdinWithoutDash);
    return { targets: paths.length ? paths : ['.'], overlay };
  }
  if (opts.stdinFilename === undefined) throw new LoadError(words.dashWithoutName);
  if (opts.fix || opts.unsafeFixes) throw new LoadError(words.fixStdin);
  const file = path.resolve(io.cwd, opts.stdinFilename);
  const read = decodeText(io.readStdin ? io.readStdin() : new Uint8Array());
  if (!read.ok) throw new LoadError(`standard input: ${read.reason}`);
  overlay.set(file, read.text);
  return { targets: paths.map((p) => (p === '-' ? file : p)), overlay };
}

function runCheck(paths: string[], opts: CheckOptions, io: Io): number {
  const locale = opts.locale ?? localeFromEnv(io.env);
  const words = CLI_WORDS[locale];
  const { targets, overlay } = stdinTargets(paths, opts, io, words);
  const load = { overlay, exclude: opts.exclude, jobs: opts.jobs };
  const rel = (file: string): string => escapeControls(displayPath(file, io.cwd));
  let result: CheckResult;
  let ioFailed = false;
  let fixedFiles = 0;
  if (opts.fix || opts.fixDryRun || opts.unsafeFixes) {
    const outcome = fixPaths(targets, !!opts.unsafeFixes, !opts.fixDryRun, { beforeWrite: io.beforeFixWrite }, load);
    if (opts.fixDryRun) {
      io.out(unifiedDiff(outcome.changed, io.cwd));
      io.err(`${say(words.dryRun, { files: countOf(outcome.changed.size, words.files) })}\n`);
      fixedFiles = outcome.changed.size;
    } else {
      const failed = new Set(outcome.notWritten.map((n) => n.file));
      const names = [...outcome.changed.keys()]
        .filter((f) => !failed.has(f))
        .map(rel)
        .sort();
      if (names.length) io.err(`${say(words.fixed, { files: countOf(names.length, words.files), names: names.join(', ') })}\n`);
      for (const n of outcome.notWritten)
        io.err(`mplan: ${say(words.notFixed, { file: rel(n.file), reason: reasonIn(n.reason, locale) })}\n`);
      ioFailed = outcome.notWritten.length > 0;
    }
    // What is reported must be what is on disk: check again when a file was left as it was.
    result = ioFailed ? checkPaths(targets, load) : outcome.result;
  } else result = checkPaths(targets, { ...load, fixes: showsFixes(opts.format) });
  for (const [file, reason] of [...result.project.loader.skipped].sort(([a], [b]) => (a < b ? -1 : 1)))
    io.err(`mplan: ${say(words.skipped, { file: rel(file), reason: reasonIn(reason, locale) })}\n`);
  for (const e of result.internalErrors) io.err(`mplan: ${say(words.internalError, { error: escapeControls(e) })}\n`);
  let findings = result.findings;
  if (opts.baseline !== undefined) findings = withBaseline(findings, result, opts, io, words);
  else if (opts.updateBaseline) throw new LoadError(words.updateBaselineAlone);
  if (!opts.fixDryRun || opts.format !== 'text') {
    const shown = localizeFindings(opts.quiet ? findings.filter((f) => f.severity === 'error') : findings, locale);
    const toFile = opts.outputFile !== undefined;
    const color = !toFile && useColor(io, opts.color);
    const files = [...result.project.requested];
    const text = renderFindings(opts.format, shown, { cwd: io.cwd, color, fileCount: files.length, files, version: VERSION, locale });
    if (toFile) writeOutputFile(path.resolve(io.cwd, opts.outputFile ?? ''), text);
    else io.out(text);
  }
  explainExit(findings, opts, io, fixedFiles, words);
  // A file left unwritten is an I/O failure, whatever the findings.
  if (ioFailed) return 2;
  return opts.exitZero ? 0 : exitCodeFor(findings, opts.maxWarnings);
}

/** `--baseline FILE`: written from today's findings when missing (or with --update-baseline); the findings it covers are marked suppressed. */
function withBaseline(findings: Finding[], result: CheckResult, opts: CheckOptions, io: Io, words: CliWords): Finding[] {
  const file = path.resolve(io.cwd, opts.baseline ?? '');
  const shown = escapeControls(displayPath(file, io.cwd));
  if (opts.updateBaseline || !fs.existsSync(file)) {
    const data = baselineOf(findings, result.analyses, file);
    writeBaseline(file, data);
    const n = Object.values(data.findings).reduce((a, byKey) => a + Object.values(byKey).reduce((x, y) => x + y, 0), 0);
    io.err(`mplan: ${say(words.baselineWritten, { file: shown, findings: countOf(n, words.findings) })}\n`);
  }
  const outcome = applyBaseline(findings, result.analyses, file, readBaseline(file));
  if (outcome.matched)
    io.err(
      `mplan: ${say(byCount(outcome.matched, words.baselineMatched), { findings: countOf(outcome.matched, words.findings), file: shown })}\n`,
    );
  if (outcome.stale) io.err(`mplan: ${say(byCount(outcome.stale, words.baselineStale), { n: String(outcome.stale) })}\n`);
  return outcome.findings;
}

/** `-o FILE`: the report goes to FILE (its folder is created), nothing to stdout. */
function writeOutputFile(file: string, text: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  } catch (e) {
    throw new LoadError(`cannot write ${escapeControls(file)}: ${(e as NodeJS.ErrnoException).code ?? 'I/O error'}`);
  }
}

function runExplain(word: string, locale: Locale, io: Io): number {
  const rule = findRule(word);
  const words = CLI_WORDS[locale];
  if (!rule) {
    io.err(`mplan: ${say(words.unknownRule, { rule: escapeControls(word) })}\n`);
    return 2;
  }
  const m = rule.meta;
  const text = ruleTextIn(m, locale);
  const details = ruleDetailsIn(m, locale);
  const lines = [
    `${m.code} ${m.name} (${m.severity}, ${m.group})`,
    '',
    text.summary,
    '',
    text.explanation,
    '',
    `${words.place}${words.colon}${details.place}`,
    `${words.quickFixes}${words.colon}${details.fixes.length ? details.fixes.join('; ') : words.none}`,
    `${words.docs}${words.colon}${docsUrl(m, locale)}`,
  ];
  io.out(`${lines.join('\n')}\n`);
  return 0;
}

function runRules(io: Io, locale: Locale): number {
  const width = Math.max(...RULES.map((r) => r.meta.name.length));
  const lines = RULES.map(
    (r) => `${r.meta.code}  ${r.meta.name.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${ruleTextIn(r.meta, locale).summary}`,
  );
  io.out(`${lines.join('\n')}\n`);
  return 0;
}

function localeOption(what: string, words: HelpWords): Option {
  return new Option('--locale <locale>', say(words.locale, { what })).choices([...LOCALES]);
}

export function main(argv: readonly string[], io: Io): number {
  let code = 0;
  // The help and commander's errors speak the language asked for, known before parsing.
  const ahead = localeAhead(argv, io.env);
  const h = HELP_WORDS[ahead];
  const collect = (v: string, all: string[]): string[] => [...all, v];
  const program = new Command();
  program
    .name('mplan')
    .description(h.program)
    .version(VERSION, '-V, --version', h.version)
    .helpOption('-h, --help', h.help)
    .helpCommand('help [command]', h.help)
    .configureHelp(helpConfiguration(h))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: (s, write) => write(commanderErrorIn(s, ahead, h)),
    })
    .showHelpAfterError(false);

  program
    .command('check')
    .description(h.check)
    .argument('[paths...]', h.checkPaths)
    .addOption(new Option('-f, --format <format>', h.format).choices([...FORMATS]).default('text'))
    .option('-o, --output-file <file>', h.outputFile)
    .option('-q, --quiet', h.quiet)
    .option('--color', h.color)
    .option('--no-color', h.noColor)
    .option('--exclude <pattern>', h.exclude, collect, [])
    .option('--stdin-filename <path>', h.stdinFilename)
    .option('--baseline <file>', h.baseline)
    .option('--update-baseline', h.updateBaseline)
    .option('--exit-zero', h.exitZero)
    .option('--max-warnings <n>', h.maxWarnings, parseCount(h))
    .option('--jobs <n>', h.jobs, parseThreads(h))
    .option('--fix', h.fix)
    .option('--unsafe-fixes', h.unsafeFixes)
    .option('--fix-dry-run', h.fixDryRun)
    .addOption(localeOption(h.messagesLanguage, h))
    .action((paths: string[], opts: CheckOptions) => {
      code = runCheck(paths, opts, io);
    });
  program
    .command('report')
    .description(h.report)
    .argument('[paths...]', h.reportPaths)
    .option('-o, --output <file>', h.reportOutput)
    .addOption(new Option('--format <format>', h.reportFormat).choices(['html', 'md']).default('html'))
    .option('--exclude <pattern>', h.exclude, collect, [])
    .option('--today <date>', h.today, parseDay(h))
    .option('--jobs <n>', h.jobs, parseThreads(h))
    .addOption(localeOption(h.reportLanguage, h))
    .action((paths: string[], opts: Omit<ReportOptions, 'locale'> & { locale?: Locale }) => {
      code = runReport(paths, { ...opts, locale: opts.locale ?? localeFromEnv(io.env) }, io, VERSION);
    });
  program
    .command('explain')
    .description(h.explain)
    .argument('<rule>', h.rule)
    .addOption(localeOption(h.explanationLanguage, h))
    .action((word: string, opts: { locale?: Locale }) => {
      code = runExplain(word, opts.locale ?? localeFromEnv(io.env), io);
    });
  program
    .command('init')
    .description(h.init)
    .argument('[folder]', h.folder)
    .addOption(localeOption(h.messagesLanguage, h))
    .action((folder: string | undefined, opts: { locale?: Locale }) => {
      const words = CLI_WORDS[opts.locale ?? localeFromEnv(io.env)];
      const file = initPlan(path.resolve(io.cwd, folder ?? '.'));
      const rel = displayPath(file, io.cwd);
      const command = `mplan check ${displayPath(path.dirname(file), io.cwd) || '.'}`;
      io.out(`${say(words.created, { file: rel })}\n${say(words.checkIt, { command })}\n`);
    });
  program
    .command('rules')
    .description(h.rules)
    .addOption(localeOption(h.summariesLanguage, h))
    .action((opts: { locale?: Locale }) => {
      code = runRules(io, opts.locale ?? localeFromEnv(io.env));
    });
  program
    .command('schema')
    .description(h.schema)
    .option('--config', h.config)
    .action((opts: { config?: boolean }) => {
      io.out(opts.config ? configJsonSchemaText(RULES.map((r) => r.meta)) : planJsonSchemaText());
    });

  try {
    program.parse([...argv], { from: 'user' });
    if (argv.length === 0) {
      io.out(program.helpInformation());
      return 2;
    }
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof LoadError) {
      io.err(`mplan: ${escapeControls(reasonIn(e.message, ahead))}\n`);
      return 2;
    }
    io.err(`mplan: ${say(CLI_WORDS[ahead].internalError, { error: escapeControls(e instanceof Error ? e.message : String(e)) })}\n`);
    return 2;
  }
}
