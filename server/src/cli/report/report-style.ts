/** The report's stylesheet: light and dark schemes, severity colours shared by the text and the SVG charts, and a print layout. */
export const REPORT_CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa;
  --bar: #5b7fb9; --plan: #b7c4d6; --period: #eef3fa; --error: #c62828; --warning: #a86400; --info: #1769aa; --hint: #6e7781; --today: #8250df; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #161b22;
    --bar: #6d9be0; --plan: #4a5668; --period: #16202e; --error: #ff6b6b; --warning: #e3b341; --info: #58a6ff; --hint: #9198a1; --today: #bc8cff; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
header.page, main, nav.toc { max-width: 1100px; margin: 0 auto; padding: 0 20px; }
header.page { padding-top: 20px; color: var(--muted); font-size: 13px; }
h1 { font-size: 28px; margin: 8px 0 4px; } h2 { font-size: 21px; border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 36px; }
h3 { font-size: 17px; margin-top: 24px; } h4 { font-size: 15px; margin: 16px 0 6px; }
a { color: var(--info); }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; background: var(--panel); padding: 12px 16px; border-radius: 6px; }
dl.summary dt { color: var(--muted); } dl.summary dd { margin: 0; }
.over-text, .over { color: var(--error); fill: var(--error); font-weight: 600; }
figure { margin: 12px 0; overflow-x: auto; } figcaption { color: var(--muted); font-size: 13px; }
svg { max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
svg text { fill: var(--fg); } svg .note, svg .column-title, svg .axis text { fill: var(--muted); }
svg .axis line { stroke: var(--line); stroke-width: 1; }
svg .period { fill: var(--period); }
svg .bar { fill: var(--bar); } svg .bar.shared { fill-opacity: 0.75; } svg .bar.plan { fill: var(--plan); } svg .bar.over { fill: var(--error); }
svg .bar.status-draft { fill-opacity: 0.45; } svg .bar.status-done { fill-opacity: 0.6; }
svg .bar.sev-error { stroke: var(--error); stroke-width: 3; } svg .bar.sev-warning { stroke: var(--warning); stroke-width: 2.5; }
svg .bar.sev-info { stroke: var(--info); stroke-width: 2; } svg .bar.sev-hint { stroke: var(--hint); stroke-width: 1.5; }
svg .limit { stroke: var(--fg); stroke-dasharray: 3 2; }
svg .diamond { fill: var(--muted); } svg .dep { stroke: var(--muted); stroke-width: 1; }
svg .signoff { fill: var(--bg); stroke: var(--fg); stroke-width: 1.5; }
svg .contradiction { fill: none; stroke-width: 2; stroke-dasharray: 5 3; }
svg .sev-error.contradiction, svg .flow.sev-error { stroke: var(--error); } svg .sev-warning.contradiction, svg .flow.sev-warning { stroke: var(--warning); }
svg .sev-info.contradiction, svg .flow.sev-info { stroke: var(--info); } svg .sev-hint.contradiction, svg .flow.sev-hint { stroke: var(--hint); }
svg .diamond.sev-error, svg .signoff.sev-error { fill: var(--error); } svg .diamond.sev-warning, svg .signoff.sev-warning { fill: var(--warning); }
svg .diamond.sev-info, svg .signoff.sev-info { fill: var(--info); }
svg .today line { stroke: var(--today); stroke-width: 2; stroke-dasharray: 6 3; } svg .today text { fill: var(--today); font-weight: 600; }
svg .flow { fill: none; stroke: var(--line); stroke-width: 1.2; } svg .flow[class*="sev-"] { stroke-width: 2.5; }
svg .node rect { fill: var(--panel); stroke: var(--line); } svg .node.campaign rect { stroke: var(--bar); }
svg .node.sev-error rect { stroke: var(--error); stroke-width: 2.5; } svg .node.sev-warning rect { stroke: var(--warning); stroke-width: 2; }
svg .node.sev-info rect { stroke: var(--info); stroke-width: 1.5; }
svg .column-title { font-weight: 600; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
th, td { border-bottom: 1px solid var(--line); padding: 3px 10px 3px 0; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
caption { text-align: left; color: var(--muted); padding-bottom: 4px; }
details.data > summary { cursor: pointer; color: var(--muted); font-size: 13px; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; color: #fff; font-size: 12px; }
.badge.sev-error { background: var(--error); } .badge.sev-warning { background: var(--warning); } .badge.sev-info { background: var(--info); } .badge.sev-hint { background: var(--hint); }
ul.findings { list-style: none; padding: 0; } li.finding { border-left: 4px solid var(--line); padding: 4px 12px; margin: 8px 0; background: var(--panel); }
li.finding.sev-error { border-color: var(--error); } li.finding.sev-warning { border-color: var(--warning); } li.finding.sev-info { border-color: var(--info); }
li.finding p { margin: 2px 0; } .code { font-weight: 700; } .rule, .place { color: var(--muted); }
ul.related { margin: 4px 0; font-size: 13px; }
.filters button { font: inherit; margin: 0 6px 6px 0; padding: 2px 10px; border: 1px solid var(--line); background: var(--panel); color: var(--fg); border-radius: 12px; cursor: pointer; }
.filters button[aria-pressed="false"] { opacity: 0.45; text-decoration: line-through; }
.hidden { display: none; }
:focus-visible { outline: 2px solid var(--info); outline-offset: 2px; }
.clean { color: var(--muted); }
@media print {
  :root { color-scheme: light; --bg: #fff; --fg: #000; --panel: #fff; }
  nav.toc, .filters { display: none; }
  section.part { break-before: page; } section.scope:first-of-type > section.part:first-of-type { break-before: auto; }
  figure, li.finding, tr { break-inside: avoid; }
  details > *:not(summary) { display: block; }
  .hidden { display: block; }
  body { font-size: 11pt; }
}
`;
