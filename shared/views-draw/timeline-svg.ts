/**
 * The timeline as SVG: a day axis with months, the plan period shaded, one
 * row per upstream milestone (a diamond), one row per campaign (its schedule
 * as a bar, sign-offs as dots, the milestones it depends on as ticks), each
 * contradiction drawn as a line from the upstream milestone to the campaign in
 * its severity's colour, and today's line. Colours come from the page's CSS.
 */
import { dayNumber } from '../calendar-dates';
import type { Milestone, Timeline, TimelineCampaign } from '../view-types';
import { html } from './html-text';
import { drawWords, MONTHS, type DrawWords } from './draw-words';

/** Width of the row labels left of the axis. */
export const TIMELINE_LABEL_WIDTH = 230;
const LABEL = TIMELINE_LABEL_WIDTH;
const RIGHT = 12;
const ROW = 22;
const HEAD = 34;

const MILESTONE_WORDS: Readonly<Record<Milestone['kind'], string>> = {
  'research-completed': 'research completed',
  'product-available': 'product available',
  'initiative-due': 'initiative due',
};

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const fixed = (n: number): string => String(Math.round(n * 10) / 10);

/** A row below the milestones: a group's heading or a campaign. */
export type TimelineRow<P> = { group: string } | { campaign: TimelineCampaign<P> };

export interface TimelineOptions<P> {
  /** Width of the drawing in pixels (the report: 1000; the editor: by zoom). */
  width?: number;
  /** The rows under the milestones (default: every campaign in schedule order, no headings). */
  rows?: ReadonlyArray<TimelineRow<P>>;
  /** Milestones and campaigns reachable with the keyboard and named by `data-key` (the editor opens them). */
  focusable?: boolean;
  /** The words in the reader's language (default: English). */
  words?: DrawWords;
}

export function timelineSvg<P>(t: Timeline<P>, today: string, opts: TimelineOptions<P> = {}): string {
  const w = opts.words ?? drawWords();
  if (!t.axis)
    return `<p class="empty">${html(w.t('No dates to draw: the plan has no period, no dated milestone and no valid schedule.'))}</p>`;
  const said = (m: { kind: Milestone['kind']; date: string }): string => `${w.t(MILESTONE_WORDS[m.kind])} ${m.date}`;
  const WIDTH = Math.max(LABEL + RIGHT + 100, Math.round(opts.width ?? 1000));
  const focus = opts.focusable ?? false;
  const body: ReadonlyArray<TimelineRow<P>> = opts.rows ?? t.campaigns.map((campaign) => ({ campaign }));
  const first = dayNumber(t.axis.start);
  const days = dayNumber(t.axis.end) - first + 1;
  const span = WIDTH - LABEL - RIGHT;
  const x = (date: string, endOfDay = false): number => LABEL + ((dayNumber(date) - first + (endOfDay ? 1 : 0)) / days) * span;
  const rows = t.milestones.length + body.length;
  const height = HEAD + rows * ROW + 22;
  const out: string[] = [];
  out.push(
    `<svg class="timeline" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="${focus ? 'group' : 'img'}" aria-labelledby="tl-title" xmlns="http://www.w3.org/2000/svg">`,
  );
  out.push(`<title id="tl-title">${html(w.t('Timeline: upstream milestones and campaign schedules'))}</title>`);
  if (t.period) {
    out.push(
      `<rect class="period" x="${fixed(x(t.period.start))}" y="${HEAD - 4}" width="${fixed(x(t.period.end, true) - x(t.period.start))}" height="${rows * ROW + 4}"><title>${html(w.t('Plan period {start} to {end}', { start: t.period.start, end: t.period.end }))}</title></rect>`,
    );
  }
  out.push(monthTicks(t.axis.start, t.axis.end, x, height, w));
  const milestoneY = new Map<string, number>();
  t.milestones.forEach((m, i) => {
    const y = HEAD + i * ROW + ROW / 2;
    milestoneY.set(m.entity.key, y);
    const cx = x(m.date) + 0.5 * (span / days);
    const sev = m.counts.error ? 'error' : m.counts.warning ? 'warning' : m.counts.info ? 'info' : '';
    out.push(
      `<g class="milestone ${m.kind}"${focus ? ` tabindex="0" role="button" data-key="${html(m.entity.key)}" aria-label="${html(w.t('{name}: {details}', { name: m.entity.label, details: said(m) }))}"` : ''}>`,
    );
    out.push(`<text class="row-label" x="${LABEL - 8}" y="${y + 4}" text-anchor="end">${html(clip(`${m.entity.label}`, 34))}</text>`);
    out.push(
      `<path class="diamond${sev ? ` sev-${sev}` : ''}" d="M${fixed(cx)} ${y - 6}l6 6l-6 6l-6 -6z"><title>${html(w.t('{name}: {details}', { name: `${m.entity.label} (${m.entity.id})`, details: said(m) }))}</title></path>`,
    );
    out.push(`<text class="note" x="${fixed(cx + 9)}" y="${y + 4}">${html(said(m))}</text>`);
    out.push('</g>');
  });
  const milestoneDate = new Map(t.milestones.map((m) => [m.entity.key, m.date]));
  body.forEach((row, i) => {
    const y = HEAD + (t.milestones.length + i) * ROW + ROW / 2;
    if ('group' in row) out.push(`<text class="group-label" x="8" y="${y + 4}">${html(clip(row.group, 60))}</text>`);
    else out.push(campaignRow(row.campaign, y, x, milestoneDate, milestoneY, focus, w));
  });
  if (dayNumber(today) >= first && dayNumber(today) < first + days) {
    const tx = fixed(x(today));
    out.push(
      `<g class="today"><line x1="${tx}" y1="${HEAD - 6}" x2="${tx}" y2="${height - 16}"/><text x="${tx}" y="${height - 4}" text-anchor="middle">${html(w.t('today {date}', { date: today }))}</text><title>${html(w.t('Today, {date}', { date: today }))}</title></g>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
}

function monthTicks(start: string, end: string, x: (d: string) => number, height: number, w: DrawWords): string {
  const parts: string[] = ['<g class="axis">'];
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  const endKey = end.slice(0, 7);
  const months: Array<[number, number]> = [];
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    if (key > endKey) break;
    months.push([y, m]);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  // A label per month while they fit, else per quarter, else per year.
  const every = months.length <= 24 ? 1 : months.length <= 72 ? 3 : 12;
  let labelled = false;
  for (const [yy, mm] of months) {
    const date = `${String(yy).padStart(4, '0')}-${String(mm).padStart(2, '0')}-01`;
    const first = date < start ? start : date;
    const lx = fixed(x(first));
    parts.push(`<line x1="${lx}" y1="${HEAD - 6}" x2="${lx}" y2="${height - 16}"/>`);
    // A month cut short by the axis start is labelled only when its label fits.
    const label = `${w.t(MONTHS[mm - 1])}${mm === 1 || !labelled ? ` ${yy}` : ''}`;
    const fits = first === date || x(nextMonthStart(yy, mm)) - x(first) > label.length * 7 + 6;
    if (fits && ((mm - 1) % every === 0 || first === start || !labelled)) {
      parts.push(`<text x="${fixed(x(first) + 3)}" y="${HEAD - 10}">${label}</text>`);
      labelled = true;
    }
  }
  parts.push('</g>');
  return parts.join('');
}

function nextMonthStart(year: number, month: number): string {
  return month === 12
    ? `${String(year + 1).padStart(4, '0')}-01-01`
    : `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`;
}

function campaignRow<P>(
  c: TimelineCampaign<P>,
  y: number,
  x: (d: string, endOfDay?: boolean) => number,
  milestoneDate: ReadonlyMap<string, string>,
  milestoneY: ReadonlyMap<string, number>,
  focus: boolean,
  w: DrawWords,
): string {
  const range = (s: { start: string; end: string }): string => w.t('{start} to {end}', s);
  const budget = c.budget ? `, ${w.t('budget {amount}', { amount: w.money(c.budget, undefined) })}` : '';
  const counts = c.counts.error + c.counts.warning + c.counts.info + c.counts.hint;
  const found = counts ? `, ${w.t(counts === 1 ? '{n} finding' : '{n} findings', { n: counts })}` : '';
  const details = `${c.schedule ? range(c.schedule) : w.t('no valid schedule')}${budget}${counts ? `${found}, ${w.t('worst {severity}', { severity: w.t(c.worst ?? '') })}` : ''}`;
  const said = w.t('{name}: {details}', { name: c.entity.label, details });
  const parts: string[] = [
    `<g class="campaign${c.worst ? ` worst-${c.worst}` : ''}" data-campaign="${html(c.entity.id)}"${focus ? ` tabindex="0" role="button" data-key="${html(c.entity.key)}" aria-label="${html(said)}"` : ''}>`,
  ];
  parts.push(`<text class="row-label" x="${LABEL - 8}" y="${y + 4}" text-anchor="end">${html(clip(c.entity.label, 34))}</text>`);
  for (const key of c.upstream) {
    const d = milestoneDate.get(key);
    if (d) parts.push(`<line class="dep" x1="${fixed(x(d))}" y1="${y - 7}" x2="${fixed(x(d))}" y2="${y + 7}"/>`);
  }
  if (c.schedule) {
    const x0 = x(c.schedule.start);
    const x1 = x(c.schedule.end, true);
    const what = w.t('{name}: {details}', { name: `${c.entity.label} (${c.entity.id})`, details: `${range(c.schedule)}${budget}${found}` });
    parts.push(
      `<rect class="bar status-${html(c.status)}${c.worst ? ` sev-${c.worst}` : ''}" x="${fixed(x0)}" y="${y - 6}" width="${fixed(Math.max(1.5, x1 - x0))}" height="12" rx="2"><title>${html(what)}</title></rect>`,
    );
    // Contradictions in time with a dated upstream decision: a line from the milestone to the campaign's start.
    const drawn = new Set<string>();
    for (const f of c.findings) {
      if (f.group !== 'timing') continue;
      for (const key of f.relatedEntities) {
        const d = milestoneDate.get(key);
        const my = milestoneY.get(key);
        if (!d || my === undefined || drawn.has(`${key}:${f.severity}`)) continue;
        drawn.add(`${key}:${f.severity}`);
        parts.push(
          `<path class="contradiction sev-${f.severity}"${focus ? ` data-from="${html(key)}" data-to="${html(c.entity.key)}"` : ''} d="M${fixed(x(d))} ${my}L${fixed(x0)} ${y}"><title>${html(`${f.code} ${f.message}`)}</title></path>`,
        );
      }
    }
  } else parts.push(`<text class="note" x="${LABEL + 4}" y="${y + 4}">${html(w.t('no valid schedule'))}</text>`);
  for (const s of c.signOffs) {
    const bad = c.findings.find((f) => f.part === s.kind);
    parts.push(
      `<circle class="signoff${bad ? ` sev-${bad.severity}` : ''}" cx="${fixed(x(s.date) + 1)}" cy="${y}" r="4"><title>${html(`${w.t(s.kind)} ${s.date}${bad ? `: ${bad.code} ${bad.message}` : ''}`)}</title></circle>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}
