import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { visit, type Node } from 'yaml';
import { parseFile, type ParsedFile } from '../../server/src/engine/parse/parse-file';
import { reparseIncrementally } from '../../server/src/engine/parse/incremental';
import { scalarText } from '../../server/src/engine/parse/yaml-nodes';
import { EXAMPLE_PLAN_TEXTS } from '../support/damage';
import { AnalysisHost } from '../../server/src/engine/host/analysis-host';
import { uniqueFindings } from '../../server/src/engine/host/dedupe';
import { compareFindings } from '../../server/src/engine/findings';
import { generatePlan } from '../bench/generate';

const SOURCES = EXAMPLE_PLAN_TEXTS;

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
        assert.deepEqual(inc.doc?.toJS({ maxAliasCount: 100 }), full.doc?.toJS({ maxAliasCount: 100 }));
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
    assert.equal((inside.doc?.toJS() as { downstream: { campaigns: Array<{ budget: number }> } }).downstream.campaigns[0].budget, 90000);
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

/** A larger generated scope: five files of campaigns, so that an upstream edit can leave some of them alone. */
const PLANNED: ReadonlyArray<readonly [string, string]> = [
  ...generatePlan({ campaigns: 40, files: 8, violations: 0.3, seed: 9 }).files,
].map(([rel, text]) => [`/up/${rel}`, text] as const);
const UPSTREAM = ['/up/plan.mplan.yaml', '/up/upstream/segments-00.mplan.yaml', '/up/upstream/products-00.mplan.yaml'];
const UP_VOCABULARY = [...new Set(PLANNED.flatMap(([, text]) => text.match(TOKEN) ?? []))].sort();

/** The items of the upstream lists (`    - id: ...` up to the next item or section), as [start, end) offsets. */
function upstreamItems(text: string): Array<[number, number]> {
  const starts = [...text.matchAll(/^ {4}- id: /gm)].map((m) => m.index ?? 0);
  return starts.map((s) => {
    const rest = /\n(?! {5,}| {4}- )/.exec(text.slice(s));
    const next = /\n {4}- id: /.exec(text.slice(s + 1));
    const end = Math.min(rest ? s + rest.index + 1 : text.length, next ? s + 1 + next.index + 1 : text.length);
    return [s, end];
  });
}

/** One edit of an upstream file: an entity removed or duplicated, an id renamed everywhere in it, a field rewritten, or a token swapped. */
const upstreamEdit = fc.record({
  file: fc.nat({ max: UPSTREAM.length - 1 }),
  op: fc.constantFrom('remove', 'duplicate', 'rename', 'field', 'token', 'chars'),
  at: fc.nat(),
  word: fc.constantFrom(...UP_VOCABULARY),
  value: fc.constantFrom('18-24', '[email, search]', 'retired', '2028-01-01', '99', '[seg-0000]', '{ min: 12, max: 17 }', 'x'),
  ins: fc.constantFrom('', 'x', '\n', ': ', '#', '  '),
});

function applyUpstreamEdit(text: string, e: { op: string; at: number; word: string; value: string; ins: string }): string {
  const items = upstreamItems(text);
  if (e.op === 'remove' || e.op === 'duplicate') {
    if (!items.length) return text;
    const [s, end] = items[e.at % items.length];
    return e.op === 'remove' ? text.slice(0, s) + text.slice(end) : text.slice(0, end) + text.slice(s, end) + text.slice(end);
  }
  if (e.op === 'rename') {
    const hits = [...new Set(text.match(TOKEN) ?? [])];
    if (!hits.length) return text;
    return text.split(hits[e.at % hits.length]).join(e.word);
  }
  if (e.op === 'field') {
    const fields = [
      ...text.matchAll(/^( {6}(?:age|channels|regions|status|available|completed|due|willingnessToPay|segments|evidence|name): ).*$/gm),
    ];
    if (!fields.length) return text;
    const f = fields[e.at % fields.length];
    const from = (f.index ?? 0) + f[1].length;
    return text.slice(0, from) + e.value + text.slice((f.index ?? 0) + f[0].length);
  }
  if (e.op === 'token') return applyScopeEdit(text, { at: e.at, token: true, del: 0, ins: '', word: e.word });
  return applyScopeEdit(text, { at: e.at, token: false, del: e.at % 5, ins: e.ins, word: e.word });
}

describe('incremental analysis of upstream edits', () => {
  it('equals a from-scratch analysis after edits to segments, products, research, initiatives and the plan, and re-checks only the campaigns they touch', () => {
    let edits = 0;
    let reused = 0;
    fc.assert(
      fc.property(fc.array(upstreamEdit, { minLength: 5, maxLength: 12 }), (steps) => {
        const texts = new Map(PLANNED);
        const lastValid = new Map(PLANNED);
        const host = new AnalysisHost({ today: '2027-01-01' });
        for (const [p, t] of texts) host.setText(p, t);
        everything(host);
        for (const step of steps) {
          const p = UPSTREAM[step.file];
          const next = applyUpstreamEdit(texts.get(p) ?? '', step);
          texts.set(p, next);
          if (!parsed(p, next).syntaxErrors.length) lastValid.set(p, next);
          host.setText(p, next);
          const incremental = everything(host);
          for (const a of host.allAnalyses()) reused += a.units.size - a.unitsChecked;
          const fresh = new AnalysisHost({ today: '2027-01-01' });
          for (const [q, t] of lastValid) fresh.setParsed(parsed(q, t));
          for (const [q, t] of texts) fresh.setParsed(parsed(q, t));
          assert.equal(incremental, everything(fresh), `after ${edits + 1} edits`);
          edits++;
        }
      }),
      { numRuns: 150, seed: 3 },
    );
    assert.ok(edits >= 1000, `${edits} edits`);
    assert.ok(reused > edits, `campaign units reused ${reused} times over ${edits} upstream edits`);
  });

  it('re-checks the edited campaign alone, and the campaigns after it in its file when the edit moves them', () => {
    const host = new AnalysisHost({ today: '2027-01-01' });
    for (const [p, t] of PLANNED) host.setText(p, t);
    const file = '/up/campaigns/batch-001.mplan.yaml';
    const text = new Map(PLANNED).get(file) ?? '';
    const at = text.indexOf('budget: ', text.indexOf('id: camp-00009'));
    assert.equal(text.slice(at, at + 12), 'budget: 5000');
    const rechecked = (next: string): string[] => {
      const before = host.analysisOf(file);
      host.setText(file, next);
      const after = host.analysisOf(file);
      assert.ok(before && after);
      return [...after.units].filter(([id, u]) => before.units.get(id) !== u).map(([id]) => id);
    };
    assert.deepEqual(rechecked(`${text.slice(0, at)}budget: 5001${text.slice(at + 12)}`), ['#camp-00009']);
    const inFile = (host.analysisOf(file)?.index.campaigns ?? []).filter((c) => c.file.path === file).map((c) => `#${c.id}`);
    assert.deepEqual(inFile.slice(0, 2), ['#camp-00008', '#camp-00009']);
    assert.deepEqual(rechecked(`${text.slice(0, at)}budget: 50000${text.slice(at + 12)}`), inFile.slice(1));
  });

  it('re-checks only the campaigns that target an edited segment', () => {
    const host = new AnalysisHost({ today: '2027-01-01' });
    for (const [p, t] of PLANNED) host.setText(p, t);
    const before = host.analysisOf('/up/plan.mplan.yaml');
    assert.ok(before);
    const targeting = (id: string): string[] =>
      before.index.campaigns.filter((c) => c.segments?.items.some((r) => r.id === id)).map((c) => `#${c.id}`);
    const segments = new Map(PLANNED).get(UPSTREAM[1]) ?? '';
    // seg-pending: the segment of one campaign (every other campaign targets seg-0000 to seg-0003).
    const edited = segments.replace('name: Segment whose study is still running', 'name: Segment whose study runs on');
    assert.notEqual(edited, segments);
    host.setText(UPSTREAM[1], edited);
    const after = host.analysisOf(UPSTREAM[1]);
    assert.ok(after);
    // One unit per campaign.
    assert.equal(after.units.size, 41);
    assert.deepEqual(targeting('seg-pending'), ['#camp-00008']);
    assert.equal(after.unitsChecked, 1);
    // A reused unit is the previous analysis's own result.
    const rechecked = [...after.units].filter(([id, u]) => before.units.get(id) !== u).map(([id]) => id);
    assert.deepEqual(rechecked, ['#camp-00008']);
  });

  it('reads again only the campaign an edit changed, also when the edit is inside a list nested in it', () => {
    const plan =
      'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n  mission: M.\n';
    const campaign = (id: string, metric: string): string =>
      `  - id: ${id}\n    name: ${id}\n    budget: 100\n    kpis:\n      - metric: ${metric}\n        target: 30%\n      - metric: sales\n`;
    const file = '/nested/campaigns.mplan.yaml';
    const text = `downstream:\n  campaigns:\n${campaign('a', 'awareness')}${campaign('b', 'awareness')}${campaign('c', 'awareness')}`;
    const host = new AnalysisHost({ today: '2027-01-01' });
    host.setText('/nested/plan.mplan.yaml', plan);
    host.setText(file, text);
    const before = host.modelOf(file)?.campaigns ?? [];
    const doc = host.fileOf(file)?.doc;
    // The first kpi of campaign b names a metric that does not exist: an edit inside a list item nested in b.
    const at = text.indexOf('awareness', text.indexOf('id: b'));
    const edited = `${text.slice(0, at)}awarenes${text.slice(at + 'awareness'.length)}`;
    host.setText(file, edited);
    assert.equal(host.fileOf(file)?.doc, doc, 'the edit was re-parsed incrementally');
    const after = host.modelOf(file)?.campaigns ?? [];
    assert.deepEqual(
      after.map((c) => c === before[c.index]),
      [true, false, true],
    );
    assert.deepEqual(
      after.map((c) => c.kpis?.items.map((k) => k.metric)),
      [
        ['awareness', 'sales'],
        ['awarenes', 'sales'],
        ['awareness', 'sales'],
      ],
    );
    // A campaign kept from the previous version belongs to the new one: its file and its references.
    for (const c of after) assert.equal(c.file, host.fileOf(file));
    const fresh = new AnalysisHost({ today: '2027-01-01' });
    fresh.setText('/nested/plan.mplan.yaml', plan);
    fresh.setText(file, edited);
    assert.equal(everything(host), everything(fresh));
    assert.match(everything(host), /MP005/);
  });
});
