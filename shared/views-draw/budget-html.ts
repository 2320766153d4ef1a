/**
 * The budget section: the total against the plan budget, then by segment,
 * channel, product and month as bar charts with the amounts written out, each
 * with a table beside it; split campaigns and campaigns without a budget said.
 * Drawn by the report and by the editor's budget view alike.
 */
import type { BudgetLine, BudgetView } from '../view-types';
import { barChart, totalChart, type Bar } from './budget-svg';
import { html } from './html-text';
import { drawWords, type DrawWords } from './draw-words';

const MONTH_NOTE = "A month gets a campaign's budget in proportion to the days of its schedule in that month.";

export function budgetHtml<P>(b: BudgetView<P>, id: string, w: DrawWords = drawWords()): string {
  const cur = b.currency;
  const money = w.money;
  const t = (english: string, values?: Readonly<Record<string, string | number>>): string => html(w.t(english, values));
  const out: string[] = [`<figure>${totalChart(b, w)}</figure>`];
  if (b.over && b.remaining)
    out.push(
      `<p class="over-text">${t('The campaigns plan {total}, {over} over the plan budget.', { total: money(b.total, cur), over: money({ cents: -b.remaining.cents, text: b.remaining.text.replace(/^-/, '') }, cur) })}</p>`,
    );
  if (b.splits.length) {
    const said = b.splits
      .map((s) => `${s.campaign} (${w.t(`{amount} over {parts} ${s.over}`, { amount: money(s.amount, cur), parts: s.parts })})`)
      .join('; ');
    out.push(
      `<p class="note">${t('A campaign with several segments or channels gives each an equal share (lighter bars): {splits}.', { splits: said })} ${t(MONTH_NOTE)}</p>`,
    );
  } else out.push(`<p class="note">${t(MONTH_NOTE)}</p>`);
  const breakdown = (key: string, title: string, lines: readonly BudgetLine[], what: string): void => {
    if (!lines.length) return;
    const bars: Bar[] = lines.map((l) => ({
      label: l.label,
      cents: l.amount.cents,
      text: money(l.amount, cur),
      note: l.shared ? w.t('includes equal shares of split campaigns') : undefined,
    }));
    out.push(`<h3>${t(title)}</h3><figure>${barChart(`${id}-${key}-chart`, w.t(title), bars)}</figure>`);
    const body = lines
      .map(
        (l) =>
          `<tr><th scope="row">${html(l.label)}${l.key && l.key !== l.label ? ` <code>${html(l.key)}</code>` : ''}</th><td class="num">${html(money(l.amount, cur))}</td><td>${t(l.shared ? 'yes' : 'no')}</td><td>${l.campaigns.length}</td></tr>`,
      )
      .join('');
    out.push(
      `<table><caption>${t(title)}</caption><thead><tr><th scope="col">${t(what)}</th><th scope="col" class="num">${t('Budget')}</th><th scope="col">${t('Equal shares')}</th><th scope="col">${t('Campaigns')}</th></tr></thead><tbody>${body}</tbody></table>`,
    );
  };
  breakdown('segment', 'By segment', b.bySegment, 'Segment');
  breakdown('channel', 'By channel', b.byChannel, 'Channel');
  breakdown('product', 'By product', b.byProduct, 'Product');
  if (b.byMonth.length) {
    const title = t('By month');
    out.push(
      `<h3>${title}</h3><figure>${barChart(
        `${id}-month-chart`,
        w.t('By month'),
        b.byMonth.map((m) => ({ label: m.month, cents: m.amount.cents, text: money(m.amount, cur) })),
      )}</figure>`,
    );
    out.push(
      `<table><caption>${title}</caption><thead><tr><th scope="col">${t('Month')}</th><th scope="col" class="num">${t('Budget')}</th></tr></thead><tbody>${b.byMonth.map((m) => `<tr><th scope="row">${m.month}</th><td class="num">${html(money(m.amount, cur))}</td></tr>`).join('')}</tbody></table>`,
    );
  }
  if (b.unscheduled.cents)
    out.push(
      `<p class="note">${t('{amount} belong to campaigns with no valid schedule and are in no month.', { amount: money(b.unscheduled, cur) })}</p>`,
    );
  out.push(`<h3>${t('Campaigns without a budget')}</h3>`);
  out.push(
    b.withoutBudget.length
      ? `<ul>${b.withoutBudget.map((e) => `<li>${html(e.label)} <code>${html(e.id)}</code></li>`).join('')}</ul>`
      : `<p>${t('None: every campaign has a budget.')}</p>`,
  );
  return out.join('\n');
}
