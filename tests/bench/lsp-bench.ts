/**
 * Language-server benchmark (part of `npm run bench`): over a real LSP
 * connection, cold start to first diagnostics, edit-to-diagnostics latency
 * (median and p95 over 50 edits) and peak RSS, for mplan's server and, side by
 * side in the same run, yaml-language-server with the generated JSON Schema.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeConfigurationNotification } from 'vscode-languageserver-protocol';
import { LspClient, SERVER, uri } from '../support/lsp-client';

const REPO = path.resolve(__dirname, '../../..');
const YAML_LS = path.join(REPO, 'node_modules/yaml-language-server/bin/yaml-language-server');
const EDITS = 50;

/** One segment, product and research per 20 campaigns; each campaign is 13 lines. */
function upstreamText(n: number, prefix: string): string {
  const segs: string[] = [];
  const prods: string[] = [];
  const research: string[] = [];
  for (let i = 0; i < n; i++) {
    research.push(`    - id: ${prefix}study-${i}\n      method: survey\n      completed: 2026-06-01\n      segments: [${prefix}seg-${i}]`);
    segs.push(
      `    - id: ${prefix}seg-${i}\n      name: Segment ${i}\n      age: 25-45\n      regions: [FR, DE]\n      channels: [search, email]\n      evidence: [${prefix}study-${i}]`,
    );
    prods.push(
      `    - id: ${prefix}prod-${i}\n      name: Product ${i}\n      segments: [${prefix}seg-${i}]\n      valueProps:\n        - id: ${prefix}vp-${i}\n          claim: Claim ${i}\n      pricing: { list: 100, floor: 60, maxDiscount: 30% }`,
    );
  }
  return `upstream:\n  research:\n${research.join('\n')}\n  segments:\n${segs.join('\n')}\n  products:\n${prods.join('\n')}\n`;
}

function campaignsText(count: number, groups: number, prefix: string, upPrefix: string): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const g = i % groups;
    out.push(
      `    - id: ${prefix}c-${i}\n      name: Campaign ${i}\n      product: ${upPrefix}prod-${g}\n      segments: [${upPrefix}seg-${g}]\n      channels: [search]\n` +
        `      message: { valueProps: [${upPrefix}vp-${g}] }\n      offer: { discount: 10% }\n      schedule: { start: 2027-02-01, end: 2027-03-01 }\n      budget: 1000\n` +
        `      kpis: [conversions]\n      salesReview: { by: sales, on: 2027-01-15 }\n      pretest: { method: ab, on: 2027-01-20 }\n      status: planned`,
    );
  }
  return `downstream:\n  campaigns:\n${out.join('\n')}\n`;
}

const PLAN =
  'version: 1\nplan:\n  id: bench\n  name: Bench\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n  mission: Measure.\n';

interface Workload {
  label: string;
  dir: string;
  edited: string;
  /** The line each edit rewrites in the edited file, and the lines it writes in turn. */
  marker: string;
  variant: (i: number) => string;
  lines: number;
  files: number;
}

const BUDGET_LINE = '      budget: 1000\n';
const budgetVariant = (i: number): string => `      budget: ${1000 + ((i + 1) % 9)}\n`;

/**
 * A scope whose edited file has about `lines` lines; `otherFiles` more files of the same size on disk.
 * `upstream`: the edits go to the plan file (a segment's name), not to a campaign's budget.
 */
export function workload(label: string, lines: number, otherFiles: number, upstream = false): Workload {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mplan-lspbench-'));
  fs.mkdirSync(path.join(dir, '.git'));
  const campaigns = Math.max(1, Math.round((lines * 0.8) / 13));
  const groups = Math.max(1, Math.round(campaigns / 20));
  const write = (rel: string, text: string): void => fs.writeFileSync(path.join(dir, rel), text);
  write('plan.mplan.yaml', PLAN + upstreamText(groups, ''));
  const edited = path.join(dir, upstream ? 'plan.mplan.yaml' : 'edited.mplan.yaml');
  write('edited.mplan.yaml', campaignsText(Math.round(lines / 13), groups, 'e', ''));
  for (let f = 0; f < otherFiles; f++) write(`other-${f}.mplan.yaml`, campaignsText(Math.round(lines / 13), groups, `o${f}`, ''));
  let total = 0;
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.yaml')) total += fs.readFileSync(path.join(dir, f), 'utf8').split('\n').length;
  const marker = upstream ? '      name: Segment 0\n' : BUDGET_LINE;
  const variant = upstream ? (i: number): string => `      name: Segment 0 v${(i % 9) + 1}\n` : budgetVariant;
  return { label, dir, edited, marker, variant, lines: total, files: otherFiles + 2 };
}

function peakRssMiB(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

interface Result {
  server: string;
  cold: number;
  median: number;
  p95: number;
  rss: number;
}

async function measure(server: 'mplan' | 'yaml-language-server', w: Workload): Promise<Result> {
  const t0 = performance.now();
  const client = new LspClient(server === 'mplan' ? [SERVER, '--stdio'] : [YAML_LS, '--stdio']);
  const schemaUri = pathToFileURL(path.join(REPO, 'schemas/mplan.schema.json')).href;
  const yamlSettings = {
    validate: true,
    hover: false,
    completion: false,
    schemas: { [schemaUri]: ['*.mplan.yaml'] },
    schemaStore: { enable: false },
  };
  client.sectionSettings = { yaml: yamlSettings, '[yaml]': {}, 'editor.tabSize': 2, http: {}, files: {} };
  await client.initialize(w.dir);
  if (server === 'yaml-language-server')
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { yaml: yamlSettings } });
  const fileUri = uri(w.edited);
  let text = fs.readFileSync(w.edited, 'utf8');
  const first = client.waitFor(fileUri, () => true, 120000);
  await client.open(fileUri, text);
  await first;
  const cold = performance.now() - t0;
  const times: number[] = [];
  const marker = w.marker;
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`no ${JSON.stringify(marker)} in ${w.edited}`);
  for (let i = 0; i < EDITS; i++) {
    text = `${text.slice(0, at)}${w.variant(i)}${text.slice(at + marker.length)}`;
    const wait = client.waitFor(fileUri, () => true, 60000);
    const s = performance.now();
    await client.change(fileUri, text);
    await wait;
    times.push(performance.now() - s);
    text = `${text.slice(0, at)}${marker}${text.slice(at + w.variant(i).length)}`;
  }
  const rss = peakRssMiB(client.proc.pid);
  await client.stop();
  return { server, cold, median: quantile(times, 0.5), p95: quantile(times, 0.95), rss };
}

export async function lspBench(): Promise<void> {
  const workloads = [
    workload('500 lines, 1 file edited', 500, 0),
    workload('5,000 lines, 1 file edited', 5000, 0),
    workload('50,000 lines in 50 files', 1000, 48),
    workload('50,000 lines in 50 files, edits in the plan file', 1000, 48, true),
  ];
  const rows: string[] = [];
  const fmt = (n: number): string => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : '-');
  for (const w of workloads) {
    const ours = await measure('mplan', w);
    const anchor = await measure('yaml-language-server', w);
    for (const r of [ours, anchor]) {
      rows.push(
        `| ${w.label} (${w.lines} lines total) | ${r.server} | ${fmt(r.cold)} | ${fmt(r.median)} | ${fmt(r.p95)} | ${fmt(r.rss)} |`,
      );
    }
    rows.push(`| | mplan / yaml-ls median | | ${(ours.median / anchor.median).toFixed(2)}x | | |`);
    fs.rmSync(w.dir, { recursive: true, force: true });
  }
  process.stdout.write(
    [
      '',
      'Language server over LSP (edit -> publishDiagnostics, 50 edits):',
      '',
      '| workload | server | cold start to first diagnostics (ms) | edit median (ms) | edit p95 (ms) | peak RSS (MiB) |',
      '|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
}

if (require.main === module) {
  lspBench().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
