/** Every output format of `mplan check`, by name: one place that maps a format to its renderer. */
import type { Finding } from '../engine/findings';
import type { Locale } from '../engine/messages/locale';
import { formatText } from './format-text';
import { formatJson, formatJsonLines } from './format-json';
import { formatSarif } from './format-sarif';
import { formatGithub } from './format-github';
import { formatGitlab } from './format-gitlab';
import { formatJunit } from './format-junit';

export const FORMATS = ['text', 'json', 'json-lines', 'sarif', 'github', 'gitlab', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderContext {
  cwd: string;
  color: boolean;
  /** How many files were checked (the summary line). */
  fileCount: number;
  /** The files checked (JUnit lists clean files as passing cases). */
  files: readonly string[];
  version: string;
  /** The language of the summary line (messages are localized before rendering). */
  locale?: Locale;
}

/** True for the outputs that show each finding's fixes (the others are checked without computing any: `LoadOptions.fixes`). */
export function showsFixes(format: Format): boolean {
  return format === 'json' || format === 'json-lines';
}

export function renderFindings(format: Format, findings: readonly Finding[], ctx: RenderContext): string {
  switch (format) {
    case 'json':
      return formatJson(findings, ctx.cwd);
    case 'json-lines':
      return formatJsonLines(findings, ctx.cwd);
    case 'sarif':
      return formatSarif(findings, ctx.cwd, ctx.version);
    case 'github':
      return formatGithub(findings, ctx.cwd, ctx.fileCount, ctx.locale);
    case 'gitlab':
      return formatGitlab(findings, ctx.cwd);
    case 'junit':
      return formatJunit(findings, ctx.cwd, ctx.files);
    case 'text':
      return formatText(findings, ctx.cwd, ctx.color, ctx.fileCount, ctx.locale);
  }
}
