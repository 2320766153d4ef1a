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

export interface ReportOptions {
  output?: string;
  format: 'html' | 'md';
  exclude: string[];
  today?: string;
}

export interface ReportIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function runReport(paths: readonly string[], opts: ReportOptions, io: ReportIo, version: string): number {
  const targets = paths.length ? [...paths] : ['.'];
  const result = checkPaths(targets, { exclude: opts.exclude });
  const rel = (file: string): string => escapeControls(displayPath(file, io.cwd));
  for (const [file, reason] of [...result.project.loader.skipped].sort(([a], [b]) => (a < b ? -1 : 1)))
    io.err(`mplan: skipped ${rel(file)}: ${reason}\n`);
  for (const e of result.internalErrors) io.err(`mplan: internal error: ${escapeControls(e)}\n`);
  const analyses = result.analyses.filter((a) => a.scope.files.some((f) => result.project.requested.has(f.path)));
  if (!analyses.length)
    throw new LoadError(`no plan files (*.mplan.yaml) in ${targets.map((t) => escapeControls(t)).join(', ')}: nothing to report`);
  const views = analyses.map(scopeViews);
  const ctx: ReportContext = { cwd: io.cwd, today: opts.today ?? new Date().toISOString().slice(0, 10), version };
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
  io.err(`Wrote ${rel(file)}: ${plural(views.length, 'plan')}, ${plural(campaigns, 'campaign')}, ${plural(findings, 'finding')}\n`);
  return 0;
}
