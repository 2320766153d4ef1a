/**
 * A check that shows no fixes (the CLI's text, SARIF, GitHub, GitLab and JUnit
 * outputs, and the report) models each plan with offsets only and releases
 * its tree (model/handles.ts): it must find exactly what a check with fixes
 * finds, fixes aside, and keep no tree and no node.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../../server/src/engine/findings';
import { analyzeFile } from '../../server/src/engine/analyze';
import { AnalysisHost } from '../../server/src/engine/host/analysis-host';
import { OFFSETS_ONLY } from '../../server/src/engine/model/handles';
import { parseFile } from '../../server/src/engine/parse/parse-file';
import { checkPaths, type CheckResult } from '../../server/src/engine/project/check';
import type { LoadOptions } from '../../server/src/engine/project/disk';
import fc from 'fast-check';
import { generatePlan, writePlan } from '../bench/generate';
import { applySplices, splices } from '../support/damage';
import { EXAMPLES, removeDir, tempCopy } from '../support/fixtures';

const withoutFixes = (findings: readonly Finding[]): Finding[] => findings.map((f) => ({ ...f, fixes: [] }));

/** Every handle of a model (anything with a `range` and a `node` slot), found by walking its objects. */
function handlesOf(result: CheckResult): Array<{ node: unknown }> {
  const out: Array<{ node: unknown }> = [];
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if ('range' in v && 'node' in v) {
      out.push(v);
      return;
    }
    for (const [k, x] of Object.entries(v)) if (k !== 'file') walk(x);
  };
  for (const a of result.analyses) for (const m of a.models) walk({ ...m, file: undefined });
  // The structure problems too: MP002 inserts a missing key through its map's handle.
  for (const f of result.project.files.values()) walk(analyzeFile(f).problems);
  return out;
}

function compare(paths: string[], load: LoadOptions = {}): CheckResult {
  const full = checkPaths(paths, load);
  const lean = checkPaths(paths, { ...load, fixes: false });
  assert.deepEqual(withoutFixes(lean.findings), withoutFixes(full.findings));
  assert.deepEqual(lean.internalErrors, []);
  assert.equal(lean.findings.filter((f) => f.fixes.length).length, 0, 'no fix is computed');
  // No plan keeps its tree, and no handle its node.
  for (const f of lean.project.files.values()) {
    assert.equal(f.doc, undefined, f.path);
    assert.ok(f.released, f.path);
  }
  const handles = handlesOf(lean);
  assert.ok(handles.length > 50, `the models hold handles (${handles.length})`);
  assert.equal(handles.filter((h) => h.node !== undefined).length, 0);
  // The check with fixes keeps the nodes.
  assert.ok(handlesOf(full).every((h) => h.node !== undefined));
  return full;
}

describe('a check without fixes finds the same, and keeps no tree', () => {
  for (const name of fs.readdirSync(EXAMPLES)) {
    it(`examples/${name}`, () => {
      const dir = tempCopy(name);
      try {
        compare([dir]);
      } finally {
        removeDir(dir);
      }
    });
  }

  for (const seed of [4, 5]) {
    it(`a generated plan (seed ${seed}), on one thread and parsed by threads`, () => {
      const dir = writePlan(generatePlan({ campaigns: 300, files: 6, violations: 0.1, seed }));
      fs.writeFileSync(path.join(dir, 'broken.mplan.yaml'), 'downstream: [\n');
      fs.writeFileSync(path.join(dir, 'aliased.mplan.yaml'), 'x: &a [1]\ny: *a\n');
      fs.writeFileSync(path.join(dir, 'no-id.mplan.yaml'), 'downstream:\n  campaigns:\n    - name: No id\n      status: planned\n');
      try {
        const full = compare([dir], { jobs: 1 });
        assert.ok(full.findings.filter((f) => f.fixes.length).length > 10, 'the plan has fixes to leave out');
        assert.ok(full.findings.some((f) => f.file.endsWith('broken.mplan.yaml')));
        assert.ok(full.findings.some((f) => f.file.endsWith('no-id.mplan.yaml') && f.code === 'MP002' && f.fixes.length));
        compare([dir], { jobs: 2, parallelFrom: 0 });
      } finally {
        removeDir(dir);
      }
    });
  }
});

/** What a damaged plan may hold: YAML's own syntax, anchors and aliases, and values the rules judge. */
const INSERTS = [
  '\n',
  ': ',
  '- ',
  '[',
  ']',
  '{ ',
  ' }',
  ', ',
  '&a ',
  '*a',
  '#',
  '"',
  '\t',
  '    ',
  '---\n',
  'id: x',
  'TODO',
  '50%',
  'status: retired',
  'age: 13-17',
  'price: 1',
  'segments: []',
  'kpis:',
];

describe('a check without fixes on damaged plans', () => {
  it('finds what a check with fixes finds, fixes aside, whatever the damage (fast-check)', () => {
    const dir = tempCopy('questforge');
    const files = ['plan.mplan.yaml', 'campaigns/launch.mplan.yaml'].map((f) => path.join(dir, f));
    const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
    let withFixes = 0;
    let broken = 0;
    try {
      fc.assert(
        fc.property(fc.nat({ max: files.length - 1 }), splices(INSERTS), (which, edits) => {
          files.forEach((f, i) => fs.writeFileSync(f, i === which ? applySplices(texts[i], edits) : texts[i]));
          const full = checkPaths([dir]);
          const lean = checkPaths([dir], { fixes: false });
          assert.deepEqual(withoutFixes(lean.findings), withoutFixes(full.findings));
          assert.deepEqual(lean.internalErrors, full.internalErrors);
          if (full.findings.some((f) => f.fixes.length)) withFixes++;
          if (full.findings.some((f) => f.code === 'MP001')) broken++;
        }),
        { numRuns: 500, seed: 11 },
      );
      // The cases are not all alike: most keep fixes to leave out, some break the YAML.
      assert.ok(withFixes > 250 && broken > 20, `${withFixes} cases with fixes, ${broken} with a syntax error`);
    } finally {
      removeDir(dir);
    }
  });
});

describe('fixes asked of a plan read without its tree', () => {
  it("are each rule's internal error, never a missing or wrong edit", () => {
    const host = new AnalysisHost({ today: '2027-01-01' });
    for (const rel of ['plan.mplan.yaml', 'campaigns/launch.mplan.yaml']) {
      const file = parseFile(path.join('/q', rel), fs.readFileSync(path.join(EXAMPLES, 'questforge', rel), 'utf8'));
      analyzeFile(file, OFFSETS_ONLY);
      host.setParsed(file);
    }
    const findings = host.allAnalyses().flatMap((a) => a.findings);
    const errors = host.takeInternalErrors();
    // Every rule that offers a fix on QuestForge fails (its findings dropped, as for any rule that throws); MP502 offers none.
    assert.deepEqual(
      errors.map((e) => e.split(' ')[0]),
      ['MP101', 'MP103', 'MP104', 'MP201', 'MP202', 'MP204', 'MP402', 'MP403'],
    );
    for (const e of errors) assert.match(e, /^MP\d{3} [a-z-]+ failed: a fix was asked of a plan read without its tree$/);
    assert.deepEqual(
      findings.map((f) => [f.code, f.fixes.length]),
      [['MP502', 0]],
    );
  });
});
