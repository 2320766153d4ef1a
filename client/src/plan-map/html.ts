/** The plan map's page: strict CSP with a nonce, no remote resources, theme colours from --vscode-* variables. */
import { drawWords } from '../../../shared/views-draw/draw-words';
import { html } from '../../../shared/views-draw/html-text';
import { wordsJson, type WordsBlob } from '../../../shared/views-draw/webview-words';

const CSS = `
:root {
  --sev-error: var(--vscode-editorError-foreground, #f14c4c);
  --sev-warning: var(--vscode-editorWarning-foreground, #cca700);
  --sev-info: var(--vscode-editorInfo-foreground, #3794ff);
  --sev-hint: var(--vscode-editorHint-foreground, #6c6c6c);
  --edge: var(--vscode-editorLineNumber-foreground, #858585);
  --node-bg: var(--vscode-editorWidget-background, #252526);
  --node-border: var(--vscode-editorWidget-border, var(--vscode-contrastBorder, #454545));
  --focus: var(--vscode-focusBorder, #007fd4);
}
html, body { height: 100%; }
body { margin: 0; padding: 0 12px 8px; color: var(--vscode-foreground); background: var(--vscode-editor-background);
  font-family: var(--vscode-font-family); font-size: var(--vscode-font-size, 13px); display: flex; flex-direction: column; box-sizing: border-box; }
header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 16px; padding: 10px 0 6px;
  border-bottom: 1px solid var(--vscode-panel-border, var(--node-border)); }
h1 { font-size: 1.1em; margin: 0; font-weight: 600; }
#title { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
#filters { display: flex; gap: 10px; flex-wrap: wrap; }
#filters .filter { cursor: pointer; white-space: nowrap; }
#filters input { accent-color: var(--vscode-checkbox-background); vertical-align: middle; margin: 0 2px 0 0; }
#filters input:focus-visible { outline: 1px solid var(--focus); outline-offset: 1px; }
#legend { display: flex; flex-wrap: wrap; gap: 4px 14px; padding: 6px 0; color: var(--vscode-descriptionForeground); font-size: 0.9em; }
#legend .item { display: inline-flex; align-items: center; gap: 5px; }
#legend svg { overflow: visible; }
#empty { padding: 24px 0; color: var(--vscode-descriptionForeground); }
#map { flex: 1 1 auto; min-height: 240px; overflow: hidden; position: relative; cursor: grab; touch-action: none; }
#map.panning { cursor: grabbing; }
#tools { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; padding: 6px 0 2px; }
#tools input { font: inherit; color: var(--vscode-input-foreground); background: var(--vscode-input-background);
  border: 1px solid var(--vscode-input-border, var(--node-border)); padding: 2px 6px; min-width: 14em; }
#tools button { font: inherit; color: var(--vscode-button-secondaryForeground, var(--vscode-foreground)); background: var(--vscode-button-secondaryBackground, transparent);
  border: 1px solid var(--vscode-button-border, var(--node-border)); padding: 1px 8px; border-radius: 2px; cursor: pointer; }
#tools input:focus-visible, #tools button:focus-visible { outline: 1px solid var(--focus); outline-offset: 1px; }
#search-count { color: var(--vscode-descriptionForeground); min-width: 5em; }
#tools .sep { width: 10px; }
#details { min-height: 1.4em; padding-top: 6px; color: var(--vscode-descriptionForeground); font-size: 0.9em; }
svg.plan-map { display: block; }
.divider { stroke: var(--vscode-panel-border, var(--node-border)); stroke-dasharray: 4 4; }
.layer-label { fill: var(--vscode-descriptionForeground); font-size: 11px; text-transform: uppercase; letter-spacing: 0.06em; }
.edge .line { fill: none; stroke: var(--edge); stroke-width: 1.3; opacity: 0.75; }
.edge .hit { fill: none; stroke: transparent; stroke-width: 10; }
.edge.marked .line { stroke-width: 2.6; opacity: 1; }
.edge.sev-error .line, .swatch.sev-error { stroke: var(--sev-error); }
.edge.sev-warning .line, .swatch.sev-warning { stroke: var(--sev-warning); }
.edge.sev-info .line, .swatch.sev-info { stroke: var(--sev-info); }
.edge.sev-hint .line, .swatch.sev-hint { stroke: var(--sev-hint); }
.swatch.sev-none { stroke: var(--edge); }
.swatch { stroke-width: 2.6; }
.edge.marked .line { stroke-dasharray: none; }
.edge:hover .line { stroke-width: 3.4; opacity: 1; }
.arrow.sev-none { fill: var(--edge); }
.arrow.sev-error, .badge.sev-error { fill: var(--sev-error); }
.arrow.sev-warning, .badge.sev-warning { fill: var(--sev-warning); }
.arrow.sev-info, .badge.sev-info { fill: var(--sev-info); }
.arrow.sev-hint, .badge.sev-hint { fill: var(--sev-hint); }
.node { cursor: pointer; outline: none; }
.node .box { fill: var(--node-bg); stroke: var(--node-border); stroke-width: 1; }
.node:hover .box { stroke: var(--focus); }
.node:focus .box, .node:focus-visible .box { stroke: var(--focus); stroke-width: 2.5; }
.node.layer-downstream .box { stroke-dasharray: none; }
.node.worst-error .box { stroke: var(--sev-error); stroke-width: 2.5; }
.node.worst-warning .box { stroke: var(--sev-warning); stroke-width: 2; }
.node.worst-info .box { stroke: var(--sev-info); stroke-width: 1.5; }
.node.worst-hint .box { stroke: var(--sev-hint); stroke-width: 1.5; }
.node.match .box { fill: var(--vscode-editor-findMatchHighlightBackground, rgba(234, 92, 0, 0.33)); }
.node:focus .box, .node:focus-visible .box { stroke: var(--focus); stroke-width: 3; }
.node.collapsed-group .box { stroke-dasharray: 5 3; }
.node .title { fill: var(--vscode-editor-foreground, var(--vscode-foreground)); font-size: 13px; }
.node .sub { fill: var(--vscode-descriptionForeground); font-size: 11px; }
.kind-research .stripe, .k.kind-research { fill: var(--vscode-charts-purple, #b180d7); }
.kind-initiative .stripe, .k.kind-initiative { fill: var(--vscode-charts-orange, #d18616); }
.kind-segment .stripe, .k.kind-segment { fill: var(--vscode-charts-blue, #3794ff); }
.kind-product .stripe, .k.kind-product { fill: var(--vscode-charts-green, #89d185); }
.kind-campaign .stripe, .k.kind-campaign { fill: var(--vscode-charts-yellow, #cca700); }
`;

const kindSwatch = (kind: string, label: string): string =>
  `<span class="item"><svg width="10" height="14" aria-hidden="true"><rect class="k kind-${kind}" width="5" height="14" rx="2"/></svg>${label}</span>`;
const edgeSwatch = (sev: string, label: string): string =>
  `<span class="item"><svg width="24" height="10" aria-hidden="true"><line class="swatch sev-${sev}" x1="0" y1="5" x2="24" y2="5"/></svg>${label}</span>`;

/** The page; `words` (the display language's, English when absent) also goes to the page script as JSON. */
export function planMapHtml(opts: { cspSource: string; scriptUri: string; nonce: string; title?: string; words?: WordsBlob }): string {
  const { cspSource, scriptUri, nonce: n } = opts;
  const blob = opts.words ?? { language: 'en', table: {} };
  const w = drawWords(blob.table);
  const t = (english: string): string => html(w.t(english));
  return `<!DOCTYPE html>
<html lang="${html(blob.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${n}'; script-src 'nonce-${n}'; img-src blob:;">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${html(opts.title ?? 'Plan Map')}</title>
<style nonce="${n}">${CSS}</style>
</head>
<body>
<header>
  <h1 id="scope">${t('Plan map')}</h1><span id="title"></span>
  <div id="filters" role="group" aria-label="${t('Show the findings of these rule groups')}"></div>
</header>
<div id="legend" aria-label="${t('Legend')}">
  ${kindSwatch('research', t('research'))}${kindSwatch('initiative', t('initiative'))}${kindSwatch('segment', t('segment'))}${kindSwatch('product', t('product'))}${kindSwatch('campaign', t('campaign'))}
  ${edgeSwatch('none', t('flow'))}${edgeSwatch('error', t('contradiction: error'))}${edgeSwatch('warning', t('warning'))}${edgeSwatch('info', t('info'))}
</div>
<div id="tools" role="toolbar" aria-label="${t('Plan map')}">
  <input id="search" type="search" placeholder="${t('Search by name or id (/)')}" aria-label="${t('Search nodes by name or id')}"><span id="search-count" aria-live="polite"></span>
  <button type="button" id="previous-problem" title="${t('Previous problem (Shift+F8)')}">◀ ${t('Problem')}</button><button type="button" id="next-problem" title="${t('Next problem (F8)')}">${t('Problem')} ▶</button>
  <span class="sep"></span>
  <button type="button" id="zoom-out" title="${t('Zoom out (-)')}" aria-label="${t('Zoom out')}">−</button><button type="button" id="zoom-in" title="${t('Zoom in (+)')}" aria-label="${t('Zoom in')}">+</button><button type="button" id="fit" title="${t('Fit the whole map (0)')}">${t('Fit')}</button>
  <span class="sep"></span>
  <button type="button" id="export-svg" title="${t('Export the map as SVG')}">${t('Export SVG')}</button><button type="button" id="export-png" title="${t('Export the map as PNG')}">${t('Export PNG')}</button>
</div>
<div id="empty">${t('Loading the plan…')}</div>
<script type="application/json" id="words">${wordsJson(blob)}</script>
<main id="map"></main>
<div id="details" aria-live="polite">${t('Hover an edge for its findings; click a node (or focus it and press Enter) to open it; C on a segment (or a double click) collapses its campaigns; drag to pan, wheel to zoom.')}</div>
<script nonce="${n}" src="${scriptUri}"></script>
</body>
</html>`;
}
