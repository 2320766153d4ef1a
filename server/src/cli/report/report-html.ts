/**
 * `mplan report`: one self-contained HTML file (inline CSS, script and SVG;
 * a Content-Security-Policy that allows nothing from the network) with, per
 * scope, the plan's summary, the timeline, the budget, the map and every finding.
 */
import { createHash } from 'node:crypto';
import type { ScopeViews } from '../../engine/views/types';
import { budgetHtml } from '../../../../shared/views-draw/budget-html';
import { findingsHtml } from './findings-html';
import { anchor, html } from '../../../../shared/views-draw/html-text';
import { mapSvg } from './map-svg';
import { countsText, type ReportContext } from './report-context';
import { REPORT_SCRIPT } from './report-script';
import { REPORT_CSS } from './report-style';
import { timelineSvg } from '../../../../shared/views-draw/timeline-svg';
import type { DrawWords } from '../../../../shared/views-draw/draw-words';

const MILESTONE_WORDS = {
  'research-completed': 'Research completed',
  'product-available': 'Product available',
  'initiative-due': 'Initiative due',
} as const;
const SIGN_OFF_WORDS = { salesReview: 'sales review', pretest: 'pretest', compliance: 'compliance' } as const;

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function titleOf(v: ScopeViews, ctx: ReportContext): string {
  return v.plan?.name ?? ctx.words.t('Plan files without a plan in {root}', { root: v.root });
}

export function reportHtml(scopes: readonly ScopeViews[], ctx: ReportContext): string {
  const w = ctx.words;
  const title = scopes.length === 1 ? titleOf(scopes[0], ctx) : w.t('{n} marketing plans', { n: scopes.length });
  const csp = `default-src 'none'; style-src ${hash(REPORT_CSS)}; script-src ${hash(REPORT_SCRIPT)}; img-src data:`;
  const ids = scopes.map((v, i) => anchor('plan', v.plan?.entity.id ?? 'scope', String(i + 1)));
  const toc =
    scopes.length > 1
      ? `<nav class="toc" aria-label="${html(w.t('Plans'))}"><ul>${scopes.map((v, i) => `<li><a href="#${ids[i]}">${html(titleOf(v, ctx))}</a></li>`).join('')}</ul></nav>`
      : '';
  return [
    '<!doctype html>',
    `<html lang="${ctx.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${html(w.t('{title}: marketing plan report', { title }))}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<header class="page">${html(w.t('Marketing plan report by mplan {version}, {today}', { version: ctx.version, today: ctx.today }))}</header>`,
    toc,
    '<main>',
    ...scopes.map((v, i) => scopeHtml(v, ids[i], ctx)),
    '</main>',
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function scopeHtml(v: ScopeViews, id: string, ctx: ReportContext): string {
  const b = v.budget;
  const p = v.plan;
  const w = ctx.words;
  const money = w.money;
  const t = (english: string): string => html(w.t(english));
  const rows: Array<[string, string]> = [];
  rows.push(['Period', p?.period ? w.t('{start} to {end}', { start: p.period.start, end: p.period.end }) : w.t('not set')]);
  rows.push(['Plan budget', b.planBudget ? money(b.planBudget, b.currency) : w.t('not set')]);
  rows.push(['Campaign budgets', money(b.total, b.currency)]);
  if (b.remaining)
    rows.push([
      b.over ? 'Over budget by' : 'Left to allocate',
      money({ cents: Math.abs(b.remaining.cents), text: b.remaining.text.replace(/^-/, '') }, b.currency),
    ]);
  if (p?.mission) rows.push(['Mission', p.mission]);
  if (p?.identity) rows.push(['Identity', p.identity]);
  rows.push(['Campaigns', String(v.timeline.campaigns.length)]);
  rows.push(['Findings', countsText(v.counts, w)]);
  const summary = `<dl class="summary">${rows.map(([k, val]) => `<dt>${t(k)}</dt><dd${k === 'Over budget by' ? ' class="over-text"' : ''}>${html(val)}</dd>`).join('')}</dl>`;
  return [
    `<section class="scope" id="${id}" aria-labelledby="${id}-title">`,
    `<h1 id="${id}-title">${html(titleOf(v, ctx))}</h1>`,
    summary,
    `<section class="part" aria-labelledby="${id}-timeline"><h2 id="${id}-timeline">${t('Timeline')}</h2>`,
    `<figure>${timelineSvg(v.timeline, ctx.today, { words: w })}<figcaption>${t("Bars are campaign schedules, dots their sign-offs, diamonds the upstream milestones; a dashed line in a severity's colour joins a campaign to the upstream decision it contradicts.")}</figcaption></figure>`,
    milestoneTable(v, w),
    campaignTable(v, w),
    '</section>',
    `<section class="part" aria-labelledby="${id}-budget"><h2 id="${id}-budget">${t('Budget')}</h2>`,
    budgetHtml(v.budget, id, w),
    '</section>',
    `<section class="part" aria-labelledby="${id}-map"><h2 id="${id}-map">${t('Plan map')}</h2>`,
    `<figure>${mapSvg(v.map, w)}<figcaption>${t("Upstream decisions flow left to right into campaigns (ordered by start date); a box or flow in a severity's colour holds a finding.")}</figcaption></figure>`,
    flowTable(v, w),
    '</section>',
    `<section class="part" aria-labelledby="${id}-findings"><h2 id="${id}-findings">${t('Findings')}</h2>`,
    findingsHtml(v, id, ctx),
    '</section>',
    '</section>',
  ].join('\n');
}

function milestoneTable(v: ScopeViews, w: DrawWords): string {
  const t = (english: string): string => html(w.t(english));
  if (!v.timeline.milestones.length) return '';
  const body = v.timeline.milestones
    .map(
      (m) =>
        `<tr><td>${m.date}</td><td>${t(MILESTONE_WORDS[m.kind])}</td><td>${html(m.entity.label)} <code>${html(m.entity.id)}</code></td></tr>`,
    )
    .join('');
  return `<table><caption>${t('Upstream milestones')}</caption><thead><tr><th scope="col">${t('Date')}</th><th scope="col">${t('Milestone')}</th><th scope="col">${t('Of')}</th></tr></thead><tbody>${body}</tbody></table>`;
}

function campaignTable(v: ScopeViews, w: DrawWords): string {
  const t = (english: string): string => html(w.t(english));
  if (!v.timeline.campaigns.length) return `<p class="empty">${t('No campaigns.')}</p>`;
  const money = w.money;
  const cur = v.budget.currency;
  const body = v.timeline.campaigns
    .map((c) => {
      const total = c.counts.error + c.counts.warning + c.counts.info + c.counts.hint;
      const found = total ? countsText(c.counts, w) : '';
      const codes = [...new Set(c.findings.map((f) => f.code))].join(' ');
      return `<tr><th scope="row">${html(c.entity.label)} <code>${html(c.entity.id)}</code></th><td>${t(c.status)}</td><td>${c.schedule?.start ?? '-'}</td><td>${c.schedule?.end ?? '-'}</td><td class="num">${c.budget ? html(money(c.budget, cur)) : t('none')}</td><td>${html(c.signOffs.map((s) => `${w.t(SIGN_OFF_WORDS[s.kind])} ${s.date}`).join(', ')) || t('none')}</td><td>${found ? `${html(found)}: ${html(codes)}` : t('none')}</td></tr>`;
    })
    .join('');
  return `<table><caption>${t('Campaigns by start date')}</caption><thead><tr><th scope="col">${t('Campaign')}</th><th scope="col">${t('Status')}</th><th scope="col">${t('Start')}</th><th scope="col">${t('End')}</th><th scope="col" class="num">${t('Budget')}</th><th scope="col">${t('Sign-offs')}</th><th scope="col">${t('Findings')}</th></tr></thead><tbody>${body}</tbody></table>`;
}

function flowTable(v: ScopeViews, w: DrawWords): string {
  const t = (english: string, values?: Readonly<Record<string, string | number>>): string => html(w.t(english, values));
  const labels = new Map(v.map.nodes.map((n) => [n.entity.key, n.entity.label]));
  const bad = v.map.edges.filter((e) => e.worst);
  if (!bad.length) return `<p>${t('{n} flows, none with a contradiction.', { n: v.map.edges.length })}</p>`;
  const body = bad
    .map(
      (e) =>
        `<tr><td>${html(labels.get(e.from) ?? e.from)}</td><td>${html(labels.get(e.to) ?? e.to)}</td><td><span class="badge sev-${e.worst}">${e.worst}</span> ${html(e.codes.join(' '))}</td></tr>`,
    )
    .join('');
  return `<table><caption>${t('Flows with a contradiction (of {n} flows)', { n: v.map.edges.length })}</caption><thead><tr><th scope="col">${t('Upstream')}</th><th scope="col">${t('Campaign')}</th><th scope="col">${t('Findings')}</th></tr></thead><tbody>${body}</tbody></table>`;
}
