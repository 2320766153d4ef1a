/** `mplan report --format md`: a Markdown summary of each plan for a pull request. Every plan text is escaped. */
import { displayPath } from '../display-path';
import type { Severity } from '../../engine/findings';
import type { BudgetLine, ScopeViews } from '../../engine/views/types';
import { escapeControls } from '../escape';
import { countsText, placeText, type ReportContext } from './report-context';

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

export function reportMarkdown(scopes: readonly ScopeViews[], ctx: ReportContext): string {
  return `${scopes.map((v) => scopeMarkdown(v, ctx)).join('\n')}`;
}

function scopeMarkdown(v: ScopeViews, ctx: ReportContext): string {
  const b = v.budget;
  const cur = b.currency;
  const w = ctx.words;
  const money = w.money;
  const t = (english: string, values?: Readonly<Record<string, string | number>>): string => w.t(english, values);
  const out: string[] = [];
  out.push(`## ${md(v.plan?.name ?? t('Plan files without a plan in {root}', { root: displayPath(v.root, ctx.cwd) || '.' }))}`, '');
  out.push('| | |', '|---|---|');
  out.push(
    `| ${t('Period')} | ${v.plan?.period ? t('{start} to {end}', { start: v.plan.period.start, end: v.plan.period.end }) : t('not set')} |`,
  );
  out.push(`| ${t('Plan budget')} | ${b.planBudget ? md(money(b.planBudget, cur)) : t('not set')} |`);
  const rest = b.remaining
    ? b.over
      ? ` (**${t('over by {amount}', { amount: md(money({ cents: -b.remaining.cents, text: b.remaining.text.replace(/^-/, '') }, cur)) })}**)`
      : ` (${t('{amount} left', { amount: md(money(b.remaining, cur)) })})`
    : '';
  out.push(`| ${t('Campaign budgets')} | ${md(money(b.total, cur))}${rest} |`);
  if (v.plan?.mission) out.push(`| ${t('Mission')} | ${md(v.plan.mission)} |`);
  out.push(`| ${t('Campaigns')} | ${v.timeline.campaigns.length} |`);
  out.push(`| ${t('Findings')} | ${countsText(v.counts, w)} |`, '');
  if (v.timeline.campaigns.length) {
    const head = ['Campaign', 'Start', 'End', 'Budget', 'Findings'].map((h) => t(h)).join(' | ');
    out.push(`### ${t('Campaigns')}`, '', `| ${head} |`, '|---|---|---|---:|---|');
    for (const c of v.timeline.campaigns) {
      const codes = [...new Set(c.findings.map((f) => f.code))].join(' ');
      out.push(
        `| ${md(c.entity.label)} (${md(c.entity.id)}) | ${c.schedule?.start ?? '-'} | ${c.schedule?.end ?? '-'} | ${c.budget ? md(money(c.budget, cur)) : t('none')} | ${countsText(c.counts, w)}${codes ? `: ${codes}` : ''} |`,
      );
    }
    out.push('');
  }
  const table = (title: string, what: string, lines: readonly BudgetLine[]): void => {
    if (!lines.length) return;
    out.push(`### ${t(title)}`, '', `| ${t(what)} | ${t('Budget')} |`, '|---|---:|');
    for (const l of lines) out.push(`| ${md(l.label)}${l.shared ? t(' (shared)') : ''} | ${md(money(l.amount, cur))} |`);
    out.push('');
  };
  table('Budget by segment', 'Segment', b.bySegment);
  table('Budget by channel', 'Channel', b.byChannel);
  if (b.splits.length) out.push(t('A campaign with several segments or channels gives each an equal share (shared).'), '');
  if (b.withoutBudget.length)
    out.push(t('Campaigns without a budget: {ids}.', { ids: b.withoutBudget.map((e) => md(e.id)).join(', ') }), '');
  out.push(`### ${t('Findings')}`, '');
  if (!v.findings.length) out.push(t('No findings.'), '');
  for (const s of SEVERITIES) {
    const these = v.findings.filter((f) => f.severity === s);
    if (!these.length) continue;
    out.push(`**${t(HEADINGS[s])} (${these.length})**`, '');
    for (const f of these)
      out.push(
        `- ${t('{code} {name} at {place}: {message}', { code: f.code, name: md(f.name), place: md(placeText(f.place, ctx.cwd)), message: md(f.message) })}`,
      );
    out.push('');
  }
  return out.join('\n');
}
