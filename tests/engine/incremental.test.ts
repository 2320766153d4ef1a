import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { visit, type Node } from 'yaml';
import { parseFile, type ParsedFile } from '../../server/src/engine/parse/parse-file';
import { reparseIncrementally } from '../../server/src/engine/parse/incremental';
import { scalarText } from '../../server/src/engine/parse/yaml-nodes';
import { EXAMPLES } from '../support/fixtures';

const SOURCES = [
  'questforge/plan.mplan.yaml', 'questforge/campaigns/launch.mplan.yaml', 'northwind-saas/northwind.mplan.yaml',
  'greenleaf-coffee/plan.mplan.yaml', 'pulse-fitness/pulse.mplan.yaml',
].map((f) => fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));

/** Every node's kind and range, in document order: what the engine reads of a parse. */
function shape(f: ParsedFile): string[] {
  const out: string[] = [];
  if (!f.doc) return out;
  visit(f.doc, (_k, n) => {
    const node = n as Node & { value?: unknown; source?: string };
    if (node && node.range) out.push(`${node.constructor.name}@${node.range.join(',')}=${typeof node.value === 'object' ? '' : scalarText(node.value)}`);
    return undefined;
  });
  return out;
}

const edit = fc
  .tuple(fc.constantFrom(...SOURCES), fc.nat(), fc.nat({ max: 6 }), fc.constantFrom('x', '1', ' ', '\n', ': ', 'ab-c', '', '\n      budget: 5', '[', '#'))
  .map(([src, at, del, ins]) => {
    const i = at % src.length;
    return { before: src, after: src.slice(0, i) + ins + src.slice(i + del) };
  });

describe('incremental re-parse', () => {
  it('gives exactly what a full parse gives, or declines', () => {
    let used = 0;
    fc.assert(
      fc.property(edit, ({ before, after }) => {
        const prev = parseFile('/x/a.mplan.yaml', before);
        const inc = reparseIncrementally(prev, after);
        if (!inc) return;
        used++;
        const full = parseFile('/x/a.mplan.yaml', after);
        assert.equal(full.syntaxErrors.length, 0, 'declines when the full parse has errors');
        assert.deepEqual(inc.data, full.data);
        assert.deepEqual(shape(inc), shape(full));
        assert.equal(inc.source.text, after);
      }),
      { numRuns: 600, seed: 7 },
    );
    assert.ok(used > 50, `the incremental path was taken ${used} times`);
  });

  it('re-parses an edit inside one campaign and declines an edit that changes the layout', () => {
    const src = SOURCES[1];
    const prev = parseFile('/x/a.mplan.yaml', src);
    const inside = reparseIncrementally(prev, src.replace('budget: 80000', 'budget: 90000'));
    assert.ok(inside);
    assert.equal((inside.data as { downstream: { campaigns: Array<{ budget: number }> } }).downstream.campaigns[0].budget, 90000);
    const prev2 = parseFile('/x/a.mplan.yaml', src);
    assert.equal(reparseIncrementally(prev2, src.replace('downstream:', 'downstream :\n')), undefined);
  });
});
