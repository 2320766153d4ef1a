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
import { AnalysisHost } from '../../server/src/engine/host/analysis-host';
import { uniqueFindings } from '../../server/src/engine/host/dedupe';
import { compareFindings } from '../../server/src/engine/findings';
import { generatePlan } from '../bench/generate';

const SOURCES = [
  'questforge/plan.mplan.yaml',
  'questforge/campaigns/launch.mplan.yaml',
  'northwind-saas/northwind.mplan.yaml',
  'greenleaf-coffee/plan.mplan.yaml',
  'pulse-fitness/pulse.mplan.yaml',
].map((f) => fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));

/** Every node's kind and range, in document order: what the engine reads of a parse. */
function shape(f: ParsedFile): string[] {
  const out: string[] = [];
  if (!f.doc) return out;
  visit(f.doc, (_k, n) => {
    const node = n as Node & { value?: unknown; source?: string };
    if (node && node.range)
      out.push(`${node.constructor.name}@${node.range.join(',')}=${typeof node.value === 'object' ? '' : scalarText(node.value)}`);
    return undefined;
  });
  return out;
}

const edit = fc
  .tuple(
    fc.constantFrom(...SOURCES),
    fc.nat(),
    fc.nat({ max: 6 }),
    fc.constantFrom('x', '1', ' ', '\n', ': ', 'ab-c', '', '\n      budget: 5', '[', '#'),
  )
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

/** A small generated scope with contradictions: the texts random edits start from. */
const GENERATED = [...generatePlan({ campaigns: 16, files: 3, violations: 0.3, seed: 5 }).files].map(
  ([rel, text]) => [`/gen/${rel}`, text] as const,
);
const TOKEN = /\b(?:seg|prod|res|vp|init)-[a-z0-9-]+\b|\b\d+(?:\.\d+)?%?|\b20\d\d-\d\d-\d\d\b/g;
const VOCABULARY = [...new Set(GENERATED.flatMap(([, text]) => text.match(TOKEN) ?? []))].sort();

/** One random edit of one file: a token swapped for another of the plan, or characters deleted and inserted. */
const scopeEdit = fc.record({
  file: fc.nat({ max: GENERATED.length - 1 }),
  at: fc.nat(),
  token: fc.boolean(),
  del: fc.nat({ max: 8 }),
  ins: fc.constantFrom(
    '',
    'x',
    '1',
    '\n',
    ': ',
    '[',
    '#',
    '%',
    '\n      budget: 900000',
    '\n    - id: seg-0000\n      name: Dup',
    'seg-0000',
    '  ',
  ),
  word: fc.constantFrom(...VOCABULARY),
});

function applyScopeEdit(text: string, e: { at: number; token: boolean; del: number; ins: string; word: string }): string {
  if (e.token) {
    const hits = [...text.matchAll(TOKEN)];
    if (!hits.length) return text;
    const h = hits[e.at % hits.length];
    const from = h.index ?? 0;
    return text.slice(0, from) + e.word + text.slice(from + h[0].length);
  }
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.ins + text.slice(at + e.del);
}

/** Full parses by path and text (a parse depends on nothing else), so the from-scratch side parses each text once. */
const parses = new Map<string, ParsedFile>();
function parsed(p: string, text: string): ParsedFile {
  let f = parses.get(`${p}\0${text}`);
  if (!f) parses.set(`${p}\0${text}`, (f = parseFile(p, text)));
  return f;
}

const everything = (host: AnalysisHost): string =>
  JSON.stringify(uniqueFindings(host.allAnalyses().flatMap((a) => a.findings)).sort(compareFindings));

describe('incremental analysis', () => {
  it('equals a from-scratch analysis after every one of thousands of random edits, and reuses unchanged campaign units', () => {
    let edits = 0;
    let reused = 0;
    let checked = 0;
    fc.assert(
      fc.property(fc.array(scopeEdit, { minLength: 10, maxLength: 20 }), (steps) => {
        const texts = new Map(GENERATED);
        /** The latest text of each file without syntax errors: what stands in for a broken one. */
        const lastValid = new Map(GENERATED);
        const host = new AnalysisHost({ today: '2027-01-01' });
        for (const [p, t] of texts) host.setText(p, t);
        everything(host);
        for (const step of steps) {
          const [p] = GENERATED[step.file];
          const next = applyScopeEdit(texts.get(p) ?? '', step);
          texts.set(p, next);
          if (!parsed(p, next).syntaxErrors.length) lastValid.set(p, next);
          host.setText(p, next);
          const incremental = everything(host);
          for (const a of host.allAnalyses()) {
            checked += a.unitsChecked;
            reused += a.units.size - a.unitsChecked;
          }
          const fresh = new AnalysisHost({ today: '2027-01-01' });
          // A broken file's last valid text goes first, so that it stands in as it does in the edited host.
          for (const [q, t] of lastValid) fresh.setParsed(parsed(q, t));
          for (const [q, t] of texts) fresh.setParsed(parsed(q, t));
          assert.equal(incremental, everything(fresh), `after ${edits + 1} edits`);
          edits++;
        }
      }),
      { numRuns: 80, seed: 11 },
    );
    assert.ok(edits >= 1000, `${edits} edits`);
    assert.ok(reused > checked, `campaign units reused ${reused} times, checked ${checked} times`);
  });
});
