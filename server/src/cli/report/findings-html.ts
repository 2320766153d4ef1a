/** Every finding with its explanation and place, grouped by severity, then by the campaign (or other entity) that holds it. */
import type { Severity } from '../../engine/findings';
import { findRule } from '../../engine/rules/registry';
import { ruleTextIn } from '../../engine/messages/rule-texts';
import type { ScopeViews, ViewFinding } from '../../engine/views/types';
import { anchor, html } from '../../../../shared/views-draw/html-text';
import { placeText, type ReportContext } from './report-context';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Infos', hint: 'Hints' };

export function findingsHtml(v: ScopeViews, scopeId: string, ctx: ReportContext): string {
  const w = ctx.words;
  const t = (english: string, values?: Readonly<Record<string, string | number>>): string => html(w.t(english, values));
  if (!v.findings.length) return `<p class="clean">${t('No findings: downstream follows upstream everywhere mplan checks.')}</p>`;
  const labels = new Map<string, string>();
  const order = new Map<string, number>();
  for (const c of v.timeline.campaigns) labels.set(c.entity.key, w.t('Campaign {name}', { name: `${c.entity.label} (${c.entity.id})` }));
  for (const n of v.map.nodes)
    if (!labels.has(n.entity.key))
      labels.set(
        n.entity.key,
        w.t(`${n.layer[0].toUpperCase()}${n.layer.slice(1)} {name}`, { name: `${n.entity.label} (${n.entity.id})` }),
      );
  if (v.plan) labels.set(v.plan.entity.key, w.t('Plan {name}', { name: v.plan.name }));
  [...labels.keys()].forEach((k, i) => order.set(k, i));
  const out: string[] = [];
  out.push(`<div class="filters" role="group" aria-label="${t('Show findings by severity')}">`);
  for (const s of SEVERITIES)
    if (v.counts[s])
      out.push(
        `<button type="button" class="filter sev-${s}" data-severity="${s}" aria-pressed="true">${t(HEADINGS[s])} (${v.counts[s]})</button>`,
      );
  out.push('</div>');
  for (const s of SEVERITIES) {
    const these = v.findings.filter((f) => f.severity === s);
    if (!these.length) continue;
    out.push(
      `<section class="severity" data-severity="${s}" aria-labelledby="${scopeId}-${s}"><h3 id="${scopeId}-${s}"><span class="badge sev-${s}">${t(s)}</span> ${t(HEADINGS[s])} (${these.length})</h3>`,
    );
    const groups = new Map<string, ViewFinding[]>();
    for (const f of these) {
      const k = f.owner ?? '';
      let list = groups.get(k);
      if (!list) groups.set(k, (list = []));
      list.push(f);
    }
    const keys = [...groups.keys()].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
    for (const k of keys) {
      out.push(`<h4>${html(labels.get(k) ?? w.t('Elsewhere in the plan files'))}</h4><ul class="findings">`);
      for (const f of groups.get(k) ?? []) out.push(findingItem(f, scopeId, ctx));
      out.push('</ul>');
    }
    out.push('</section>');
  }
  return out.join('\n');
}

function findingItem(f: ViewFinding, scopeId: string, ctx: ReportContext): string {
  const rule = findRule(f.code);
  const text = rule ? ruleTextIn(rule.meta, ctx.locale) : undefined;
  const id = anchor(scopeId, f.code, String(f.place.range.start.line + 1), String(f.place.range.start.character + 1));
  const related = f.related.length
    ? `<ul class="related">${f.related.map((r) => `<li><code>${html(placeText(r.place, ctx.cwd))}</code> ${html(r.message)}</li>`).join('')}</ul>`
    : '';
  const explain = text
    ? `<details><summary>${html(ctx.words.t('Why this matters'))}</summary><p>${html(text.explanation)}</p></details>`
    : '';
  return `<li class="finding sev-${f.severity}" id="${id}" tabindex="-1"><p><span class="code">${html(f.code)}</span> <span class="rule">${html(f.name)}</span> <code class="place">${html(placeText(f.place, ctx.cwd))}</code></p><p class="message">${html(f.message)}</p>${related}${explain}</li>`;
}
