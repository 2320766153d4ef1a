/**
 * The words of the editor's webviews (timeline, budget, plan map): the extension host translates every
 * key below with `vscode.l10n.t` (l10n/bundle.l10n.<locale>.json holds each one, with the wording of
 * `mplan report`), hands the page a JSON blob of the table and the display language, and the page
 * draws with `drawWords` (English when the blob is missing or a key is absent). No catalogue here:
 * only the English keys and how amounts are written.
 */
import { drawWords, MONTHS, type DrawWords } from './draw-words';

/** The English texts the drawing code (shared/views-draw) passes to `words.t`. */
const DRAWING_KEYS = [
  ...MONTHS,
  'today {date}',
  'Today, {date}',
  'Timeline: upstream milestones and campaign schedules',
  'No dates to draw: the plan has no period, no dated milestone and no valid schedule.',
  'Plan period {start} to {end}',
  '{start} to {end}',
  'research completed',
  'product available',
  'initiative due',
  'no valid schedule',
  'budget {amount}',
  '{n} finding',
  '{n} findings',
  'worst {severity}',
  'error',
  'warning',
  'info',
  'hint',
  'salesReview',
  'pretest',
  'compliance',
  'Campaign budgets against the plan budget',
  'Campaign budgets',
  'Plan budget',
  'over the plan budget',
  ' (over)',
  'The campaigns plan {total}, {over} over the plan budget.',
  '{amount} over {parts} segments',
  '{amount} over {parts} channels',
  'A campaign with several segments or channels gives each an equal share (lighter bars): {splits}.',
  "A month gets a campaign's budget in proportion to the days of its schedule in that month.",
  'includes equal shares of split campaigns',
  'By segment',
  'By channel',
  'By product',
  'By month',
  'Segment',
  'Channel',
  'Product',
  'Month',
  'Budget',
  'Equal shares',
  'Campaigns',
  'yes',
  'no',
  '{amount} belong to campaigns with no valid schedule and are in no month.',
  'Campaigns without a budget',
  'None: every campaign has a budget.',
] as const;

/** The English texts of the pages themselves (headings, totals line, toolbars, legend, tooltips). */
const PAGE_KEYS = [
  'Timeline',
  'Budget',
  'Plan',
  'Plan map',
  '{n} campaign',
  '{n} campaigns',
  '{n} error',
  '{n} errors',
  '{n} warning',
  '{n} warnings',
  '{n} info',
  '{n} infos',
  '{n} hint',
  '{n} hints',
  'Campaigns: {amount}',
  'plan budget: {amount}',
  'over by {amount}',
  'left: {amount}',
  'Loading the plan…',
  'Group by',
  'segment',
  'product',
  'nothing',
  'No segment',
  'No product',
  'Zoom',
  'Quarter',
  'Year',
  'Bars are campaign schedules (outlined in the colour of their worst finding), dots their sign-offs, diamonds the upstream milestones; a dashed line joins a campaign to the dated decision it runs ahead of. ↑/↓ move, Enter opens, + and − zoom.',
  'Amounts as the plan writes them, in its currency. A campaign with several segments or channels gives each an equal share; a month gets a campaign’s budget in proportion to its days in that month.',
  'This plan has no research, segments, products, initiatives or campaigns yet.',
  'upstream',
  'downstream',
  '{n} found',
  'No problems in this plan.',
  'Problem {n} of {total}: {title}',
  'Press Enter to open.',
  'research',
  'initiative',
  'campaign',
  'flow',
  'contradiction: error',
  'Legend',
  'Show the findings of these rule groups',
  'Search by name or id (/)',
  'Search nodes by name or id',
  'Previous problem (Shift+F8)',
  'Next problem (F8)',
  'Problem',
  'Zoom out (-)',
  'Zoom out',
  'Zoom in (+)',
  'Zoom in',
  'Fit the whole map (0)',
  'Fit',
  'Export the map as SVG',
  'Export SVG',
  'Export the map as PNG',
  'Export PNG',
  'Hover an edge for its findings; click a node (or focus it and press Enter) to open it; C on a segment (or a double click) collapses its campaigns; drag to pan, wheel to zoom.',
  'no schedule',
] as const;

/** Every key the extension translates for the webviews (tests check each has a French and an Italian entry). */
export const WEBVIEW_WORD_KEYS: readonly string[] = [...new Set<string>([...DRAWING_KEYS, ...PAGE_KEYS])];

/** What the extension hands the page: the display language and the translations that differ from English. */
export interface WordsBlob {
  readonly language: string;
  readonly table: Readonly<Record<string, string>>;
}

/** The blob for a display language, `translate` being the host's `vscode.l10n.t` (a key it lacks comes back as is). */
export function wordsBlob(language: string, translate: (english: string) => string): WordsBlob {
  const table: Record<string, string> = {};
  for (const k of WEBVIEW_WORD_KEYS) {
    const said = translate(k);
    if (said !== k) table[k] = said;
  }
  return { language, table };
}

/** The blob as text safe inside `<script type="application/json">` (no `<`, `>`, `&` or line separators left raw). */
export function wordsJson(blob: WordsBlob): string {
  return JSON.stringify(blob).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const NUMBER_TAGS: Readonly<Record<string, string>> = { fr: 'fr-FR', it: 'it-IT' };

/** The page's words from the blob's text (English when absent or unreadable); French and Italian write amounts their way. */
export function pageWords(json: string | null | undefined): DrawWords {
  let blob: Partial<WordsBlob> = {};
  try {
    blob = json ? (JSON.parse(json) as Partial<WordsBlob>) : {};
  } catch {
    blob = {};
  }
  const tag = NUMBER_TAGS[(blob.language ?? 'en').toLowerCase().split('-')[0]];
  const table = blob.table && typeof blob.table === 'object' ? blob.table : {};
  if (!tag) return drawWords(table);
  return drawWords(table, (text) => {
    if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
    const d = /\.(\d+)/.exec(text)?.[1].length ?? 0;
    return new Intl.NumberFormat(tag, { minimumFractionDigits: d, maximumFractionDigits: d }).format(Number(text));
  });
}
