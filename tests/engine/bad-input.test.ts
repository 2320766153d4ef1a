/**
 * Malformed plans give specific diagnostics and never crash the engine.
 *
 * Ranges are 0-based LSP positions (line, UTF-16 character), written
 * `CODE@line:char-line:char`. Each expected range was worked out by hand from
 * the text (counted below where it is not obvious), not copied from a run.
 * Inputs that hold entities are checked on the structure rules (MP0xx) only,
 * so that a new alignment or flow rule does not break these tests.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeTexts } from '../support/analyze-texts';
import { checkPaths } from '../../server/src/engine/project/check';
import { applyEdits } from '../../server/src/engine/fix/apply';
import type { Finding } from '../../server/src/engine/findings';

const ROOT = path.resolve('/virtual/bad-input');
const FILE = path.join(ROOT, 'plan.mplan.yaml');
const REPO = path.resolve(__dirname, '..', '..', '..');

function analyze(text: string, extra: Record<string, string> = {}): Finding[] {
  const files = new Map<string, string>([[FILE, text]]);
  for (const [rel, t] of Object.entries(extra)) files.set(path.join(ROOT, rel), t);
  const result = analyzeTexts(files);
  assert.ok(Array.isArray(result.findings));
  const starts = new Map([...files].map(([p, t]) => [p, lineStarts(t)]));
  for (const f of result.findings) assertInBounds(f, files, starts);
  return result.findings.filter((f) => !f.suppressed);
}

const where = (f: Finding): string =>
  `${f.code}@${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`;
const structure = (fs: readonly Finding[]): string[] => fs.filter((f) => /^MP0\d\d$/.test(f.code)).map(where);
const all = (fs: readonly Finding[]): string[] => fs.map(where);

/** Line starts by the LSP's line breaks (LF, CRLF, CR), computed independently of the engine. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

function offsetOf(text: string, starts: number[], pos: { line: number; character: number }): number {
  assert.ok(pos.line >= 0 && pos.line < starts.length, `line ${pos.line} out of range`);
  const start = starts[pos.line];
  let end = pos.line + 1 < starts.length ? starts[pos.line + 1] : text.length;
  if (end > start && text[end - 1] === '\n') end--;
  if (end > start && text[end - 1] === '\r') end--;
  assert.ok(pos.character >= 0 && start + pos.character <= end, `character ${pos.character} past the end of line ${pos.line}`);
  return start + pos.character;
}

function assertInBounds(f: Finding, files: ReadonlyMap<string, string>, lines: ReadonlyMap<string, number[]>): void {
  const text = files.get(f.file);
  const starts = lines.get(f.file);
  assert.ok(text !== undefined && starts !== undefined, `finding in an unknown file ${f.file}`);
  assert.equal(offsetOf(text, starts, f.range.start), f.span.offset, `${where(f)}: range start and span disagree`);
  assert.equal(offsetOf(text, starts, f.range.end), f.span.offset + f.span.length, `${where(f)}: range end and span disagree`);
  for (const fix of f.fixes) {
    for (const e of fix.edits) {
      const t = files.get(e.file);
      assert.ok(t !== undefined, `fix edit in an unknown file ${e.file}`);
      assert.ok(e.offset >= 0 && e.length >= 0 && e.offset + e.length <= t.length, `fix edit out of bounds in ${where(f)}`);
    }
  }
}

/** The text a finding's span covers. */
function covered(f: Finding, text: string): string {
  return text.slice(f.span.offset, f.span.offset + f.span.length);
}

describe('bad input: files that are not plans', () => {
  it('an empty file has no findings', () => {
    assert.deepEqual(all(analyze('')), []);
  });

  it('a file that is only comments has no findings', () => {
    assert.deepEqual(all(analyze('# nothing here yet\n# mplan: to do\n')), []);
  });

  it('a scalar at the top level is MP002 on the scalar', () => {
    const text = 'hello\n';
    const fs = analyze(text);
    assert.deepEqual(all(fs), ['MP002@0:0-0:5']);
    assert.equal(covered(fs[0], text), 'hello');
  });

  it('a list at the top level is MP002 on the whole list', () => {
    const text = '- a\n- b\n';
    const fs = analyze(text);
    assert.deepEqual(all(fs), ['MP002@0:0-1:3']);
    assert.equal(covered(fs[0], text), '- a\n- b');
  });

  it('a second YAML document is MP002 at its ---', () => {
    // `upstream: {}\n` is 13 characters: the `---` is line 1, characters 0-3.
    const fs = analyze('upstream: {}\n---\nupstream: {}\n');
    assert.deepEqual(all(fs), ['MP002@1:0-1:3']);
    assert.match(fs[0].message, /second document/);
  });

  it('a second document after a leading --- is MP002 at the second --- only', () => {
    const fs = analyze('# c\n---\nupstream: {}\n---\n# c2\n');
    assert.deepEqual(all(fs), ['MP002@3:0-3:3']);
  });

  it('a document that is only --- is an empty plan file', () => {
    assert.deepEqual(all(analyze('---\n')), []);
  });

  it('a collection used as a map key is reported on the key, without a process warning', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error): void => {
      warnings.push(w.message);
    };
    process.on('warning', onWarning);
    let fs: Finding[];
    try {
      fs = analyze('[a, b]: c\n');
      // Node emits warnings on a later tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    assert.deepEqual(warnings, []);
    assert.ok(
      fs.some((f) => (f.code === 'MP002' || f.code === 'MP003') && f.range.start.line === 0 && f.range.start.character === 0),
      all(fs).join(' '),
    );
  });

  it('a tab used as indentation is MP001 on the tab', () => {
    const fs = analyze('upstream:\n\tsegments: []\n');
    assert.deepEqual(all(fs), ['MP001@1:0-1:1']);
    assert.match(fs[0].message, /[Tt]ab/);
  });

  it('a syntax error yields MP001 and no other finding inside that file', () => {
    const fs = analyze('upstream:\n  segments: [{ id: a, name: A }\n  products: []\n');
    assert.ok(fs.length > 0);
    assert.deepEqual([...new Set(fs.map((f) => f.code))], ['MP001']);
  });
});

describe('bad input: duplicate keys, anchors and aliases', () => {
  const dup = 'upstream:\n  segments: [{ id: a, name: A, evidence: [r] }]\n  segments: []\n  research: [{ id: r, method: survey }]\n';

  it('a duplicate key is MP002 at the second key, and the first value counts', () => {
    const fs = analyze(dup);
    // Line 2 is `  segments: []`: the second key starts at character 2.
    const mp002 = fs.filter((f) => f.code === 'MP002');
    assert.equal(mp002.length, 1);
    assert.equal(mp002[0].range.start.line, 2);
    assert.equal(mp002[0].range.start.character, 2);
    // The first value counts: segment `a` exists and its evidence `r` resolves.
    assert.deepEqual(fs.filter((f) => f.code === 'MP005' || f.code === 'MP503').map(where), []);
  });

  it('the duplicate key MP002 covers the whole second key and names it', () => {
    const fs = analyze(dup);
    assert.deepEqual(structure(fs), ['MP002@2:2-2:10']);
    assert.match(fs.find((f) => f.code === 'MP002')?.message ?? '', /segments/);
  });

  it('a duplicate key inside a list item: MP002 on the second id, and the first id counts', () => {
    const fs = analyze('upstream:\n  segments:\n    - id: a\n      name: A\n      id: b\n');
    // Line 4 is `      id: b`: the key is characters 6-8.
    assert.deepEqual(structure(fs), ['MP002@4:6-4:8']);
    assert.ok(!fs.some((f) => f.message.includes('`b`')), 'the second value is not read');
  });

  it('anchors and aliases change nothing', () => {
    const plain = fs.readFileSync(path.join(REPO, 'examples/northwind-saas/northwind.mplan.yaml'), 'utf8');
    const anchored = plain
      .replace('regions: [US, CA, GB]', 'regions: &markets [US, CA, GB]')
      .replace(
        '      channels: [webinars, linkedin, email]',
        '      audience: { regions: *markets }\n      channels: &reach [webinars, linkedin, email]',
      )
      .replace('salesReview: { by: na-sales, on: 2027-01-20 }', 'salesReview: &review { by: na-sales, on: 2027-01-20 }');
    assert.notEqual(anchored, plain);
    assert.match(anchored, /\*markets/);
    const codes = (fs: readonly Finding[]): string[] => fs.map((f) => f.code).sort();
    assert.deepEqual(codes(analyze(anchored)), codes(analyze(plain)));
    assert.deepEqual(structure(analyze(anchored)), []);
  });

  it('an alias bomb ("billion laughs") is MP002 on an alias, in bounded time', () => {
    const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) {
      const p = String.fromCharCode(96 + i);
      const q = String.fromCharCode(97 + i);
      lines.push(`${q}: &${q} [${Array(9).fill(`*${p}`).join(', ')}]`);
    }
    const text = `upstream:\n  x:\n${lines.map((l) => `    ${l}`).join('\n')}\n`;
    const t0 = performance.now();
    const fs = analyze(text);
    const ms = performance.now() - t0;
    // Line 3 is `    b: &b [*a, ...`: the first alias `*a` is characters 11-13.
    assert.deepEqual(all(fs), ['MP002@3:11-3:13']);
    assert.equal(covered(fs[0], text), '*a');
    assert.match(fs[0].message, /alias/);
    assert.ok(ms < 5000, `took ${ms} ms`);
  });
});

describe('bad input: size and depth', () => {
  it('a 5 MB plan file completes without a crash', { timeout: 120_000 }, () => {
    // Segments with long folded descriptions: 5 MB of text, a few thousand nodes.
    const sentence = '        Upstream research found that teens now play the genre and want heroes who look like them.\n';
    const head =
      'version: 1\nplan:\n  id: big\n  name: Big\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n  mission: M\nupstream:\n';
    const research: string[] = ['  research:\n'];
    const segments: string[] = ['  segments:\n'];
    let size = head.length;
    for (let n = 0; size < 5_000_000; n++) {
      const r = `    - { id: r-${n}, method: survey, completed: 2026-06-01, segments: [s-${n}] }\n`;
      const s = `    - id: s-${n}\n      name: Segment ${n}\n      regions: [FR, IT]\n      evidence: [r-${n}]\n      description: >-\n${sentence.repeat(100)}`;
      research.push(r);
      segments.push(s);
      size += r.length + s.length;
    }
    const text = head + research.join('') + segments.join('');
    assert.ok(text.length >= 5_000_000);
    const fs = analyze(text);
    assert.deepEqual(structure(fs), []);
  });

  it('2000 nested flow lists: no stack overflow, a finding at the top', () => {
    const fs = analyze(`upstream: ${'['.repeat(2000)}${']'.repeat(2000)}\n`);
    assert.ok(fs.length > 0, 'expected a finding');
    assert.ok(
      fs.every((f) => f.code === 'MP001' || f.code === 'MP002'),
      all(fs).join(' '),
    );
    assert.ok(fs.every((f) => f.range.start.line === 0));
  });

  it('2000 nested flow maps under a campaign: no stack overflow', () => {
    const text =
      'downstream:\n  campaigns:\n    - id: c\n      name: C\n      product: p\n      segments: [s]\n      channels: [email]\n' +
      `      schedule: { start: 2027-01-01, end: 2027-02-01 }\n      audience: ${'{ a: '.repeat(2000)}1${' }'.repeat(2000)}\n`;
    const fs = analyze(text);
    assert.ok(
      fs.some((f) => f.code === 'MP001' || f.code === 'MP002' || f.code === 'MP003'),
      all(fs).join(' '),
    );
  });

  it("200 nested lists (within the nesting limit) are MP002 on upstream's value", () => {
    const fs = analyze(`upstream: ${'['.repeat(200)}${']'.repeat(200)}\n`);
    assert.deepEqual(all(fs), ['MP002@0:10-0:410']);
  });

  it('nesting past the limit is one MP001 on the opening that goes too deep, never handed to the parser', () => {
    // upstream (1 level) + 255 lists = 256: the limit; one more list goes past it.
    assert.deepEqual(all(analyze(`upstream: ${'['.repeat(255)}${']'.repeat(255)}\n`)), ['MP002@0:10-0:520']);
    const fs = analyze(`upstream: ${'['.repeat(256)}${']'.repeat(256)}\n`);
    assert.deepEqual(all(fs), ['MP001@0:265-0:266']);
    assert.equal(fs[0].message, 'YAML syntax error: the plan is nested too deeply to be read');
    // Quoted and plain text holding brackets is text, not nesting.
    const text = `upstream:\n  segments:\n    - id: a\n      name: "${'['.repeat(300)}"\n      description: Win ${'['.repeat(300)}\n`;
    assert.deepEqual(
      all(analyze(text)).filter((f) => f.startsWith('MP001') || f.startsWith('MP002')),
      [],
    );
  });

  it('1000 nested block lists (which once aborted the process while the parser recursed) are one MP001', () => {
    const text = `upstream:\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 + 2 * i)}-`).join('\n')} x\n`;
    const fs = analyze(text);
    assert.deepEqual(
      fs.map((f) => `${f.code} ${f.message}`),
      ['MP001 YAML syntax error: the plan is nested too deeply to be read'],
    );
    // The count errs on the side of depth (an item's indentation and its dash are each a level): the 255th item goes past the limit.
    assert.equal(fs[0].range.start.line, 255);
  });

  it('2000 nested block lists: no stack overflow', () => {
    const text = `upstream:\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(2 + 2 * i)}-`).join('\n')} x\n`;
    const fs = analyze(text);
    assert.ok(fs.length > 0);
  });
});

describe('bad input: line endings, BOM and non-ASCII text', () => {
  it('CRLF line endings: ranges count lines and characters exactly', () => {
    const text = 'version: 1\r\nupstream:\r\n  segments:\r\n    - id: teens\r\n      name: Teens\r\n      gender: [female]\r\n';
    const fs = analyze(text);
    // `gender` is line 5, characters 6-12; offset 12 + 11 + 13 + 17 + 19 + 6 = 78.
    assert.deepEqual(structure(fs), ['MP003@5:6-5:12']);
    const f = fs.find((x) => x.code === 'MP003');
    assert.ok(f);
    assert.equal(f.span.offset, 78);
    assert.equal(covered(f, text), 'gender');
    // The rename keeps the CRLF line endings.
    const fix = f.fixes[0];
    assert.ok(fix, 'MP003 offers a rename');
    assert.equal(applyEdits(text, fix.edits), text.replace('gender:', 'genders:'));
  });

  it('CRLF line endings with the finding on the last line and no final line break', () => {
    const text = 'upstream:\r\n  segmens: []';
    assert.deepEqual(all(analyze(text)), ['MP003@1:2-1:9']);
  });

  it('a BOM is one UTF-16 code unit of line 0 in memory', () => {
    const text = '\uFEFFupstreem: {}\n';
    const fs = analyze(text);
    assert.deepEqual(all(fs), ['MP003@0:1-0:9']);
    assert.equal(covered(fs[0], text), 'upstreem');
  });

  it('a BOM does not shift the following lines', () => {
    const text = '\uFEFFupstream:\r\n  segmens: []\r\n';
    assert.deepEqual(all(analyze(text)), ['MP003@1:2-1:9']);
  });

  it('on disk, the BOM is not part of the text: columns start after it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mplan-bom-'));
    try {
      fs.mkdirSync(path.join(dir, '.git')); // the repository boundary: never look above this folder
      const file = path.join(dir, 'plan.mplan.yaml');
      fs.writeFileSync(file, '\uFEFFupstreem: {}\n');
      const result = checkPaths([file]);
      assert.deepEqual(result.findings.map(where), ['MP003@0:0-0:8']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('non-ASCII text before a finding on the same line: characters are UTF-16 code units (an emoji counts 2)', () => {
    // `    - { name: "🎮 gamers", id: teens, gender: [female] }`:
    // 4 spaces, `- { ` (4), `name: ` (6), `"🎮 gamers"` (11, the emoji is 2), `, ` (2), `id: teens` (9), `, ` (2): `gender` at 38-44.
    const text = 'upstream:\n  segments:\n    - { name: "🎮 gamers", id: teens, gender: [female] }\n';
    const fs = analyze(text);
    assert.deepEqual(structure(fs), ['MP003@2:38-2:44']);
    assert.equal(covered(fs.find((f) => f.code === 'MP003') as Finding, text), 'gender');
  });

  it('accents and CJK count one unit each, an emoji two, in a value', () => {
    // `      status: é中🎮` : the value starts at 14 and is 1 + 1 + 2 = 4 units long.
    const text = 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      status: é中🎮\n';
    const fs = analyze(text);
    assert.deepEqual(structure(fs), ['MP002@4:14-4:18']);
  });

  it('a lone surrogate in a string does not break ranges after it', () => {
    const text = 'upstream:\n  segments:\n    - id: teens\n      name: "\uD800"\n      statu: active\n';
    assert.deepEqual(structure(analyze(text)), ['MP003@4:6-4:11']);
  });
});
