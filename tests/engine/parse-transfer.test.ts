/**
 * A parsed file crosses threads as plain data (engine/parse/transfer.ts): what
 * comes back must be what `parseFile` makes of the same text, node for node,
 * every own property (the symbol saying a node's kind included), on the
 * examples, on generated plans and on thousands of damaged versions of them.
 * A file holding what the transfer does not write is refused, never changed.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import fc from 'fast-check';
import { isDocument, type Document } from 'yaml';
import { parseFile, type ParsedFile } from '../../server/src/engine/parse/parse-file';
import { packParsedFile, unpackParsedFile, type PackedFile } from '../../server/src/engine/parse/transfer';
import { EXAMPLES } from '../support/fixtures';
import { generatePlan } from '../bench/generate';
import { applySplices, splices } from '../support/damage';

function planFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...planFiles(p));
    else if (/\.mplan\.ya?ml$|mplan\.config\.yaml$/.test(e.name)) out.push(p);
  }
  return out;
}

const EXAMPLE_TEXTS = planFiles(EXAMPLES).map((f) => fs.readFileSync(f, 'utf8'));
const GENERATED = [...generatePlan({ campaigns: 60, files: 4, violations: 0.5, seed: 5 }).files.values()];

/** Every difference between two values built by the parser, with where it is (empty when none). */
function differences(a: unknown, b: unknown, at: string, out: string[], seen = new Set<unknown>()): string[] {
  if (out.length > 5) return out;
  if (Object.is(a, b)) return out;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    out.push(`${at}: ${String(a)} !== ${String(b)} (${typeof a}, ${typeof b})`);
    return out;
  }
  if (seen.has(a)) return out;
  seen.add(a);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
    out.push(`${at}: ${a.constructor.name} !== ${b.constructor.name}`);
    return out;
  }
  const keysA = Reflect.ownKeys(a).map(String).sort();
  const keysB = Reflect.ownKeys(b).map(String).sort();
  if (keysA.join() !== keysB.join()) {
    out.push(`${at}: keys ${keysA.join()} !== ${keysB.join()}`);
    return out;
  }
  for (const k of Reflect.ownKeys(a)) {
    // A document's options, directives and schema are its parser's settings, compared below on their own.
    if (isDocument(a) && (k === 'options' || k === 'directives' || k === 'schema')) continue;
    // A collection's schema is its document's (checked below).
    if (k === 'schema') continue;
    // Where an error object was made differs, and only there.
    if (a instanceof Error && k === 'stack') continue;
    differences((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k], `${at}.${String(k)}`, out, seen);
  }
  return out;
}

/** What crossing threads does to the plain data: a structured clone, as `postMessage` makes. */
const cloned = (p: PackedFile): PackedFile => deserialize(serialize(p)) as PackedFile;

function assertSameFile(text: string): string {
  const parsed = parseFile('/p/plan.mplan.yaml', text);
  const result = packParsedFile(parsed);
  if ('refused' in result) return `refused: ${result.refused}`;
  const back = unpackParsedFile('/p/plan.mplan.yaml', text, cloned(result.packed));
  const fresh = parseFile('/p/plan.mplan.yaml', text);
  const diffs = differences({ ...fresh, source: undefined }, { ...back, source: undefined }, 'file', []);
  assert.deepEqual(diffs, [], `differs for ${JSON.stringify(text.slice(0, 200))}`);
  assert.equal(back.source.text, text);
  if (fresh.doc && back.doc) assertSameDocumentSettings(fresh.doc, back.doc);
  return 'packed';
}

function assertSameDocumentSettings(a: Document.Parsed, b: Document.Parsed): void {
  const { _directives: _a, ...optionsA } = a.options as Record<string, unknown>;
  const { _directives: _b, ...optionsB } = b.options as Record<string, unknown>;
  assert.deepEqual(optionsB, optionsA);
  assert.equal(b.directives.docStart, a.directives.docStart);
  assert.equal(b.directives.docEnd, a.directives.docEnd);
  assert.deepEqual(b.directives.yaml, a.directives.yaml);
  assert.deepEqual(b.directives.tags, a.directives.tags);
  assert.equal(b.schema.name, a.schema.name);
  assert.deepEqual(
    b.schema.tags.map((t) => t.tag),
    a.schema.tags.map((t) => t.tag),
  );
  // Every collection holds its own document's schema.
  const schemas = new Set<unknown>();
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if ('items' in n && Array.isArray(n.items)) {
      schemas.add((n as { schema?: unknown }).schema);
      n.items.forEach(walk);
    }
    if ('key' in n) walk(n.key);
    if ('value' in n && typeof n.value === 'object') walk(n.value);
  };
  walk(b.contents);
  for (const s of schemas) assert.equal(s, b.schema);
}

describe('a parsed file across threads (engine/parse/transfer.ts)', () => {
  it('comes back node for node on every example and generated plan', () => {
    let packed = 0;
    for (const text of [...EXAMPLE_TEXTS, ...GENERATED]) if (assertSameFile(text) === 'packed') packed++;
    assert.ok(EXAMPLE_TEXTS.length >= 6, `examples read: ${EXAMPLE_TEXTS.length}`);
    assert.ok(packed >= EXAMPLE_TEXTS.length + GENERATED.length - 3, `packed ${packed}`);
  });

  it('keeps comments, blank lines, number formats, block and quoted texts, flow collections, empty values and later documents', () => {
    const text = [
      '# before',
      'version: 1',
      '',
      'plan: # after the key',
      '  name: "Quoted: yes"',
      "  other: 'single'",
      '  hex: 0x1F',
      '  oct: 0o17',
      '  float: 1.50',
      '  exp: 1e3',
      '  inf: .inf',
      '  nan: .nan',
      '  yes: true',
      '  nothing: null',
      '  tilde: ~',
      '  empty:',
      '  flow: [a, {b: c}, [d]]',
      '  block: |',
      '    line one',
      '    line two',
      '  folded: >-',
      '    folded',
      '  ? explicit',
      '  list:',
      '    # a comment before an item',
      '    - one # trailing',
      '',
      '    - two',
      '# after everything',
      '---',
      'second: document',
      '',
    ].join('\n');
    assert.equal(assertSameFile(text), 'packed');
    assert.equal(assertSameFile(''), 'packed');
    assert.equal(assertSameFile('# only a comment\n'), 'packed');
    assert.equal(assertSameFile('--- # a start\nversion: 1\n...\n'), 'packed');
    assert.equal(assertSameFile('a: -0\nb: -0.0\nc: 0\n'), 'packed');
    assert.equal(assertSameFile('a: 1\r\nb: 2\rc: 3\n'), 'packed');
    assert.equal(assertSameFile('a: 1\na: 2\nb: {x: 1, x: 2}\n'), 'packed');
    assert.equal(assertSameFile('a: 5* stars\nb: "*quoted"\n'), 'packed');
  });

  it('refuses a file holding an anchor, an alias, a tag or a directive, and an unreadable file', () => {
    const refusals = [
      'a: &x 1\nb: *x\n',
      'a: &x 1\n',
      'a: !!str 1\n',
      'a: !custom 1\n',
      '%YAML 1.2\n---\na: 1\n',
      '%TAG !e! tag:example.com,2000:\n---\na: 1\n',
      '%TAG !! tag:example.com,2000:\n---\na: 1\n',
      'a: *x\n',
    ].map((text) => assertSameFile(text));
    assert.deepEqual(refusals, [
      'refused: anchor',
      'refused: anchor',
      'refused: tag',
      'refused: tag',
      'refused: directive',
      'refused: directive',
      'refused: directive',
      'refused: alias',
    ]);
    const unreadable: ParsedFile = { ...parseFile('/p/x.mplan.yaml', ''), unreadable: 'not UTF-8' };
    assert.deepEqual(packParsedFile(unreadable), { refused: 'unreadable' });
  });

  it('keeps the parser errors and warnings, and a file too deep to parse', () => {
    for (const text of [
      'a: [1, 2\n',
      'a: "open\n',
      'a:\n\t- b\n',
      'a: b: c\n',
      '- a\nb: 1\n',
      `${'['.repeat(300)}\n`,
      '%FOO bar\n---\na: 1\n',
    ])
      assert.equal(assertSameFile(text), 'packed', JSON.stringify(text));
  });

  it('comes back node for node on thousands of damaged plans, or is refused', () => {
    const INSERTS = [
      'x',
      '1',
      ' ',
      '\n',
      ': ',
      '- ',
      '#',
      '[',
      ']',
      '{',
      '}',
      ',',
      '"',
      "'",
      '|\n',
      '>\n',
      '? ',
      '--- ',
      '0x1',
      '.5',
      '\t',
    ];
    const sources = [...EXAMPLE_TEXTS, ...GENERATED.slice(0, 2)];
    let packed = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.nat({ max: sources.length - 1 }), splices(INSERTS), (source, edits) => {
        if (assertSameFile(applySplices(sources[source], edits)) === 'packed') packed++;
        else refused++;
      }),
      { numRuns: 2000, seed: 20261128 },
    );
    assert.ok(packed >= 1000, `packed ${packed}, refused ${refused}`);
  });
});
