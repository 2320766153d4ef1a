/**
 * `mplan report` against its anchor, `mplan check`, in the same run
 * (`npm run bench`): one generated scope (default 10k campaigns), each command
 * run alternately in a fresh process (`check DIR --format json > /dev/null`,
 * `report DIR -o FILE`), wall and CPU time (user + system) of each, the
 * medians and their ratio. The target is report < 2x check.
 *
 * Options: --campaigns 10000 --runs 3 --violations 0.02
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generatePlan, writePlan } from './generate';

const REPO = path.resolve(__dirname, '..', '..', '..');
const BIN = path.join(REPO, 'bin', 'mplan.js');
const CPU_PRELOAD = `process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeSync(2, '\\nMPLAN_BENCH_CPU ' + (u.user + u.system) / 1000 + '\\n'); });\n`;

function option(argv: readonly string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  const v = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function run(preload: string, args: string[]): { ms: number; cpu: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['-r', preload, BIN, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    cwd: REPO,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t;
  const stderr = r.stderr.toString();
  if (r.status !== 0 && r.status !== 1) throw new Error(`mplan ${args[0]} exited ${r.status}: ${stderr.slice(0, 500)}`);
  const m = /MPLAN_BENCH_CPU ([\d.]+)/.exec(stderr);
  return { ms, cpu: m ? Number(m[1]) : NaN };
}

function main(argv: readonly string[]): void {
  const campaigns = option(argv, '--campaigns', 10000);
  const runs = option(argv, '--runs', 3);
  const violations = option(argv, '--violations', 0.02);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mplan-report-bench-'));
  try {
    const dir = writePlan(generatePlan({ campaigns, violations }), path.join(work, 'plan'));
    const preload = path.join(work, 'cpu.js');
    fs.writeFileSync(preload, CPU_PRELOAD);
    const out = path.join(work, 'report.html');
    const check: Array<{ ms: number; cpu: number }> = [];
    const report: Array<{ ms: number; cpu: number }> = [];
    for (let i = 0; i < runs; i++) {
      check.push(run(preload, ['check', dir, '--format', 'json']));
      report.push(run(preload, ['report', dir, '-o', out]));
      process.stdout.write(
        `  run ${i + 1}: check ${Math.round(check[i].ms)} ms (cpu ${Math.round(check[i].cpu)}), report ${Math.round(report[i].ms)} ms (cpu ${Math.round(report[i].cpu)})\n`,
      );
    }
    const kb = Math.round(fs.statSync(out).size / 1024);
    const c = { ms: median(check.map((x) => x.ms)), cpu: median(check.map((x) => x.cpu)) };
    const r = { ms: median(report.map((x) => x.ms)), cpu: median(report.map((x) => x.cpu)) };
    process.stdout.write(
      `mplan report vs mplan check, ${campaigns} campaigns, median of ${runs}: wall ${Math.round(r.ms)} / ${Math.round(c.ms)} ms = ${(r.ms / c.ms).toFixed(2)}x, cpu ${Math.round(r.cpu)} / ${Math.round(c.cpu)} ms = ${(r.cpu / c.cpu).toFixed(2)}x (target < 2x); page ${kb} KB\n`,
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2));
