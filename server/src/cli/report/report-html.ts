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
import { money, type ReportContext } from './report-context';
import { REPORT_SCRIPT } from './report-script';
import { REPORT_CSS } from './report-style';
import { timelineSvg } from '../../../../shared/views-draw/timeline-svg';

const MILESTONE_WORDS = {
  'research-completed': 'Research completed',
  'product-available': 'Product available',
  'initiative-due': 'Initiative due',
} as const;
const SIGN_OFF_WORDS = { salesReview: 'sales review', pretest: 'pretest', compliance: 'compliance' } as const;

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function titleOf(v: ScopeViews): string {
  return v.plan?.name ?? `Plan files without a plan in ${v.root}`;
}

export function reportHtml(scopes: readonly ScopeViews[], ctx: ReportContext): string {
  const title = scopes.length === 1 ? titleOf(scopes[0]) : `${scopes.length} marketing plans`;
  const csp = `default-src 'none'; style-src ${hash(REPORT_CSS)}; script-src ${hash(REPORT_SCRIPT)}; img-src data:`;
  const ids = scopes.map((v, i) => anchor('plan', v.plan?.entity.id ?? 'scope', String(i + 1)));
  const toc =
    scopes.length > 1
      ? `<nav class="toc" aria-label="Plans"><ul>${scopes.map((v, i) => `<li><a href="#${ids[i]}">${html(titleOf(v))}</a></li>`).join('')}</ul></nav>`
      : '';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${html(title)}: marketing plan report</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<header class="page">Marketing plan report by mplan ${html(ctx.version)}, ${html(ctx.today)}</header>`,
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
  const total = v.counts.error + v.counts.warning + v.counts.info + v.counts.hint;
  const rows: Array<[string, string]> = [];
  rows.push(['Period', p?.period ? `${p.period.start} to ${p.period.end}` : 'not set']);
  rows.push(['Plan budget', b.planBudget ? money(b.planBudget, b.currency) : 'not set']);
  rows.push(['Campaign budgets', money(b.total, b.currency)]);
  if (b.remaining)
    rows.push([
      b.over ? 'Over budget by' : 'Left to allocate',
      money({ cents: Math.abs(b.remaining.cents), text: b.remaining.text.replace(/^-/, '') }, b.currency),
    ]);
  if (p?.mission) rows.push(['Mission', p.mission]);
  if (p?.identity) rows.push(['Identity', p.identity]);
  rows.push(['Campaigns', String(v.timeline.campaigns.length)]);
  rows.push([
    'Findings',
    total
      ? (['error', 'warning', 'info', 'hint'] as const)
          .filter((s) => v.counts[s])
          .map((s) => `${v.counts[s]} ${s}${v.counts[s] === 1 ? '' : 's'}`)
          .join(', ')
      : 'none',
  ]);
  const summary = `<dl class="summary">${rows.map(([k, val]) => `<dt>${html(k)}</dt><dd${k === 'Over budget by' ? ' class="over-text"' : ''}>${html(val)}</dd>`).join('')}</dl>`;
  return [
    `<section class="scope" id="${id}" aria-labelledby="${id}-title">`,
    `<h1 id="${id}-title">${html(titleOf(v))}</h1>`,
    summary,
    `<section class="part" aria-labelledby="${id}-timeline"><h2 id="${id}-timeline">Timeline</h2>`,
    `<figure>${timelineSvg(v.timeline, ctx.today)}<figcaption>Bars are campaign schedules, dots their sign-offs, diamonds the upstream milestones; a dashed line in a severity's colour joins a campaign to the upstream decision it contradicts.</figcaption></figure>`,
    milestoneTable(v),
    campaignTable(v),
    '</section>',
    `<section class="part" aria-labelledby="${id}-budget"><h2 id="${id}-budget">Budget</h2>`,
    budgetHtml(v.budget, id),
    '</section>',
    `<section class="part" aria-labelledby="${id}-map"><h2 id="${id}-map">Plan map</h2>`,
    `<figure>${mapSvg(v.map)}<figcaption>Upstream decisions flow left to right into campaigns (ordered by start date); a box or flow in a severity's colour holds a finding.</figcaption></figure>`,
    flowTable(v),
    '</section>',
    `<section class="part" aria-labelledby="${id}-findings"><h2 id="${id}-findings">Findings</h2>`,
    findingsHtml(v, id, ctx),
    '</section>',
    '</section>',
  ].join('\n');
}

function milestoneTable(v: ScopeViews): string {
  if (!v.timeline.milestones.length) return '';
  const body = v.timeline.milestones
    .map(
      (m) =>
        `<tr><td>${m.date}</td><td>${MILESTONE_WORDS[m.kind]}</td><td>${html(m.entity.label)} <code>${html(m.entity.id)}</code></td></tr>`,
    )
    .join('');
  return `<table><caption>Upstream milestones</caption><thead><tr><th scope="col">Date</th><th scope="col">Milestone</th><th scope="col">Of</th></tr></thead><tbody>${body}</tbody></table>`;
}

function campaignTable(v: ScopeViews): string {
  if (!v.timeline.campaigns.length) return '<p class="empty">No campaigns.</p>';
  const cur = v.budget.currency;
  const body = v.timeline.campaigns
    .map((c) => {
      const found = (['error', 'warning', 'info', 'hint'] as const)
        .filter((s) => c.counts[s])
        .map((s) => `${c.counts[s]} ${s}${c.counts[s] === 1 ? '' : 's'}`)
        .join(', ');
      const codes = [...new Set(c.findings.map((f) => f.code))].join(' ');
      return `<tr><th scope="row">${html(c.entity.label)} <code>${html(c.entity.id)}</code></th><td>${html(c.status)}</td><td>${c.schedule?.start ?? '-'}</td><td>${c.schedule?.end ?? '-'}</td><td class="num">${c.budget ? html(money(c.budget, cur)) : 'none'}</td><td>${c.signOffs.map((s) => `${SIGN_OFF_WORDS[s.kind]} ${s.date}`).join(', ') || 'none'}</td><td>${found ? `${found}: ${html(codes)}` : 'none'}</td></tr>`;
    })
    .join('');
  return `<table><caption>Campaigns by start date</caption><thead><tr><th scope="col">Campaign</th><th scope="col">Status</th><th scope="col">Start</th><th scope="col">End</th><th scope="col" class="num">Budget</th><th scope="col">Sign-offs</th><th scope="col">Findings</th></tr></thead><tbody>${body}</tbody></table>`;
}

function flowTable(v: ScopeViews): string {
  const labels = new Map(v.map.nodes.map((n) => [n.entity.key, n.entity.label]));
  const bad = v.map.edges.filter((e) => e.worst);
  if (!bad.length) return `<p>${v.map.edges.length} flows, none with a contradiction.</p>`;
  const body = bad
    .map(
      (e) =>
        `<tr><td>${html(labels.get(e.from) ?? e.from)}</td><td>${html(labels.get(e.to) ?? e.to)}</td><td><span class="badge sev-${e.worst}">${e.worst}</span> ${html(e.codes.join(' '))}</td></tr>`,
    )
    .join('');
  return `<table><caption>Flows with a contradiction (of ${v.map.edges.length} flows)</caption><thead><tr><th scope="col">Upstream</th><th scope="col">Campaign</th><th scope="col">Findings</th></tr></thead><tbody>${body}</tbody></table>`;
}
