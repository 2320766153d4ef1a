/**
 * The benchmark (`npm run bench`): how long does mplan take on large plans,
 * against the floor of the bare YAML parse of the same files?
 *
 * For each size (campaigns; default 1k, 5k, 10k, 20k) it generates one scope
 * (tests/bench/generate.ts, 2% of the campaigns with a contradiction so that
 * every rule has findings to report and fixes to build), then, three times,
 * and reports the median of each column:
 *   (a) the bare `yaml` parse (parseAllDocuments with the options of parse-file.ts),
 *   (b) the engine in this process, split as read / parse / validate+model /
 *       index+rules / output (JSON), mirroring project/check.ts's checkPaths,
 *   (c) the CLI's wall time: `node bin/mplan.js check <dir> --format json > /dev/null`,
 *   (d) the ratios engine / bare parse and CLI / bare parse,
 *   (e) each rule's time and share of the total rule time (each rule's check
 *       is wrapped with a timer in this process only, then restored).
 * Then the growth when the plan doubles (5k -> 10k -> 20k): at most 2.2x.
 *
 * Options: --sizes 1000,5000 --runs 3 --violations 0.02 --budget 170 --no-cli --keep
 * --budget (seconds): when the runs of a size are projected (from the sizes
 * already measured) to overrun it, that size gets fewer runs, and says so.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { parseAllDocuments } from 'yaml';
import { analyzeFile, analyzeScope } from '../../server/src/engine/analyze';
import { loadConfig, NO_CONFIG, type LoadedConfig } from '../../server/src/engine/config/config';
import type { Finding } from '../../server/src/engine/findings';
import { compareFindings } from '../../server/src/engine/findings';
import { checkPaths } from '../../server/src/engine/project/check';
import { loadProject } from '../../server/src/engine/project/disk';
import { RULES, RULE_NAMES } from '../../server/src/engine/rules/registry';
import type { Rule, RuleContext } from '../../server/src/engine/rules/rule';
import { formatJson } from '../../server/src/cli/format-json';
import { generatePlan, writePlan } from './generate';

const REPO = path.resolve(__dirname, '..', '..', '..');
const BIN = path.join(REPO, 'bin', 'mplan.js');
const YAML_OPTIONS = { schema: 'core', version: '1.2', keepSourceTokens: true } as const;

interface Args {
  sizes: number[];
  runs: number;
  violations: number;
  cli: boolean;
  keep: boolean;
  budget: number;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    sizes: (value('--sizes') ?? '1000,5000,10000,20000').split(',').map(Number).filter((x) => x > 0),
    runs: Math.max(1, Number(value('--runs') ?? '3')),
    violations: Number(value('--violations') ?? '0.02'),
    cli: !argv.includes('--no-cli'),
    keep: argv.includes('--keep'),
    budget: Number(value('--budget') ?? '170'),
  };
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** A full collection between measurements, when V8 lets us have one. */
const collect: () => void = (() => {
  try {
    v8.setFlagsFromString('--expose_gc');
    const gc: unknown = vm.runInNewContext('gc');
    if (typeof gc === 'function') return () => (gc as () => void)();
  } catch {
    // no gc: measurements are a bit noisier
  }
  return () => undefined;
})();

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function planFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) planFiles(p, out);
    else if (/\.mplan\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

// ---------------------------------------------------------------- rule timers

const ruleTime = new Map<string, number>();

/** Wrap every rule's check with a timer; returns the function that restores them. */
function wrapRules(): () => void {
  const restore: Array<() => void> = [];
  for (const rule of RULES) {
    const original = rule.check;
    const code = rule.meta.code;
    const timed = function (this: Rule, ctx: RuleContext): void {
      const t = now();
      try {
        original.call(this, ctx);
      } finally {
        ruleTime.set(code, (ruleTime.get(code) ?? 0) + now() - t);
      }
    };
    try {
      (rule as { check: Rule['check'] }).check = timed;
      restore.push(() => {
        (rule as { check: Rule['check'] }).check = original;
      });
    } catch {
      // a frozen rule object: it runs untimed (its time shows up as index+misc)
    }
  }
  return () => restore.forEach((r) => r());
}

// ---------------------------------------------------------------- one run

interface Sample {
  bare: number;
  read: number;
  parse: number;
  model: number;
  rules: number;
  output: number;
  engine: number;
  cli: number;
  findings: number;
  rulesByCode: Map<string, number>;
}

function bareParse(texts: readonly string[]): number {
  const t = now();
  let docs = 0;
  for (const text of texts) docs += parseAllDocuments(text, YAML_OPTIONS).length;
  const ms = now() - t;
  if (docs < 0) throw new Error('unreachable');
  return ms;
}

/** The engine as checkPaths runs it (project/check.ts), timed by part. */
function engineRun(dir: string): Omit<Sample, 'bare' | 'cli'> {
  const t0 = now();
  const project = loadProject([dir]);
  const t1 = now();
  for (const scope of project.scopes) for (const f of scope.files) analyzeFile(f); // validate + model (cached by file)
  const t2 = now();
  ruleTime.clear();
  const restore = wrapRules();
  const findings: Finding[] = [];
  try {
    const configs = new Map<string, LoadedConfig>();
    const seen = new Set<string>();
    for (const scope of project.scopes) {
      const boundary = project.boundaries.get(scope.root) ?? path.parse(scope.root).root;
      const configPath = project.loader.nearestConfig(scope.root, boundary);
      let config = NO_CONFIG;
      if (configPath) {
        config = configs.get(configPath) ?? loadConfig(project.loader.loadConfig(configPath), RULE_NAMES);
        configs.set(configPath, config);
      }
      const analysis = analyzeScope(scope, { config, misplacedConfigs: project.configsBelow.get(scope.root) ?? [] });
      for (const f of analysis.findings) {
        if (!project.requested.has(f.file) && path.basename(f.file) !== 'mplan.config.yaml') continue;
        const key = `${f.file}:${f.span.offset}:${f.span.length}:${f.code}:${f.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(f);
      }
    }
    findings.sort(compareFindings);
  } finally {
    restore();
  }
  const t3 = now();
  const json = formatJson(findings, process.cwd());
  const t4 = now();
  if (!json.startsWith('[')) throw new Error('unexpected JSON output');
  return {
    read: t1 - t0 - project.timings.parse, // reading files and walking folders
    parse: project.timings.parse,
    model: t2 - t1,
    rules: t3 - t2,
    output: t4 - t3,
    engine: t4 - t0,
    findings: findings.filter((f) => !f.suppressed).length,
    rulesByCode: new Map(ruleTime),
  };
}

function cliRun(dir: string): number {
  const t = now();
  const r = spawnSync(process.execPath, [BIN, 'check', dir, '--format', 'json'], { stdio: ['ignore', 'ignore', 'pipe'], cwd: REPO, maxBuffer: 64 * 1024 * 1024 });
  const ms = now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`mplan check exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  return ms;
}

// ---------------------------------------------------------------- output

function fmtMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)}s` : ms >= 100 ? `${Math.round(ms)}` : ms.toFixed(1);
}

function table(head: string[], rows: string[][], align: Array<'l' | 'r'> = []): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => ((align[i] ?? (i === 0 ? 'l' : 'r')) === 'l' ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const sep = `|${widths.map((w, i) => ((align[i] ?? (i === 0 ? 'l' : 'r')) === 'l' ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`;
  return [line(head), sep, ...rows.map(line)].join('\n');
}

const label = (n: number): string => (n % 1000 === 0 ? `${n / 1000}k` : String(n));

interface SizeResult {
  n: number;
  runs: number;
  files: number;
  lines: number;
  bytes: number;
  med: Sample;
  planted: string[];
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const started = now();
  const out = (s = ''): void => {
    process.stdout.write(`${s}\n`);
  };
  out(`mplan benchmark: node ${process.version}, ${args.runs} run(s) per size (median), ${Math.round(args.violations * 1000) / 10}% of campaigns with a contradiction`);

  // Warm up the JIT (and check that the replica of checkPaths agrees with it).
  {
    const plan = generatePlan({ campaigns: 500, violations: args.violations });
    const dir = writePlan(plan);
    const mine = engineRun(dir);
    const theirs = checkPaths([dir]).findings.filter((f) => !f.suppressed).length;
    if (mine.findings !== theirs) out(`WARNING: the timed engine run found ${mine.findings} findings, checkPaths ${theirs}`);
    bareParse(planFiles(dir).map((f) => fs.readFileSync(f, 'utf8')));
    if (!args.keep) fs.rmSync(dir, { recursive: true, force: true });
  }

  const results: SizeResult[] = [];
  /** Measured ms of one run per campaign, for the projection. */
  let msPerCampaign = 0;
  const remaining = [...args.sizes];
  for (const n of args.sizes) {
    remaining.shift();
    const plan = generatePlan({ campaigns: n, violations: args.violations });
    const dir = writePlan(plan);
    const texts = planFiles(dir).map((f) => fs.readFileSync(f, 'utf8'));
    const samples: Sample[] = [];
    // Keep one run for each size still to come, then spend what is left here.
    let runs = args.runs;
    if (msPerCampaign > 0) {
      const left = args.budget * 1000 - (now() - started);
      const later = remaining.reduce((a, m) => a + m * msPerCampaign, 0);
      runs = Math.max(1, Math.min(args.runs, Math.floor((left - later) / (n * msPerCampaign))));
    }
    const sizeStart = now();
    for (let r = 0; r < runs; r++) {
      collect();
      const bare = bareParse(texts);
      collect();
      const e = engineRun(dir);
      collect();
      const cli = args.cli ? cliRun(dir) : NaN;
      samples.push({ ...e, bare, cli });
    }
    msPerCampaign = (now() - sizeStart) / runs / n;
    const pickMed = (k: keyof Omit<Sample, 'rulesByCode'>): number => median(samples.map((s) => s[k]));
    const rulesByCode = new Map<string, number>();
    for (const rule of RULES) rulesByCode.set(rule.meta.code, median(samples.map((s) => s.rulesByCode.get(rule.meta.code) ?? 0)));
    const med: Sample = {
      bare: pickMed('bare'), read: pickMed('read'), parse: pickMed('parse'), model: pickMed('model'), rules: pickMed('rules'),
      output: pickMed('output'), engine: pickMed('engine'), cli: pickMed('cli'), findings: pickMed('findings'), rulesByCode,
    };
    results.push({ n, runs, files: plan.files.size, lines: plan.lines, bytes: plan.bytes, med, planted: plan.planted });
    out(`  ${label(n)}: ${runs} run${runs === 1 ? '' : 's'}${runs < args.runs ? ' (time budget)' : ''}, ${plan.files.size} files, ${plan.lines} lines, ${(plan.bytes / 1e6).toFixed(1)} MB, ${med.findings} findings; engine ${fmtMs(med.engine)} ms, CLI ${fmtMs(med.cli)} ms${args.keep ? `  (${dir})` : ''}`);
    if (!args.keep) fs.rmSync(dir, { recursive: true, force: true });
  }

  out();
  out('Times in ms (median). engine = read + parse + validate+model + index+rules + output, in this process; CLI = wall time of a fresh `node bin/mplan.js check DIR --format json`.');
  out();
  out(
    table(
      ['campaigns', 'runs', 'files', 'lines', 'MB', 'bare parse', 'read', 'parse', 'validate+model', 'index+rules', 'output', 'engine', 'CLI wall', 'engine/bare', 'CLI/bare', 'findings'],
      results.map((r) => [
        label(r.n), String(r.runs), String(r.files), String(r.lines), (r.bytes / 1e6).toFixed(1), fmtMs(r.med.bare), fmtMs(r.med.read), fmtMs(r.med.parse),
        fmtMs(r.med.model), fmtMs(r.med.rules), fmtMs(r.med.output), fmtMs(r.med.engine), Number.isNaN(r.med.cli) ? '-' : fmtMs(r.med.cli),
        `${(r.med.engine / r.med.bare).toFixed(2)}x`, Number.isNaN(r.med.cli) ? '-' : `${(r.med.cli / r.med.bare).toFixed(2)}x`, String(r.med.findings),
      ]),
    ),
  );

  // Growth when the plan doubles.
  const growth: string[][] = [];
  let worst = 0;
  for (const r of results) {
    const half = results.find((x) => x.n * 2 === r.n);
    if (!half) continue;
    const cells = (['bare', 'engine', 'cli'] as const).map((k) => {
      const x = r.med[k] / half.med[k];
      if (k !== 'bare' && Number.isFinite(x)) worst = Math.max(worst, x);
      return Number.isFinite(x) ? `${x.toFixed(2)}x` : '-';
    });
    const ok = Math.max(r.med.engine / half.med.engine, args.cli ? r.med.cli / half.med.cli : 0) <= 2.2;
    growth.push([`${label(half.n)} -> ${label(r.n)}`, ...cells, ok ? 'ok' : 'OVER 2.2x']);
  }
  if (growth.length) {
    out();
    out('Growth when the plan doubles (at most 2.2x):');
    out();
    out(table(['doubling', 'bare parse', 'engine', 'CLI wall', 'linear?'], growth));
  }
  const perK = results.map((r) => [label(r.n), fmtMs(r.med.bare / (r.n / 1000)), fmtMs(r.med.engine / (r.n / 1000)), Number.isNaN(r.med.cli) ? '-' : fmtMs(r.med.cli / (r.n / 1000))]);
  out();
  out('Per 1000 campaigns (ms):');
  out();
  out(table(['campaigns', 'bare parse', 'engine', 'CLI wall'], perK));

  // Rules.
  out();
  out('Rule time (ms, median) and share of the total rule time; index+misc = index, suppressions, sorting (index+rules minus the rules):');
  out();
  const ruleRows: string[][] = [];
  const totals = results.map((r) => [...r.med.rulesByCode.values()].reduce((a, b) => a + b, 0));
  for (const rule of RULES) {
    const code = rule.meta.code;
    const cells = results.map((r) => fmtMs(r.med.rulesByCode.get(code) ?? 0));
    const lastTotal = totals[totals.length - 1] || 1;
    const share = ((results[results.length - 1]?.med.rulesByCode.get(code) ?? 0) / lastTotal) * 100;
    ruleRows.push([`${code} ${rule.meta.name}`, ...cells, `${share.toFixed(1)}%`]);
  }
  ruleRows.sort((a, b) => Number.parseFloat(b[b.length - 1]) - Number.parseFloat(a[a.length - 1]) || (a[0] < b[0] ? -1 : 1));
  ruleRows.push(['all rules', ...totals.map(fmtMs), '100.0%']);
  ruleRows.push(['index+misc', ...results.map((r, i) => fmtMs(Math.max(0, r.med.rules - totals[i]))), '']);
  out(table(['rule', ...results.map((r) => label(r.n)), `share at ${results.length ? label(results[results.length - 1].n) : '-'}`], ruleRows));
  const missing = RULES.length ? results[results.length - 1]?.planted.filter((c) => !RULES.some((r) => r.meta.code === c)) ?? [] : [];
  out();
  out(`${RULES.length} rules registered${missing.length ? `; planted contradictions for rules not registered yet: ${missing.join(' ')}` : ''}.`);
  out(`Verdict: ${worst <= 2.2 ? 'linear' : `NOT linear (worst doubling ${worst.toFixed(2)}x)`}; bench took ${((now() - started) / 1000).toFixed(0)} s.`);
}

main();
