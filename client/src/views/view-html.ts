/** The HTML of the timeline and budget webviews: a strict CSP with a nonce, theme colours only, no remote resource. */
import { drawWords, type DrawWords } from '../../../shared/views-draw/draw-words';
import { wordsJson, type WordsBlob } from '../../../shared/views-draw/webview-words';
import { html } from '../../../shared/views-draw/html-text';
import type { ViewKind } from './protocol';

const CSS = `
:root {
  --sev-error: var(--vscode-editorError-foreground, #f14c4c);
  --sev-warning: var(--vscode-editorWarning-foreground, #cca700);
  --sev-info: var(--vscode-editorInfo-foreground, #3794ff);
  --sev-hint: var(--vscode-editorHint-foreground, #6c6c6c);
  --muted: var(--vscode-descriptionForeground, #8b949e);
  --bar: var(--vscode-charts-blue, #3794ff);
  --plan: var(--vscode-charts-lines, #5a5d5e);
  --period: var(--vscode-editor-inactiveSelectionBackground, rgba(128, 128, 128, 0.12));
  --today: var(--vscode-charts-purple, #b180d7);
  --focus: var(--vscode-focusBorder, #007fd4);
  --border: var(--vscode-panel-border, rgba(128, 128, 128, 0.35));
}
body { margin: 0; padding: 0 14px 14px; color: var(--vscode-foreground); background: var(--vscode-editor-background);
  font-family: var(--vscode-font-family); font-size: var(--vscode-font-size, 13px); }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 16px; padding: 10px 0 8px; border-bottom: 1px solid var(--border); }
h1 { font-size: 1.1em; margin: 0; font-weight: 600; }
h3 { font-size: 1em; margin: 16px 0 4px; }
#note { color: var(--muted); }
.tools { display: flex; gap: 6px; align-items: center; margin-left: auto; }
button, select { font: inherit; color: var(--vscode-button-secondaryForeground, var(--vscode-foreground));
  background: var(--vscode-button-secondaryBackground, transparent); border: 1px solid var(--vscode-button-border, var(--border)); padding: 2px 8px; border-radius: 2px; cursor: pointer; }
select { color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background); border-color: var(--vscode-dropdown-border, var(--border)); }
button[aria-pressed="true"] { color: var(--vscode-button-foreground); background: var(--vscode-button-background); }
button:focus-visible, select:focus-visible { outline: 1px solid var(--focus); outline-offset: 1px; }
#empty { padding: 24px 0; color: var(--muted); }
#chart { overflow: auto; padding-top: 8px; }
.help { color: var(--muted); font-size: 0.9em; margin: 6px 0 0; }
.totals { font-size: 1.05em; }
.over-text, .over { color: var(--sev-error); fill: var(--sev-error); font-weight: 600; }
.note { color: var(--muted); }
table { border-collapse: collapse; margin: 4px 0 8px; font-size: 0.92em; }
caption { text-align: left; color: var(--muted); padding-bottom: 2px; }
th, td { text-align: left; padding: 2px 10px 2px 0; border-bottom: 1px solid var(--border); font-weight: normal; }
td.num, th.num { text-align: right; }
figure { margin: 6px 0; overflow-x: auto; }
code { font-family: var(--vscode-editor-font-family); font-size: 0.95em; }
svg text { fill: var(--vscode-foreground); font-size: 12px; }
svg .row-label { fill: var(--vscode-foreground); }
svg .note, svg .axis text { fill: var(--muted); font-size: 11px; }
svg .group-label { fill: var(--vscode-foreground); font-weight: 600; font-size: 12px; }
svg .axis line { stroke: var(--border); }
svg .period { fill: var(--period); }
svg .bar { fill: var(--bar); } svg .bar.shared { fill-opacity: 0.75; } svg .bar.plan { fill: var(--plan); } svg .bar.over { fill: var(--sev-error); }
svg .bar.status-draft { fill-opacity: 0.45; } svg .bar.status-done { fill-opacity: 0.6; }
svg .bar.sev-error { stroke: var(--sev-error); stroke-width: 3; } svg .bar.sev-warning { stroke: var(--sev-warning); stroke-width: 2.5; }
svg .bar.sev-info { stroke: var(--sev-info); stroke-width: 2; } svg .bar.sev-hint { stroke: var(--sev-hint); stroke-width: 1.5; }
svg .amount { fill: var(--vscode-foreground); }
svg .limit { stroke: var(--vscode-foreground); stroke-dasharray: 3 2; }
svg .diamond { fill: var(--muted); } svg .dep { stroke: var(--muted); stroke-width: 1; }
svg .signoff { fill: var(--vscode-editor-background); stroke: var(--vscode-foreground); stroke-width: 1.5; }
svg .contradiction { fill: none; stroke-width: 2; stroke-dasharray: 5 3; }
svg .sev-error.contradiction { stroke: var(--sev-error); } svg .sev-warning.contradiction { stroke: var(--sev-warning); }
svg .sev-info.contradiction { stroke: var(--sev-info); } svg .sev-hint.contradiction { stroke: var(--sev-hint); }
svg .diamond.sev-error, svg .signoff.sev-error { fill: var(--sev-error); } svg .diamond.sev-warning, svg .signoff.sev-warning { fill: var(--sev-warning); }
svg .diamond.sev-info, svg .signoff.sev-info { fill: var(--sev-info); }
svg .today line { stroke: var(--today); stroke-width: 2; stroke-dasharray: 6 3; } svg .today text { fill: var(--today); font-weight: 600; }
svg [data-key] { cursor: pointer; outline: none; }
svg [data-key]:hover .row-label, svg [data-key]:focus .row-label { text-decoration: underline; }
svg [data-key]:focus .diamond { stroke: var(--focus); stroke-width: 2; }
svg [data-key]:focus .bar:not([class*="sev-"]) { stroke: var(--focus); stroke-width: 2; }
svg [data-key]:focus .row-label { fill: var(--focus); font-weight: 600; }
`;

const timelineTools = (w: DrawWords): string => `
<div class="tools" role="toolbar" aria-label="${html(w.t('Timeline'))}">
  <label for="grouping">${html(w.t('Group by'))}</label>
  <select id="grouping"><option value="segment">${html(w.t('segment'))}</option><option value="product">${html(w.t('product'))}</option><option value="none">${html(w.t('nothing'))}</option></select>
  <span role="group" aria-label="${html(w.t('Zoom'))}">
    <button type="button" data-zoom="month" aria-pressed="false">${html(w.t('Month'))}</button><button type="button" data-zoom="quarter" aria-pressed="false">${html(w.t('Quarter'))}</button><button type="button" data-zoom="year" aria-pressed="true">${html(w.t('Year'))}</button>
  </span>
</div>`;

const HELP: Record<ViewKind, string> = {
  timeline:
    'Bars are campaign schedules (outlined in the colour of their worst finding), dots their sign-offs, diamonds the upstream milestones; a dashed line joins a campaign to the dated decision it runs ahead of. ↑/↓ move, Enter opens, + and − zoom.',
  budget:
    'Amounts as the plan writes them, in its currency. A campaign with several segments or channels gives each an equal share; a month gets a campaign’s budget in proportion to its days in that month.',
};

/** The page; `words` (the display language's, English when absent) also goes to the page script as JSON. */
export function viewHtml(opts: {
  kind: ViewKind;
  cspSource: string;
  scriptUri: string;
  nonce: string;
  title: string;
  words?: WordsBlob;
}): string {
  const { kind, cspSource, scriptUri, nonce: n } = opts;
  const blob = opts.words ?? { language: 'en', table: {} };
  const w = drawWords(blob.table);
  const title = html(opts.title);
  return `<!DOCTYPE html>
<html lang="${html(blob.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${n}'; script-src 'nonce-${n}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${title}</title>
<style nonce="${n}">${CSS}</style>
</head>
<body data-view="${kind}">
<header>
  <h1 id="scope">${title}</h1><span id="note"></span>${kind === 'timeline' ? timelineTools(w) : ''}
</header>
<p class="help">${html(w.t(HELP[kind]))}</p>
<div id="empty">${html(w.t('Loading the plan…'))}</div>
<script type="application/json" id="words">${wordsJson(blob)}</script>
<main id="chart" tabindex="-1"></main>
<script nonce="${n}" src="${scriptUri}"></script>
</body>
</html>`;
}
