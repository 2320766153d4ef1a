/** `mplan report --format md`: a Markdown summary of each plan for a pull request. Every plan text is escaped. */
import { displayPath } from '../display-path';
import type { Severity } from '../../engine/findings';
import type { BudgetLine, ScopeViews, SeverityCounts } from '../../engine/views/types';
import { escapeControls } from '../escape';
import { money, placeText, type ReportContext } from './report-context';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Infos', hint: 'Hints' };

/** Text that Markdown shows as written: line breaks become spaces, markup characters are escaped. */
function md(text: string): string {
  return escapeControls(text.replace(/\r\n|\r|\n/g, ' '))
    .replace(/[\\`*_[\]|~#]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function countsText(c: SeverityCounts): string {
  const parts = SEVERITIES.filter((s) => c[s]).map((s) => `${c[s]} ${s}${c[s] === 1 ? '' : 's'}`);
  return parts.length ? parts.join(', ') : 'none';
}

export function reportMarkdown(scopes: readonly ScopeViews[], ctx: ReportContext): string {
  return `${scopes.map((v) => scopeMarkdown(v, ctx)).join('\n')}`;
}

function scopeMarkdown(v: ScopeViews, ctx: ReportContext): string {
  const b = v.budget;
  const cur = b.currency;
  const out: string[] = [];
  out.push(`## ${md(v.plan?.name ?? `Plan files without a plan in ${displayPath(v.root, ctx.cwd) || '.'}`)}`, '');
  out.push('| | |', '|---|---|');
  out.push(`| Period | ${v.plan?.period ? `${v.plan.period.start} to ${v.plan.period.end}` : 'not set'} |`);
  out.push(`| Plan budget | ${b.planBudget ? md(money(b.planBudget, cur)) : 'not set'} |`);
  const rest = b.remaining
    ? b.over
      ? ` (**over by ${md(money({ cents: -b.remaining.cents, text: b.remaining.text.replace(/^-/, '') }, cur))}**)`
      : ` (${md(money(b.remaining, cur))} left)`
    : '';
  out.push(`| Campaign budgets | ${md(money(b.total, cur))}${rest} |`);
  if (v.plan?.mission) out.push(`| Mission | ${md(v.plan.mission)} |`);
  out.push(`| Campaigns | ${v.timeline.campaigns.length} |`);
  out.push(`| Findings | ${countsText(v.counts)} |`, '');
  if (v.timeline.campaigns.length) {
    out.push('### Campaigns', '', '| Campaign | Start | End | Budget | Findings |', '|---|---|---|---:|---|');
    for (const c of v.timeline.campaigns) {
      const codes = [...new Set(c.findings.map((f) => f.code))].join(' ');
      out.push(
        `| ${md(c.entity.label)} (${md(c.entity.id)}) | ${c.schedule?.start ?? '-'} | ${c.schedule?.end ?? '-'} | ${c.budget ? md(money(c.budget, cur)) : 'none'} | ${countsText(c.counts)}${codes ? `: ${codes}` : ''} |`,
      );
    }
    out.push('');
  }
  const table = (title: string, what: string, lines: readonly BudgetLine[]): void => {
    if (!lines.length) return;
    out.push(`### ${title}`, '', `| ${what} | Budget |`, '|---|---:|');
    for (const l of lines) out.push(`| ${md(l.label)}${l.shared ? ' (shared)' : ''} | ${md(money(l.amount, cur))} |`);
    out.push('');
  };
  table('Budget by segment', 'Segment', b.bySegment);
  table('Budget by channel', 'Channel', b.byChannel);
  if (b.splits.length) out.push('A campaign with several segments or channels gives each an equal share (shared).', '');
  if (b.withoutBudget.length) out.push(`Campaigns without a budget: ${b.withoutBudget.map((e) => md(e.id)).join(', ')}.`, '');
  out.push('### Findings', '');
  if (!v.findings.length) out.push('No findings.', '');
  for (const s of SEVERITIES) {
    const these = v.findings.filter((f) => f.severity === s);
    if (!these.length) continue;
    out.push(`**${HEADINGS[s]} (${these.length})**`, '');
    for (const f of these) out.push(`- ${f.code} ${md(f.name)} at ${md(placeText(f.place, ctx.cwd))}: ${md(f.message)}`);
    out.push('');
  }
  return out.join('\n');
}
