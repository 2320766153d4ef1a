/**
 * The budget section: the total against the plan budget, then by segment,
 * channel, product and month as bar charts with the amounts written out, each
 * with a table beside it; split campaigns and campaigns without a budget said.
 * Drawn by the report and by the editor's budget view alike.
 */
import type { BudgetLine, BudgetView } from '../view-types';
import { barChart, totalChart, type Bar } from './budget-svg';
import { html } from './html-text';
import { moneyLabel as money } from './money-label';

export function budgetHtml<P>(b: BudgetView<P>, id: string): string {
  const cur = b.currency;
  const out: string[] = [`<figure>${totalChart(b)}</figure>`];
  if (b.over && b.remaining)
    out.push(
      `<p class="over-text">The campaigns plan ${html(money(b.total, cur))}, ${html(money({ cents: -b.remaining.cents, text: b.remaining.text.replace(/^-/, '') }, cur))} over the plan budget.</p>`,
    );
  if (b.splits.length) {
    const said = b.splits.map((s) => `${html(s.campaign)} (${html(money(s.amount, cur))} over ${s.parts} ${s.over})`).join('; ');
    out.push(
      `<p class="note">A campaign with several segments or channels gives each an equal share (lighter bars): ${said}. A month gets a campaign's budget in proportion to the days of its schedule in that month.</p>`,
    );
  } else out.push('<p class="note">A month gets a campaign\'s budget in proportion to the days of its schedule in that month.</p>');
  const breakdown = (key: string, title: string, lines: readonly BudgetLine[], what: string): void => {
    if (!lines.length) return;
    const bars: Bar[] = lines.map((l) => ({
      label: l.label,
      cents: l.amount.cents,
      text: money(l.amount, cur),
      note: l.shared ? 'includes equal shares of split campaigns' : undefined,
    }));
    out.push(`<h3>${html(title)}</h3><figure>${barChart(`${id}-${key}-chart`, title, bars)}</figure>`);
    const body = lines
      .map(
        (l) =>
          `<tr><th scope="row">${html(l.label)}${l.key && l.key !== l.label ? ` <code>${html(l.key)}</code>` : ''}</th><td class="num">${html(money(l.amount, cur))}</td><td>${l.shared ? 'yes' : 'no'}</td><td>${l.campaigns.length}</td></tr>`,
      )
      .join('');
    out.push(
      `<table><caption>${html(title)}</caption><thead><tr><th scope="col">${what}</th><th scope="col" class="num">Budget</th><th scope="col">Equal shares</th><th scope="col">Campaigns</th></tr></thead><tbody>${body}</tbody></table>`,
    );
  };
  breakdown('segment', 'By segment', b.bySegment, 'Segment');
  breakdown('channel', 'By channel', b.byChannel, 'Channel');
  breakdown('product', 'By product', b.byProduct, 'Product');
  if (b.byMonth.length) {
    const title = 'By month';
    out.push(
      `<h3>${title}</h3><figure>${barChart(
        `${id}-month-chart`,
        title,
        b.byMonth.map((m) => ({ label: m.month, cents: m.amount.cents, text: money(m.amount, cur) })),
      )}</figure>`,
    );
    out.push(
      `<table><caption>${title}</caption><thead><tr><th scope="col">Month</th><th scope="col" class="num">Budget</th></tr></thead><tbody>${b.byMonth.map((m) => `<tr><th scope="row">${m.month}</th><td class="num">${html(money(m.amount, cur))}</td></tr>`).join('')}</tbody></table>`,
    );
  }
  if (b.unscheduled.cents)
    out.push(`<p class="note">${html(money(b.unscheduled, cur))} belong to campaigns with no valid schedule and are in no month.</p>`);
  out.push('<h3>Campaigns without a budget</h3>');
  out.push(
    b.withoutBudget.length
      ? `<ul>${b.withoutBudget.map((e) => `<li>${html(e.label)} <code>${html(e.id)}</code></li>`).join('')}</ul>`
      : '<p>None: every campaign has a budget.</p>',
  );
  return out.join('\n');
}
