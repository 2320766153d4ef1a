/**
 * Parsing on worker threads (engine/project/parse-pool.ts) changes who parses
 * a file, never what is found: the findings of `checkPaths` with threads are
 * those of one thread, whoever parsed each file (every file on a worker, or
 * shared with the main thread), on generated plans with broken, unreadable,
 * aliased and damaged files among them.
 */
import { after, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPaths, type CheckResult } from '../../server/src/engine/project/check';
import type { LoadOptions } from '../../server/src/engine/project/disk';
import { generatePlan, writePlan } from '../bench/generate';
import { removeDir } from '../support/fixtures';
import { mplan } from '../support/run-cli';

const dirs: string[] = [];
after(() => dirs.forEach(removeDir));

/** A generated plan with what a worker cannot send (an anchor), a syntax error, a file that is not UTF-8 and a damaged one. */
function writeCase(seed: number, campaigns = 300): string {
  const dir = writePlan(generatePlan({ campaigns, files: 8, violations: 0.1, seed }));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, '.git'));
  const extra = path.join(dir, 'campaigns');
  fs.mkdirSync(extra, { recursive: true });
  fs.writeFileSync(
    path.join(extra, 'anchored.mplan.yaml'),
    'downstream:\n  campaigns:\n    - &base\n      id: anchored\n      name: Anchored\n      segment: nobody\n    - *base\n',
  );
  fs.writeFileSync(path.join(extra, 'broken.mplan.yaml'), 'downstream:\n  campaigns: [\n');
  fs.writeFileSync(path.join(extra, 'latin1.mplan.yaml'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x3a, 0x20, 0x31, 0x0a]));
  fs.writeFileSync(path.join(extra, 'damaged.mplan.yaml'), 'downstream:\n  campaigns:\n    - id: x\n    name: y\n\t- id: z\n');
  return dir;
}

const ONE_THREAD: LoadOptions = { jobs: 1 };
/** Threads whatever the size (the default starts them from 2 MiB). */
const threads = (jobs: number, pool?: LoadOptions['pool']): LoadOptions => ({ jobs, parallelFrom: 0, pool: { stallMs: 600_000, ...pool } });

const plainFindings = (r: CheckResult): unknown => JSON.parse(JSON.stringify(r.findings)) as unknown;

/** Checks `paths` on one thread and with `options`; asserts both find the same; returns both. */
function againstOneThread(paths: string[], options: LoadOptions): { alone: CheckResult; other: CheckResult } {
  const alone = checkPaths(paths, ONE_THREAD);
  const other = checkPaths(paths, options);
  assert.deepEqual(plainFindings(other), plainFindings(alone));
  assert.deepEqual(other.internalErrors, alone.internalErrors);
  return { alone, other };
}

describe('parsing on worker threads (engine/project/parse-pool.ts)', () => {
  it('finds what one thread finds when workers parse every file', () => {
    const dir = writeCase(1);
    const { alone, other: crossed } = againstOneThread([dir], threads(2, { mainParses: false }));
    assert.ok(alone.findings.length > 30, `findings: ${alone.findings.length}`);
    // 14 plan files (10 generated, 4 added): the one that is not UTF-8 is never sent; the one with an anchor comes back refused.
    assert.deepEqual(crossed.project.parsedBy, { crossed: 12, main: 1, refused: 1 });
    assert.equal(alone.project.parsedBy, undefined);
  });

  it('finds what one thread finds when the main thread shares the work, with one worker or three', () => {
    for (const [seed, jobs] of [
      [2, 2],
      [3, 4],
    ]) {
      const shared = againstOneThread([writeCase(seed)], threads(jobs)).other;
      const by = shared.project.parsedBy;
      assert.ok(by, 'threads were started');
      // Every file sent is parsed once, by a worker or by the main thread (the refused one twice).
      assert.equal(by.crossed + by.main - by.refused, 13);
      assert.equal(by.refused <= 1, true);
    }
  });

  it('threads parse the rest of the scope of one requested file (a pre-commit hook on one changed file)', () => {
    const dir = writeCase(9);
    const file = path.join(dir, 'upstream', 'segments-00.mplan.yaml');
    const { alone, other: crossed } = againstOneThread([file], threads(2, { mainParses: false }));
    assert.ok(alone.findings.length > 0);
    // The requested file, then the other file of upstream/, are each parsed alone here (one file is no batch). The other
    // 12 of the scope's 14 plan files go to the threads as the way up and the walk meet them (the root's two, then the
    // rest), but for the Latin-1 one; the one with an anchor comes back refused.
    assert.deepEqual(crossed.project.parsedBy, { crossed: 10, main: 1, refused: 1 });
  });

  it('parses everything on the main thread when a worker takes files and never answers', () => {
    const silent = path.join(__dirname, '../support/silent-parse-worker.js');
    const stalled = againstOneThread([writeCase(6)], threads(2, { stallMs: 50, mainParses: false, workerScript: silent })).other;
    // The main thread parses nothing a worker could but for a worker that stopped answering: all 13 were parsed that way.
    assert.deepEqual(stalled.project.parsedBy, { crossed: 0, main: 13, refused: 0 });
  });

  it('parses everything on the main thread when a worker cannot start, and the process lives on', async () => {
    const missing = path.join(__dirname, '../support/no-such-worker.js');
    const failed = againstOneThread([writeCase(7)], threads(2, { stallMs: 50, mainParses: false, workerScript: missing })).other;
    assert.deepEqual(failed.project.parsedBy, { crossed: 0, main: 13, refused: 0 });
    // The worker's error reaches the event loop after the check, before the worker has ended: it must not be an uncaught error.
    await failed.project.threadsEnded;
  });

  it('parses alone when no thread can be created', () => {
    // A script path Node refuses at once (neither absolute nor ./): the Worker constructor throws, as when threads run out.
    const none = againstOneThread([writeCase(8)], threads(2, { workerScript: 'not-a-path.js' })).other;
    assert.equal(none.project.parsedBy, undefined);
  });

  it('starts no thread below 2 MiB of plans, nor with --jobs 1', () => {
    const dir = writeCase(4);
    assert.equal(checkPaths([dir], { jobs: 4 }).project.parsedBy, undefined);
    assert.equal(checkPaths([dir], { jobs: 1, parallelFrom: 0 }).project.parsedBy, undefined);
  });

  it("the bundled command line's worker (out/bin/parse-worker.js, beside the bin's out/bin/mplan.js) parses what the compiled one does", () => {
    const bundled = path.resolve(__dirname, '../../bin');
    // The bundle finds its worker as parse-pool.ts does: parse-worker.js in its own folder.
    assert.ok(fs.existsSync(path.join(bundled, 'mplan.js')) && fs.existsSync(path.join(bundled, 'parse-worker.js')));
    const crossed = againstOneThread(
      [writeCase(10)],
      threads(2, { mainParses: false, workerScript: path.join(bundled, 'parse-worker.js') }),
    ).other;
    assert.deepEqual(crossed.project.parsedBy, { crossed: 12, main: 1, refused: 1 });
  });

  it('a plan of more than 2 MiB: threads by default, and the CLI prints exactly what one thread prints', () => {
    const dir = writeCase(5, 5000);
    assert.ok(checkPaths([dir], { jobs: 2 }).project.parsedBy, 'threads start by default at this size');
    const out = (jobs: string): { run: unknown; json: string } => {
      const file = path.join(dir, `out-${jobs}.json`);
      const run = mplan(['check', dir, '--format', 'json', '--jobs', jobs, '-o', file], dir);
      return { run, json: fs.readFileSync(file, 'utf8') };
    };
    const one = out('1');
    assert.deepEqual(one.run, { code: 1, stdout: '', stderr: '' });
    assert.ok(one.json.length > 100_000, `output: ${one.json.length} characters`);
    assert.deepEqual(out('2'), one);
  });
});
