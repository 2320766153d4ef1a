/**
 * The browser script of the timeline and budget webviews: draws the view data the extension posts
 * with the report's own drawing modules (shared/views-draw), opens places on click or Enter, moves
 * between items with the arrow keys, zooms and groups the timeline, and reports every render.
 */
import { budgetHtml } from '../../../../shared/views-draw/budget-html';
import { html } from '../../../../shared/views-draw/html-text';
import { moneyLabel } from '../../../../shared/views-draw/money-label';
import { TIMELINE_LABEL_WIDTH, timelineSvg } from '../../../../shared/views-draw/timeline-svg';
import { pageWords } from '../../../../shared/views-draw/page-words';
import type {
  FromViewWebview,
  ScopeViews,
  TimelineGrouping,
  TimelineZoom,
  ToViewWebview,
  UriPlace,
  ViewKind,
  ViewRenderSummary,
  ViewSeverity,
} from '../protocol';
import { dayCount } from './days';
import { timelineRows } from './timeline-rows';

interface VsCodeApi {
  postMessage(msg: FromViewWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const kind: ViewKind = document.body.dataset.view === 'budget' ? 'budget' : 'timeline';
const chart = document.getElementById('chart') as HTMLElement;
const heading = document.getElementById('scope') as HTMLElement;
const note = document.getElementById('note') as HTMLElement;
/** The words in VS Code's display language, from the JSON the extension wrote into the page (English when absent). */
const words = pageWords(document.getElementById('words')?.textContent);
const saved = (vscode.getState() ?? {}) as { zoom?: TimelineZoom; grouping?: TimelineGrouping };
let zoom: TimelineZoom = saved.zoom ?? 'year';
let grouping: TimelineGrouping = saved.grouping ?? 'segment';
let views: ScopeViews | undefined;
let today = '';
let seq = 0;
let scrolledToToday = false;

const post = (m: FromViewWebview): void => vscode.postMessage(m);
const SEVERITIES: readonly ViewSeverity[] = ['error', 'warning', 'info', 'hint'];

/** Every entity's place by key (campaigns, milestones, map nodes). */
function placesOf(v: ScopeViews): Map<string, UriPlace> {
  const places = new Map<string, UriPlace>();
  for (const n of v.map.nodes) places.set(n.entity.key, n.entity.place);
  for (const m of v.timeline.milestones) places.set(m.entity.key, m.entity.place);
  for (const c of v.timeline.campaigns) places.set(c.entity.key, c.entity.place);
  for (const e of v.budget.withoutBudget) places.set(e.key, e.place);
  return places;
}

/** Pixels per day so that a month, a quarter or the whole axis fills the visible width. */
function widthFor(v: ScopeViews): number {
  const visible = Math.max(600, chart.clientWidth - 4);
  const axis = v.timeline.axis;
  if (!axis || zoom === 'year') return visible;
  const days = dayCount(axis.start, axis.end);
  const shown = zoom === 'month' ? 31 : 92;
  return TIMELINE_LABEL_WIDTH + 12 + Math.max(1, days / shown) * (visible - TIMELINE_LABEL_WIDTH - 12);
}

function focusables(): HTMLElement[] {
  return [...chart.querySelectorAll<HTMLElement>('[data-key]')].filter((e) => e.tagName !== 'path');
}

function summary(started: number): ViewRenderSummary {
  const b = views?.budget;
  const cur = b?.currency;
  return {
    seq: ++seq,
    view: kind,
    root: views?.root ?? '',
    bars: [...chart.querySelectorAll('g.campaign')].filter((g) => g.querySelector('rect.bar')).map((g) => g.getAttribute('data-key') ?? ''),
    marked: [...chart.querySelectorAll('g.campaign rect.bar')].flatMap((r) => {
      const sev = SEVERITIES.find((s) => r.classList.contains(`sev-${s}`));
      return sev ? [{ key: r.parentElement?.getAttribute('data-key') ?? '', severity: sev }] : [];
    }),
    contradictions: [...chart.querySelectorAll('path.contradiction')].map((p) => ({
      from: p.getAttribute('data-from') ?? '',
      to: p.getAttribute('data-to') ?? '',
      severity: SEVERITIES.find((s) => p.classList.contains(`sev-${s}`)) ?? 'hint',
    })),
    groups: [...chart.querySelectorAll('text.group-label')].map((t) => t.textContent ?? ''),
    zoom,
    grouping,
    today: !!chart.querySelector('g.today'),
    totals:
      kind === 'budget' && b
        ? {
            total: moneyLabel(b.total, cur),
            plan: b.planBudget && moneyLabel(b.planBudget, cur),
            remaining: b.remaining && moneyLabel(b.remaining, cur),
            over: b.over,
          }
        : undefined,
    charts: [...chart.querySelectorAll('svg > title')].map((t) => t.textContent ?? ''),
    focusable: focusables().length,
    focused: document.activeElement instanceof Element ? (document.activeElement.getAttribute('data-key') ?? undefined) : undefined,
    renderMs: Math.round(performance.now() - started),
  };
}

function totalsLine(v: ScopeViews): string {
  const b = v.budget;
  const cur = b.currency;
  // The sentence is escaped with its `{amount}` left in, then the amount goes in bold.
  const said = (english: string, amount: string): string => html(words.t(english)).replace('{amount}', `<strong>${html(amount)}</strong>`);
  const parts = [said('Campaigns: {amount}', words.money(b.total, cur))];
  if (b.planBudget) parts.push(said('plan budget: {amount}', words.money(b.planBudget, cur)));
  if (b.remaining) {
    parts.push(
      b.over
        ? `<strong class="over-text">${html(words.t('over by {amount}', { amount: words.money({ cents: -b.remaining.cents, text: b.remaining.text.replace(/^-/, '') }, cur) }))}</strong>`
        : said('left: {amount}', words.money(b.remaining, cur)),
    );
  }
  return `<p class="totals" id="totals">${parts.join(' · ')}</p>`;
}

function render(): void {
  const started = performance.now();
  const v = views;
  if (!v) return;
  const planName = v.plan?.name ?? words.t('Plan');
  heading.textContent = `${words.t(kind === 'timeline' ? 'Timeline' : 'Budget')} · ${planName}`;
  const counts = SEVERITIES.filter((s) => v.counts[s])
    .map((s) => words.t(`{n} ${s}${v.counts[s] === 1 ? '' : 's'}`, { n: v.counts[s] }))
    .join(', ');
  const n = v.timeline.campaigns.length;
  note.textContent = `${words.t(n === 1 ? '{n} campaign' : '{n} campaigns', { n })}${v.plan?.period ? `, ${words.t('{start} to {end}', { start: v.plan.period.start, end: v.plan.period.end })}` : ''}${counts ? `; ${counts}` : ''}`;
  if (kind === 'timeline') {
    chart.innerHTML = timelineSvg(v.timeline, today, {
      width: widthFor(v),
      rows: timelineRows(v, grouping, words.t),
      focusable: true,
      words,
    });
    if (!scrolledToToday && zoom !== 'year') {
      const line = chart.querySelector('g.today line');
      const x = line ? Number(line.getAttribute('x1')) : NaN;
      if (Number.isFinite(x)) chart.scrollLeft = Math.max(0, x - chart.clientWidth / 2);
      scrolledToToday = true;
    }
  } else {
    chart.innerHTML = totalsLine(v) + budgetHtml(v.budget, 'budget', words);
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-zoom]'))
    b.setAttribute('aria-pressed', String(b.dataset.zoom === zoom));
  const select = document.getElementById('grouping') as HTMLSelectElement | null;
  if (select) select.value = grouping;
  document.body.dataset.rendered = String(seq + 1);
  post({ type: 'rendered', summary: summary(started) });
}

function open(key: string): boolean {
  const place = views && placesOf(views).get(key);
  if (!place) return false;
  post({ type: 'open', place });
  return true;
}

function setZoom(z: TimelineZoom): void {
  zoom = z;
  scrolledToToday = false;
  vscode.setState({ zoom, grouping });
  render();
}

function setGrouping(g: TimelineGrouping): void {
  grouping = g;
  vscode.setState({ zoom, grouping });
  render();
}

/** Arrow keys move between the items that open a place; Enter or Space opens; + and - zoom. */
function onKey(e: KeyboardEvent): boolean {
  const items = focusables();
  const at = items.findIndex((el) => el === document.activeElement);
  const go = (i: number): boolean => {
    const el = items[Math.max(0, Math.min(items.length - 1, i))];
    if (!el) return false;
    el.focus();
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    return true;
  };
  switch (e.key) {
    case 'ArrowDown':
    case 'j':
      return go(at + 1);
    case 'ArrowUp':
    case 'k':
      return go(at < 0 ? 0 : at - 1);
    case 'Home':
      return go(0);
    case 'End':
      return go(items.length - 1);
    case 'Enter':
    case ' ': {
      const key = at >= 0 ? items[at].getAttribute('data-key') : null;
      return key ? open(key) : false;
    }
    case '+':
    case '=':
      if (kind === 'timeline') {
        setZoom(zoom === 'year' ? 'quarter' : 'month');
        return true;
      }
      return false;
    case '-':
      if (kind === 'timeline') {
        setZoom(zoom === 'month' ? 'quarter' : 'year');
        return true;
      }
      return false;
    default:
      return false;
  }
}

document.addEventListener('keydown', (e) => {
  if (e.target instanceof HTMLSelectElement || e.target instanceof HTMLButtonElement) return;
  if (onKey(e)) e.preventDefault();
});
chart.addEventListener('click', (e) => {
  const el = e.target instanceof Element ? e.target.closest('[data-key]') : null;
  const key = el?.getAttribute('data-key');
  if (key) open(key);
});
for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-zoom]')) {
  b.addEventListener('click', () => setZoom(b.dataset.zoom as TimelineZoom));
}
document
  .getElementById('grouping')
  ?.addEventListener('change', (e) => setGrouping((e.target as HTMLSelectElement).value as TimelineGrouping));
let resizeTimer: number | undefined;
window.addEventListener('resize', () => {
  if (kind !== 'timeline') return;
  window.clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(render, 100);
});

function simulate(m: Extract<ToViewWebview, { type: 'simulate' }>): boolean {
  switch (m.action) {
    case 'click': {
      const el = chart.querySelector(`[data-key="${CSS.escape(m.key)}"]`);
      if (!el) return false;
      el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return true;
    }
    case 'key': {
      const ev = new KeyboardEvent('keydown', { key: m.key, bubbles: true, cancelable: true });
      (document.activeElement ?? document.body).dispatchEvent(ev);
      post({ type: 'rendered', summary: summary(performance.now()) });
      return ev.defaultPrevented;
    }
    case 'zoom':
      setZoom(m.zoom);
      return true;
    case 'group':
      setGrouping(m.grouping);
      return true;
  }
}

window.addEventListener('message', (event: MessageEvent<ToViewWebview>) => {
  const m = event.data;
  switch (m.type) {
    case 'views':
      views = m.views;
      today = m.today;
      document.getElementById('empty')?.setAttribute('hidden', '');
      render();
      break;
    case 'empty': {
      views = undefined;
      const empty = document.getElementById('empty') as HTMLElement;
      empty.textContent = m.message;
      empty.removeAttribute('hidden');
      chart.innerHTML = '';
      post({ type: 'rendered', summary: summary(performance.now()) });
      break;
    }
    case 'simulate':
      post({ type: 'simulated', ok: simulate(m) });
      break;
  }
});

post({ type: 'ready' });
