/**
 * Validation item by item (an edit re-checks only the item it falls in) must
 * say exactly what one check of the whole file says: the same problems, in
 * the same places, with the same messages, on the examples and on thousands
 * of damaged versions of them.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFile } from '../../server/src/engine/parse/parse-file';
import { reparseIncrementally } from '../../server/src/engine/parse/incremental';
import { validateFile, type StructureProblem } from '../../server/src/engine/parse/validate';
import { applySplices, EXAMPLE_PLAN_TEXTS, splices } from '../support/damage';
import { generatePlan } from '../bench/generate';

const SOURCES = [...EXAMPLE_PLAN_TEXTS, ...generatePlan({ campaigns: 12, files: 2, violations: 0.5, seed: 3 }).files.values()];

/** What a problem says and where (its map node aside, which both checks share). */
const said = (problems: StructureProblem[]): string[] =>
  problems.map((p) => JSON.stringify({ ...p, map: undefined, path: 'path' in p ? p.path : undefined })).sort();

const INSERTS = [
  'x',
  '1',
  ' ',
  '  ',
  '\n',
  ': ',
  '- ',
  '-',
  '#',
  '[',
  ']',
  '{',
  '}',
  ',',
  'id: a',
  '\n  - id: b',
  'TODO',
  '"',
  '50%',
  '2027-02-30',
];

const damage = fc.record({ source: fc.nat({ max: SOURCES.length - 1 }), edits: splices(INSERTS) });

describe('validation item by item', () => {
  it('says what one check of the whole file says, on the examples and on damaged versions of them', () => {
    for (const text of SOURCES) {
      const f = parseFile('/v/a.mplan.yaml', text);
      assert.deepEqual(said(validateFile(f)), said(validateFile(f, 'whole')));
    }
    let withProblems = 0;
    fc.assert(
      fc.property(damage, ({ source, edits }) => {
        const f = parseFile('/v/a.mplan.yaml', applySplices(SOURCES[source], edits));
        const items = said(validateFile(f));
        assert.deepEqual(items, said(validateFile(f, 'whole')));
        if (items.length) withProblems++;
      }),
      { numRuns: 3000, seed: 42 },
    );
    assert.ok(withProblems >= 1000, `${withProblems} damaged files had structure problems`);
  });

  it('after incremental re-parses, re-checks the edited item and keeps what the others said', () => {
    let incremental = 0;
    let withProblems = 0;
    fc.assert(
      fc.property(damage, ({ source, edits }) => {
        let f = parseFile('/v/a.mplan.yaml', SOURCES[source]);
        validateFile(f);
        let text = SOURCES[source];
        for (const e of edits) {
          text = applySplices(text, [e]);
          const next = reparseIncrementally(f, text);
          if (next) incremental++;
          f = next ?? parseFile('/v/a.mplan.yaml', text);
          const items = said(validateFile(f));
          assert.deepEqual(items, said(validateFile(parseFile('/v/a.mplan.yaml', text), 'whole')));
          if (items.length) withProblems++;
        }
      }),
      { numRuns: 1500, seed: 7 },
    );
    assert.ok(incremental >= 300, `${incremental} edits re-parsed incrementally`);
    assert.ok(withProblems >= 300, `${withProblems} versions had structure problems`);
  });
});
