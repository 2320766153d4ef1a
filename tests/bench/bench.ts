/**
 * The benchmark (`npm run bench`): how long does mplan take on large plans,
 * against the floor of the bare YAML parse of the same files?
 *
 * For each size (campaigns; default 1k, 5k, 10k, 20k) it generates one scope
 * (tests/bench/generate.ts, 2% of the campaigns with a contradiction so that
 * every rule has findings to report and fixes to build), then measures, up to
 * three times, each in a fresh process (cold, as the CLI runs), and reports
 * the median of each column:
 *   (a) the bare `yaml` parse (parseAllDocuments with the options of parse-file.ts),
 *   (b) the engine, split as read / parse / validate+model / index+rules /
 *       output (JSON), mirroring project/check.ts's checkPaths step by step,
 *   (c) the CLI's wall time: `node bin/mplan.js check <dir> --format json > /dev/null`
 *       (threads, and `--jobs 1`), and with the default text output, which shows
 *       no fixes and so keeps no file's tree (model/handles.ts),
 *   (d) the ratios engine / bare parse and CLI / bare parse,
 *   (e) each rule's time and share of the total rule time (each rule's check
 *       is wrapped with a timer in the measuring process only, then restored).
 * Then the growth when the plan doubles (5k -> 10k -> 20k): at most 2.2x,
 * judged on CPU time (user + system), which other processes on a shared
 * machine disturb less than wall time; wall time is shown beside it.
 *
 * Options: --sizes 1000,5000 --runs 3 --violations 0.02 --budget 160 --no-cli --keep
 * --budget (seconds, 0 = none): every size gets one run; a further run of a
 * size is made only while its last run fits in what is left of the budget,
 * so on a slow machine the largest sizes get fewer runs (the table says how many).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { analyzeFile } from '../../server/src/engine/analyze';
import type { Finding } from '../../server/src/engine/findings';
import { compareFindings } from '../../server/src/engine/findings';
import { checkPaths, hostOfProject } from '../../server/src/engine/project/check';
import { scopeId } from '../../server/src/engine/host/analysis-host';
import { uniqueFindings } from '../../server/src/engine/host/dedupe';
import { loadProject } from '../../server/src/engine/project/disk';
import { RULES } from '../../server/src/engine/rules/registry';
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
    sizes: (value('--sizes') ?? '1000,5000,10000,20000')
      .split(',')
      .map(Number)
      .filter((x) => x > 0),
    runs: Math.max(1, Number(value('--runs') ?? '3')),
    violations: Number(value('--violations') ?? '0.02'),
    cli: !argv.includes('--no-cli'),
    keep: argv.includes('--keep'),
    budget: Number(value('--budget') ?? '160'),
  };
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
/** CPU time (user + system, all threads) of this process so far, in ms: less disturbed than wall time by other load. */
const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

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

/** Wrap every rule's check, and its campaign part where it has one, with a timer; returns the function that restores them. */
function wrapRules(): () => void {
  const restore: Array<() => void> = [];
  for (const rule of RULES) {
    const code = rule.meta.code;
    for (const part of ['check', 'checkCampaigns'] as const) {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the rule as `this` below, and put back as it was
      const original = rule[part];
      if (!original) continue;
      const timed = function (this: Rule, ctx: RuleContext): void {
        const t = now();
        try {
          original.call(this, ctx);
        } finally {
          ruleTime.set(code, (ruleTime.get(code) ?? 0) + now() - t);
        }
      };
      try {
        (rule as Pick<Rule, typeof part>)[part] = timed;
        restore.push(() => {
          (rule as Pick<Rule, typeof part>)[part] = original;
        });
      } catch {
        // a frozen rule object: it runs untimed (its time shows up as index+misc)
      }
    }
  }
  return () => restore.forEach((r) => r());
}

// ---------------------------------------------------------------- one run

type EngineSample = Omit<Sample, 'bare' | 'cli' | 'bareCpu' | 'cliCpu' | 'cliRss' | 'cliOne' | 'cliOneRss' | 'cliText' | 'cliTextRss'>;

interface Sample {
  bare: number;
  read: number;
  parse: number;
  model: number;
  rules: number;
  output: number;
  engine: number;
  cli: number;
  bareCpu: number;
  engineCpu: number;
  cliCpu: number;
  /** The CLI process's peak resident set size, MiB (`process.resourceUsage().maxRSS`). */
  cliRss: number;
  /** The CLI on one thread (`--jobs 1`): wall time and peak RSS, beside the default (threads parse from 2 MiB of plans). */
  cliOne: number;
  cliOneRss: number;
  /** The CLI with its default text output (threads): no fixes computed, each file's tree released once modelled. */
  cliText: number;
  cliTextRss: number;
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
function engineRun(dir: string): EngineSample {
  const c0 = cpuNow();
  const t0 = now();
  const project = loadProject([dir]);
  const t1 = now();
  for (const scope of project.scopes) for (const f of scope.files) analyzeFile(f); // validate + model (cached by file)
  const t2 = now();
  ruleTime.clear();
  const restore = wrapRules();
  const findings: Finding[] = [];
  try {
    const host = hostOfProject(project);
    const wanted = new Set(project.scopes.map(scopeId));
    for (const scope of host.allScopes()) {
      if (!wanted.has(scopeId(scope))) continue;
      for (const f of host.analysisOfScope(scope)?.findings ?? []) {
        if (project.requested.has(f.file) || path.basename(f.file) === 'mplan.config.yaml') findings.push(f);
      }
    }
    findings.splice(0, findings.length, ...uniqueFindings(findings).sort(compareFindings));
  } finally {
    restore();
  }
  const t3 = now();
  const json = formatJson(findings, process.cwd());
  const t4 = now();
  if (!json.startsWith('[')) throw new Error('unexpected JSON output');
  return {
    read: t1 - t0 - project.timings.parse - project.timings.model, // reading files and walking folders
    parse: project.timings.parse,
    model: project.timings.model + t2 - t1, // done as each file is loaded (project/disk.ts), the rest after
    rules: t3 - t2,
    output: t4 - t3,
    engine: t4 - t0,
    engineCpu: cpuNow() - c0,
    findings: findings.filter((f) => !f.suppressed).length,
    rulesByCode: new Map(ruleTime),
  };
}

/** Run one measurement in a fresh process, as the CLI runs: `bare` or `engine`. */
function measureInChild(kind: 'bare' | 'engine', dir: string): { bare?: { ms: number; cpu: number }; engine?: EngineSample } {
  const r = spawnSync(process.execPath, [__filename, '--measure', kind, dir], { cwd: REPO, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`measuring ${kind} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  const data = JSON.parse(r.stdout) as {
    bare?: { ms: number; cpu: number };
    engine?: Omit<EngineSample, 'rulesByCode'> & { rulesByCode: Record<string, number> };
  };
  if (kind === 'bare') return { bare: data.bare };
  const e = data.engine;
  if (!e) throw new Error('no engine sample');
  return { engine: { ...e, rulesByCode: new Map(Object.entries(e.rulesByCode)) } };
}

/** The child side of measureInChild. */
function measureHere(kind: string, dir: string): void {
  if (kind === 'bare') {
    const texts = planFiles(dir).map((f) => fs.readFileSync(f, 'utf8'));
    const c0 = cpuNow();
    const ms = bareParse(texts);
    process.stdout.write(JSON.stringify({ bare: { ms, cpu: cpuNow() - c0 } }));
  } else {
    const e = engineRun(dir);
    process.stdout.write(JSON.stringify({ engine: { ...e, rulesByCode: Object.fromEntries(e.rulesByCode) } }));
  }
}

/** Preloaded into the CLI process (`node -r`): reports its CPU time and peak RSS (KiB) on stderr at exit. */
const CPU_PRELOAD = `process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeSync(2, '\\nMPLAN_BENCH_CPU ' + (u.user + u.system) / 1000 + ' ' + process.resourceUsage().maxRSS + '\\n'); });\n`;
let preloadFile: string | undefined;

function cliRun(dir: string, extra: readonly string[] = [], format = 'json'): { ms: number; cpu: number; rss: number } {
  if (!preloadFile) {
    preloadFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mplan-bench-cpu-')), 'cpu.js');
    fs.writeFileSync(preloadFile, CPU_PRELOAD);
  }
  const t = now();
  const r = spawnSync(process.execPath, ['-r', preloadFile, BIN, 'check', dir, '--format', format, ...extra], {
    stdio: ['ignore', 'ignore', 'pipe'],
    cwd: REPO,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = now() - t;
  const stderr = r.stderr.toString();
  if (r.status !== 0 && r.status !== 1) throw new Error(`mplan check exited ${r.status}: ${stderr.slice(0, 500)}`);
  const m = /MPLAN_BENCH_CPU ([\d.]+) (\d+)/.exec(stderr);
  return { ms, cpu: m ? Number(m[1]) : NaN, rss: m ? Number(m[2]) / 1024 : NaN };
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
  out(
    `mplan benchmark: node ${process.version}, ${args.runs} run(s) per size (median), ${Math.round(args.violations * 1000) / 10}% of campaigns with a contradiction`,
  );

  // The timed replica of checkPaths must find what checkPaths finds.
  {
    const dir = writePlan(generatePlan({ campaigns: 500, violations: args.violations }));
    const mine = engineRun(dir).findings;
    const theirs = checkPaths([dir]).findings.filter((f) => !f.suppressed).length;
    if (mine !== theirs) out(`WARNING: the timed engine run found ${mine} findings, checkPaths ${theirs}`);
    fs.rmSync(dir, { recursive: true, force: true });
  }

  // Generate every size, give each one run, then complete the sizes to
  // --runs runs, cheapest first, while a size's last run still fits in what
  // is left of the time budget. Every measurement is a fresh process, as the
  // CLI is: bare parse and engine in one each (cold, like the CLI), then the CLI.
  const sizes = args.sizes.map((n) => {
    const plan = generatePlan({ campaigns: n, violations: args.violations });
    const dir = writePlan(plan);
    return { n, plan, dir, samples: [] as Sample[], lastMs: 0 };
  });
  const runOnce = (size: (typeof sizes)[number]): void => {
    const t = now();
    const bare = measureInChild('bare', size.dir).bare ?? { ms: NaN, cpu: NaN };
    const e = measureInChild('engine', size.dir).engine;
    if (!e) throw new Error('no engine sample');
    const cli = args.cli ? cliRun(size.dir) : { ms: NaN, cpu: NaN, rss: NaN };
    const one = args.cli ? cliRun(size.dir, ['--jobs', '1']) : { ms: NaN, cpu: NaN, rss: NaN };
    const text = args.cli ? cliRun(size.dir, [], 'text') : { ms: NaN, cpu: NaN, rss: NaN };
    size.samples.push({
      ...e,
      bare: bare.ms,
      bareCpu: bare.cpu,
      cli: cli.ms,
      cliCpu: cli.cpu,
      cliRss: cli.rss,
      cliOne: one.ms,
      cliOneRss: one.rss,
      cliText: text.ms,
      cliTextRss: text.rss,
    });
    size.lastMs = now() - t;
    out(
      `  ${label(size.n)} run ${size.samples.length}: bare parse ${fmtMs(bare.ms)} ms (cpu ${fmtMs(bare.cpu)}), engine ${fmtMs(e.engine)} ms (cpu ${fmtMs(e.engineCpu)}), CLI ${fmtMs(cli.ms)} ms (cpu ${fmtMs(cli.cpu)}, peak RSS ${Math.round(cli.rss)} MiB; --jobs 1: ${fmtMs(one.ms)} ms, ${Math.round(one.rss)} MiB; text: ${fmtMs(text.ms)} ms, ${Math.round(text.rss)} MiB), ${e.findings} findings`,
    );
  };
  try {
    for (const size of sizes) runOnce(size);
    // The cost of one more run: the best per-campaign cost seen, scaled (one noisy run should not starve a size).
    const estimate = (size: (typeof sizes)[number]): number => Math.min(size.lastMs, ...sizes.map((o) => (o.lastMs / o.n) * size.n));
    for (const size of [...sizes].sort((a, b) => a.lastMs - b.lastMs)) {
      while (size.samples.length < args.runs && (args.budget <= 0 || estimate(size) <= args.budget * 1000 - (now() - started)))
        runOnce(size);
    }
  } catch (e) {
    if (!args.keep) for (const size of sizes) fs.rmSync(size.dir, { recursive: true, force: true });
    if (preloadFile) fs.rmSync(path.dirname(preloadFile), { recursive: true, force: true });
    throw e;
  }
  const results: SizeResult[] = sizes.map(({ n, plan, dir, samples }) => {
    const pickMed = (k: keyof Omit<Sample, 'rulesByCode'>): number => median(samples.map((s) => s[k]));
    const rulesByCode = new Map<string, number>();
    for (const rule of RULES) rulesByCode.set(rule.meta.code, median(samples.map((s) => s.rulesByCode.get(rule.meta.code) ?? 0)));
    const med: Sample = {
      bare: pickMed('bare'),
      read: pickMed('read'),
      parse: pickMed('parse'),
      model: pickMed('model'),
      rules: pickMed('rules'),
      output: pickMed('output'),
      engine: pickMed('engine'),
      cli: pickMed('cli'),
      bareCpu: pickMed('bareCpu'),
      engineCpu: pickMed('engineCpu'),
      cliCpu: pickMed('cliCpu'),
      cliRss: pickMed('cliRss'),
      cliOne: pickMed('cliOne'),
      cliOneRss: pickMed('cliOneRss'),
      cliText: pickMed('cliText'),
      cliTextRss: pickMed('cliTextRss'),
      findings: pickMed('findings'),
      rulesByCode,
    };
    if (args.keep) out(`  kept ${label(n)} in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
    return { n, runs: samples.length, files: plan.files.size, lines: plan.lines, bytes: plan.bytes, med, planted: plan.planted };
  });
  const short = results.filter((r) => r.runs < args.runs).map((r) => label(r.n));
  if (short.length)
    out(`  (time budget of ${args.budget} s: ${short.join(', ')} got fewer than ${args.runs} runs; --budget 0 for no limit)`);

  out();
  out(
    'Times in ms (median of the runs). bare parse = yaml parseAllDocuments of the same files; engine = read + parse + validate+model + index+rules + output (JSON), each measured in a fresh process; CLI = wall time of `node bin/mplan.js check DIR --format json > /dev/null` (threads parse from 2 MiB of plans), CLI 1 thread the same with `--jobs 1`; CLI text = the same with the default text output (no fixes: no tree kept); peak RSS = maxRSS.',
  );
  out();
  out(
    table(
      [
        'campaigns',
        'runs',
        'files',
        'lines',
        'MB',
        'bare parse',
        'read',
        'parse',
        'validate+model',
        'index+rules',
        'output',
        'engine',
        'CLI wall',
        'CLI 1 thread',
        'engine/bare',
        'CLI/bare',
        'CLI 1 thread/bare',
        'CLI peak RSS (MiB)',
        '1 thread RSS',
        'CLI text',
        'text/bare',
        'text RSS',
        'findings',
      ],
      results.map((r) => [
        label(r.n),
        String(r.runs),
        String(r.files),
        String(r.lines),
        (r.bytes / 1e6).toFixed(1),
        fmtMs(r.med.bare),
        fmtMs(r.med.read),
        fmtMs(r.med.parse),
        fmtMs(r.med.model),
        fmtMs(r.med.rules),
        fmtMs(r.med.output),
        fmtMs(r.med.engine),
        Number.isNaN(r.med.cli) ? '-' : fmtMs(r.med.cli),
        Number.isNaN(r.med.cliOne) ? '-' : fmtMs(r.med.cliOne),
        `${(r.med.engine / r.med.bare).toFixed(2)}x`,
        Number.isNaN(r.med.cli) ? '-' : `${(r.med.cli / r.med.bare).toFixed(2)}x`,
        Number.isNaN(r.med.cliOne) ? '-' : `${(r.med.cliOne / r.med.bare).toFixed(2)}x`,
        Number.isNaN(r.med.cliRss) ? '-' : String(Math.round(r.med.cliRss)),
        Number.isNaN(r.med.cliOneRss) ? '-' : String(Math.round(r.med.cliOneRss)),
        Number.isNaN(r.med.cliText) ? '-' : fmtMs(r.med.cliText),
        Number.isNaN(r.med.cliText) ? '-' : `${(r.med.cliText / r.med.bare).toFixed(2)}x`,
        Number.isNaN(r.med.cliTextRss) ? '-' : String(Math.round(r.med.cliTextRss)),
        String(r.med.findings),
      ]),
    ),
  );

  // Growth when the plan doubles, in wall time and in CPU time. The verdict
  // uses CPU time: on a shared machine, other processes stretch wall time.
  const ratio = (a: number, b: number): string => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}x` : '-');
  const growth: string[][] = [];
  let worst = 0;
  let worstWall = 0;
  for (const r of results) {
    const half = results.find((x) => x.n * 2 === r.n);
    if (!half) continue;
    const cpu = [r.med.engineCpu / half.med.engineCpu, r.med.cliCpu / half.med.cliCpu].filter(Number.isFinite);
    const wall = [r.med.engine / half.med.engine, r.med.cli / half.med.cli].filter(Number.isFinite);
    worst = Math.max(worst, ...cpu);
    worstWall = Math.max(worstWall, ...wall);
    growth.push([
      `${label(half.n)} -> ${label(r.n)}`,
      ratio(r.med.bare, half.med.bare),
      ratio(r.med.bareCpu, half.med.bareCpu),
      ratio(r.med.engine, half.med.engine),
      ratio(r.med.engineCpu, half.med.engineCpu),
      ratio(r.med.cli, half.med.cli),
      ratio(r.med.cliCpu, half.med.cliCpu),
      Math.max(...cpu) <= 2.2 ? 'ok' : 'OVER 2.2x',
    ]);
  }
  if (growth.length) {
    out();
    out('Growth when the plan doubles (at most 2.2x; judged on CPU time, which other load on the machine disturbs less than wall time):');
    out();
    out(table(['doubling', 'bare wall', 'bare cpu', 'engine wall', 'engine cpu', 'CLI wall', 'CLI cpu', 'linear?'], growth));
  }
  const perK = (x: number, n: number): string => (Number.isNaN(x) ? '-' : fmtMs(x / (n / 1000)));
  out();
  out('Per 1000 campaigns (ms):');
  out();
  out(
    table(
      ['campaigns', 'bare wall', 'bare cpu', 'engine wall', 'engine cpu', 'CLI wall', 'CLI cpu'],
      results.map((r) => [
        label(r.n),
        perK(r.med.bare, r.n),
        perK(r.med.bareCpu, r.n),
        perK(r.med.engine, r.n),
        perK(r.med.engineCpu, r.n),
        perK(r.med.cli, r.n),
        perK(r.med.cliCpu, r.n),
      ]),
    ),
  );

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
  out(
    table(['rule', ...results.map((r) => label(r.n)), `share at ${results.length ? label(results[results.length - 1].n) : '-'}`], ruleRows),
  );
  const missing = RULES.length ? (results[results.length - 1]?.planted.filter((c) => !RULES.some((r) => r.meta.code === c)) ?? []) : [];
  out();
  out(
    `${RULES.length} rules registered${missing.length ? `; planted contradictions for rules not registered yet: ${missing.join(' ')}` : ''}.`,
  );
  const noisy = results.some((r) => r.runs < 3) ? '; sizes measured fewer than 3 times are at the mercy of other load' : '';
  out(
    `Verdict: ${worst <= 2.2 ? 'linear' : `NOT linear (worst doubling ${worst.toFixed(2)}x in CPU time)`} (worst doubling in wall time ${worstWall.toFixed(2)}x${noisy}).`,
  );
  out(`Bench took ${((now() - started) / 1000).toFixed(0)} s.`);
  if (preloadFile) fs.rmSync(path.dirname(preloadFile), { recursive: true, force: true });
}

const measure = process.argv.indexOf('--measure');
if (measure >= 0) measureHere(process.argv[measure + 1], process.argv[measure + 2]);
else main();
