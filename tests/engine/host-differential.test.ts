/**
 * Differential: the host over an in-memory file system (as a browser build runs it) finds exactly
 * what the real `mplan check --format json` finds on the same generated plans written to disk.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisHost } from '../../server/src/engine/host/analysis-host';
import { uniqueFindings } from '../../server/src/engine/host/dedupe';
import { FolderWalker, gitBoundary, readIntoHost } from '../../server/src/engine/host/discovery';
import { MemoryFileSystem, type MemoryFile } from '../../server/src/engine/host/memory-file-system';
import { compareFindings } from '../../server/src/engine/findings';
import { decodeText } from '../../server/src/engine/project/disk';
import { jsonFindings, type JsonFinding } from '../../server/src/cli/format-json';
import { generatePlan, writePlan } from '../bench/generate';
import { removeDir } from '../support/fixtures';
import { mplan } from '../support/run-cli';

/** A generated plan plus what the walk must honour: a `.git` folder, an ignored broken file, a config, an unreadable file. */
function writeCase(seed: number): string {
  const plan = generatePlan({ campaigns: 240, files: 6, violations: 0.08, seed });
  const dir = writePlan(plan);
  fs.mkdirSync(path.join(dir, '.git'));
  fs.writeFileSync(path.join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  fs.writeFileSync(path.join(dir, '.gitignore'), 'scratch/\n');
  fs.mkdirSync(path.join(dir, 'scratch'));
  fs.writeFileSync(path.join(dir, 'scratch', 'draft.mplan.yaml'), 'downstream: [\n');
  fs.writeFileSync(path.join(dir, 'mplan.config.yaml'), `rules:\n  MP402: ${seed % 2 ? 'error' : 'off'}\n  MP999: warning\n`);
  fs.writeFileSync(path.join(dir, 'latin1.mplan.yaml'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x3a, 0x20, 0x31, 0x0a]));
  return dir;
}

/** Every file under `dir` as the in-memory file system holds it (bytes decoded as the disk reader does). */
function memoryOf(dir: string): MemoryFileSystem {
  const files: Array<[string, MemoryFile]> = [];
  const visit = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) visit(p);
      else {
        const r = decodeText(fs.readFileSync(p));
        files.push([p, r.ok ? r.text : { unreadable: r.reason }]);
      }
    }
  };
  visit(dir);
  return new MemoryFileSystem(files);
}

async function hostFindings(dir: string): Promise<JsonFinding[]> {
  const memory = memoryOf(dir);
  const host = new AnalysisHost();
  const { plans, configs } = await new FolderWalker(memory).walk(dir);
  for (const f of [...plans, ...configs]) await readIntoHost(host, memory, f);
  host.setBoundaries([await gitBoundary(memory, dir)]);
  const all = uniqueFindings(host.allAnalyses().flatMap((a) => a.findings)).sort(compareFindings);
  return jsonFindings(all, dir);
}

describe('the host and the CLI find the same on generated plans', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: the same findings, ranges, messages and fixes`, async () => {
      const dir = writeCase(seed);
      try {
        const cli = mplan(['check', '.', '--format', 'json'], dir);
        assert.equal(cli.code, 1, cli.stderr);
        const expected = JSON.parse(cli.stdout) as JsonFinding[];
        assert.ok(expected.length > 20, `the plan has findings to compare (${expected.length})`);
        assert.ok(expected.some((f) => f.file === 'latin1.mplan.yaml' && f.code === 'MP001'));
        assert.ok(expected.some((f) => f.file === 'mplan.config.yaml'));
        assert.ok(!expected.some((f) => f.file.startsWith('scratch/')));
        assert.deepEqual(await hostFindings(dir), expected);
      } finally {
        removeDir(dir);
      }
    });
  }
});
