/**
 * `mplan report [paths] [-o file] [--format html|md]`: the views of every
 * scope with a file under the given paths, as one HTML page or a Markdown
 * summary. Exit 0 when written, whatever the findings (`mplan check` is the
 * gate); 2 for a usage or I/O error, or when there is no plan file to report.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { displayPath } from '../display-path';
import { LoadError } from '../../engine/project/disk';
import { checkPaths } from '../../engine/project/check';
import { scopeViews } from '../../engine/views/scope-views';
import { escapeControls } from '../escape';
import type { ReportContext } from './report-context';
import { reportHtml } from './report-html';
import { reportMarkdown } from './report-markdown';
import type { Locale } from '../../engine/messages/locale';
import { reasonIn } from '../locales/reason-words';
import { localizeFindings } from '../../engine/messages/localize-findings';
import { CLI_WORDS, countOf, say } from '../locales/cli-words';
import { reportWords } from '../locales/report-words';

export interface ReportOptions {
  output?: string;
  format: 'html' | 'md';
  exclude: string[];
  jobs?: number;
  today?: string;
  locale: Locale;
}

export interface ReportIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

export function runReport(paths: readonly string[], opts: ReportOptions, io: ReportIo, version: string): number {
  const targets = paths.length ? [...paths] : ['.'];
  // The report shows no fixes: plans are read without keeping their trees.
  const result = checkPaths(targets, { exclude: opts.exclude, jobs: opts.jobs, fixes: false });
  const rel = (file: string): string => escapeControls(displayPath(file, io.cwd));
  const words = CLI_WORDS[opts.locale];
  for (const [file, reason] of [...result.project.loader.skipped].sort(([a], [b]) => (a < b ? -1 : 1)))
    io.err(`mplan: ${say(words.skipped, { file: rel(file), reason: reasonIn(reason, opts.locale) })}\n`);
  for (const e of result.internalErrors) io.err(`mplan: ${say(words.internalError, { error: escapeControls(e) })}\n`);
  const analyses = result.analyses.filter((a) => a.scope.files.some((f) => result.project.requested.has(f.path)));
  if (!analyses.length)
    throw new LoadError(`no plan files (*.mplan.yaml) in ${targets.map((t) => escapeControls(t)).join(', ')}: nothing to report`);
  const views = analyses.map((a) => scopeViews({ ...a, findings: localizeFindings(a.findings, opts.locale) }));
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const ctx: ReportContext = { cwd: io.cwd, today, version, locale: opts.locale, words: reportWords(opts.locale) };
  const text = opts.format === 'md' ? reportMarkdown(views, ctx) : reportHtml(views, ctx);
  if (opts.output === undefined) {
    io.out(text);
    return 0;
  }
  const file = path.resolve(io.cwd, opts.output);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new LoadError(
      `cannot write ${rel(file)}: ${code === 'EEXIST' || code === 'ENOTDIR' ? 'a file stands where a folder is needed' : (code ?? 'I/O error')}`,
    );
  }
  const campaigns = views.reduce((n, v) => n + v.timeline.campaigns.length, 0);
  const findings = views.reduce((n, v) => n + v.findings.length, 0);
  const counts = { plans: countOf(views.length, words.plans), campaigns: countOf(campaigns, words.campaigns) };
  io.err(`${say(words.wrote, { file: rel(file), ...counts, findings: countOf(findings, words.findings) })}\n`);
  return 0;
}
