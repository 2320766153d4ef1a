/** Budget charts as SVG: horizontal bars with the amounts written out; the total against the plan budget, over-budget marked. */
import type { BudgetView } from '../view-types';
import { html } from './html-text';
import { drawWords, type DrawWords } from './draw-words';

const WIDTH = 640;
const LABEL = 200;
const AMOUNT = 130;
const ROW = 22;

export interface Bar {
  label: string;
  cents: number;
  text: string;
  /** Why the bar is marked (e.g. a shared amount). */
  note?: string;
}

const fixed = (n: number): string => String(Math.round(n * 10) / 10);

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function barChart(id: string, title: string, bars: readonly Bar[]): string {
  const max = Math.max(1, ...bars.map((b) => b.cents));
  const span = WIDTH - LABEL - AMOUNT;
  const height = bars.length * ROW + 6;
  const out: string[] = [
    `<svg class="bars" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}" xmlns="http://www.w3.org/2000/svg"><title id="${id}">${html(title)}</title>`,
  ];
  bars.forEach((b, i) => {
    const y = i * ROW + 4;
    const w = (Math.max(0, b.cents) / max) * span;
    out.push(`<text class="row-label" x="${LABEL - 8}" y="${y + 13}" text-anchor="end">${html(clip(b.label, 30))}</text>`);
    out.push(
      `<rect class="bar${b.note ? ' shared' : ''}" x="${LABEL}" y="${y + 2}" width="${fixed(Math.max(w, b.cents > 0 ? 1 : 0))}" height="14"><title>${html(`${b.label}: ${b.text}${b.note ? ` (${b.note})` : ''}`)}</title></rect>`,
    );
    out.push(`<text class="amount" x="${fixed(LABEL + w + 6)}" y="${y + 13}">${html(b.text)}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}

/** The campaigns' total against the plan budget: one bar for each, the part over the plan budget marked. */
export function totalChart<P>(b: BudgetView<P>, words: DrawWords = drawWords()): string {
  const span = WIDTH - LABEL - AMOUNT;
  const plan = b.planBudget?.cents;
  const max = Math.max(1, b.total.cents, plan ?? 0);
  const w = (cents: number): number => (Math.max(0, cents) / max) * span;
  const out: string[] = [
    `<svg class="bars total" viewBox="0 0 ${WIDTH} 56" width="${WIDTH}" height="56" role="img" aria-labelledby="budget-total-title" xmlns="http://www.w3.org/2000/svg"><title id="budget-total-title">${html(words.t('Campaign budgets against the plan budget'))}</title>`,
  ];
  out.push(`<text class="row-label" x="${LABEL - 8}" y="17" text-anchor="end">${html(words.t('Campaign budgets'))}</text>`);
  const within = plan === undefined ? b.total.cents : Math.min(plan, b.total.cents);
  out.push(`<rect class="bar" x="${LABEL}" y="6" width="${fixed(w(within))}" height="14"/>`);
  if (b.over && plan !== undefined)
    out.push(
      `<rect class="bar over" x="${fixed(LABEL + w(plan))}" y="6" width="${fixed(w(b.total.cents) - w(plan))}" height="14"><title>${html(words.t('over the plan budget'))}</title></rect>`,
    );
  out.push(
    `<text class="amount${b.over ? ' over-text' : ''}" x="${fixed(LABEL + w(b.total.cents) + 6)}" y="17">${html(words.money(b.total, b.currency))}${b.over ? html(words.t(' (over)')) : ''}</text>`,
  );
  if (b.planBudget && plan !== undefined) {
    out.push(`<text class="row-label" x="${LABEL - 8}" y="43" text-anchor="end">${html(words.t('Plan budget'))}</text>`);
    out.push(`<rect class="bar plan" x="${LABEL}" y="32" width="${fixed(w(plan))}" height="14"/>`);
    out.push(`<text class="amount" x="${fixed(LABEL + w(plan) + 6)}" y="43">${html(words.money(b.planBudget, b.currency))}</text>`);
    out.push(`<line class="limit" x1="${fixed(LABEL + w(plan))}" y1="2" x2="${fixed(LABEL + w(plan))}" y2="50"/>`);
  }
  out.push('</svg>');
  return out.join('');
}
