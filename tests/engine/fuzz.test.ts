/**
 * Property test: whatever is typed into a plan, the engine answers with
 * findings and never throws, never hangs, and never points outside the text.
 *
 * The example plans (QuestForge's two files and a config in one scope,
 * Northwind in another) are mutated the way a half-typed or damaged file
 * looks: truncated, a line deleted or duplicated, garbage inserted (YAML
 * indicators, tabs, unicode, lone surrogates), indentation swapped between
 * lines, CRLF or CR line endings, a BOM. The engine runs in a worker thread so
 * that a hang is caught: a case that takes longer than CASE_TIMEOUT_MS fails.
 */
import { describe, it, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import type { Finding } from '../../server/src/engine/findings';
import { applyEdits } from '../../server/src/engine/fix/apply';

const REPO = path.resolve(__dirname, '..', '..', '..');
const MEMORY_MODULE = path.join(__dirname, '../support/analyze-texts.js');
/** Deterministic by default; MPLAN_FUZZ_SEED and MPLAN_FUZZ_RUNS explore further. */
const SEED = Number(process.env.MPLAN_FUZZ_SEED ?? 20270101);
const RUNS = Number(process.env.MPLAN_FUZZ_RUNS ?? 200);
/** Generous: a normal case takes milliseconds; this only catches hangs. */
const CASE_TIMEOUT_MS = 5000;

const ROOT = path.resolve('/virtual/fuzz');
const SOURCES: ReadonlyArray<[string, string]> = [
  [path.join(ROOT, 'questforge', 'plan.mplan.yaml'), 'examples/questforge/plan.mplan.yaml'],
  [path.join(ROOT, 'questforge', 'campaigns', 'launch.mplan.yaml'), 'examples/questforge/campaigns/launch.mplan.yaml'],
  [path.join(ROOT, 'northwind', 'northwind.mplan.yaml'), 'examples/northwind-saas/northwind.mplan.yaml'],
];
const CONFIG: [string, string] = [
  path.join(ROOT, 'questforge', 'mplan.config.yaml'),
  'rules:\n  MP401: warning\n  segment-without-campaign: off\nthresholds:\n  pretestBudget: 50000\n  premiumDiscountLimit: 20%\n  adultAge: 18\n',
];

function originals(): Array<[string, string]> {
  return [...SOURCES.map(([p, rel]): [string, string] => [p, fs.readFileSync(path.join(REPO, rel), 'utf8')]), CONFIG];
}

// ---------------------------------------------------------------- mutations

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'delete-line'; line: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'swap-indent'; line: number; other: number }
  | { kind: 'set-indent'; line: number; indent: string }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'alias'; line: number; other: number }
  | { kind: 'placeholder'; line: number }
  | { kind: 'crlf' }
  | { kind: 'cr' }
  | { kind: 'bom' };

const GARBAGE_UNITS = [
  ':',
  ': ',
  '-',
  '- ',
  ' ',
  '  ',
  '[',
  ']',
  '{',
  '}',
  '&',
  '*',
  '!',
  '|',
  '>',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '#',
  '"',
  "'",
  '%',
  '@',
  '`',
  '?',
  ',',
  '---',
  '...',
  '<<',
  '&a ',
  '*a',
  '!!str ',
  '!!binary ',
  '|-',
  '>+',
  '\\',
  '\uFEFF',
  '\uD800',
  '\uDC00',
  '🎮',
  'é',
  '中',
  '\u0000',
  '\u2028',
  '\u0085',
  'id: ',
  'plan:',
  'version: 1',
  'segments: [',
  '\n    - ',
  'NO',
  '0.25',
  '25',
  '2027-02-30',
  '# mplan-disable-next-line MP401',
  '# mplan-disable-file',
  'mplan-disable-line MP999',
];

const garbage = fc.string({
  unit: fc.oneof(fc.constantFrom(...GARBAGE_UNITS), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  minLength: 1,
  maxLength: 12,
});
const indent = fc.constantFrom('', ' ', '  ', '   ', '    ', '\t', ' \t', '\t  ', '          ');

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete-line' as const), line: fc.nat() }),
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: garbage }), weight: 4 },
  fc.record({ kind: fc.constant('swap-indent' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('set-indent' as const), line: fc.nat(), indent }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('alias' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('placeholder' as const), line: fc.nat() }),
  fc.constant({ kind: 'crlf' as const }),
  fc.constant({ kind: 'cr' as const }),
  fc.constant({ kind: 'bom' as const }),
);

/** A block map line `key: value # comment`: the prefix up to the value, the value, the rest. */
const KEY_VALUE = /^(\s*(?:- )?[A-Za-z][\w-]*: )([^\s#&*|>'"][^#]*?)(\s*(?:#.*)?\r?)$/;

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const ln = (n: number): number => n % lines.length;
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'delete-line':
      lines.splice(ln(m.line), 1);
      return lines.join('\n');
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'swap-indent': {
      const a = ln(m.line);
      const b = ln(m.other);
      const ia = /^[ \t]*/.exec(lines[a])?.[0] ?? '';
      const ib = /^[ \t]*/.exec(lines[b])?.[0] ?? '';
      lines[a] = ib + lines[a].slice(ia.length);
      lines[b] = ia + lines[b].slice(ib.length);
      return lines.join('\n');
    }
    case 'set-indent': {
      const a = ln(m.line);
      lines[a] = m.indent + lines[a].replace(/^[ \t]*/, '');
      return lines.join('\n');
    }
    case 'duplicate-line': {
      const a = ln(m.line);
      lines.splice(a, 0, lines[a]);
      return lines.join('\n');
    }
    case 'alias': {
      // Anchor one line's value and write it through an alias on another line (before or after: an alias before its anchor is MP001).
      const a = ln(m.line);
      const b = ln(m.other);
      const va = KEY_VALUE.exec(lines[a]);
      const vb = KEY_VALUE.exec(lines[b]);
      if (!va || !vb || a === b) return text;
      lines[a] = `${va[1]}&f${a} ${va[2]}${va[3]}`;
      lines[b] = `${vb[1]}*f${a}${vb[3]}`;
      return lines.join('\n');
    }
    case 'placeholder': {
      const a = ln(m.line);
      const v = KEY_VALUE.exec(lines[a]);
      if (v) lines[a] = `${v[1]}TODO${v[3]}`;
      return lines.join('\n');
    }
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'cr':
      return text.replace(/\r?\n/g, '\r');
    case 'bom':
      return `\uFEFF${text}`;
  }
}

/**
 * The same plan with every value written a second time on a block line (an
 * id, a date, a list in flow style...) written through an anchor and aliases.
 */
function throughAliases(text: string): string {
  const lines = text.split('\n');
  const seen = new Map<string, number>();
  const anchored = new Set<number>();
  lines.forEach((l, i) => {
    const m = KEY_VALUE.exec(l);
    if (!m || /^\s*- /.test(m[1]) || /^[[{]/.test(m[2]) !== /[\]}]$/.test(m[2])) return;
    const first = seen.get(m[2]);
    if (first === undefined) {
      seen.set(m[2], i);
      return;
    }
    if (!anchored.has(first)) {
      const f = KEY_VALUE.exec(lines[first])!;
      lines[first] = `${f[1]}&v${first} ${f[2]}${f[3]}`;
      anchored.add(first);
    }
    lines[i] = `${m[1]}*v${first}${m[3]}`;
  });
  return lines.join('\n');
}

// ---------------------------------------------------------------- the engine in a worker

type WorkerReply = { ok: true; findings: Finding[]; ms: number } | { ok: false; error: string };

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { analyzeTexts } = require(workerData.memoryModule);
// Count process warnings (yaml's "Keys with collection values...") instead of printing them.
let warnings = 0;
process.removeAllListeners('warning');
process.on('warning', () => { warnings++; });
parentPort.on('message', (files) => {
  if (files === 'warnings') {
    setImmediate(() => parentPort.postMessage({ warnings }));
    return;
  }
  const t0 = performance.now();
  try {
    const result = analyzeTexts(new Map(files));
    const findings = result.findings.map((f) => ({
      code: f.code, name: f.name, severity: f.severity, message: f.message, file: f.file, span: f.span, range: f.range,
      related: f.related.map((r) => ({ file: r.file, span: r.span, range: r.range, message: r.message })),
      fixes: f.fixes.map((x) => ({ title: x.title, safe: x.safe, preferred: x.preferred, edits: x.edits.map((e) => ({ file: e.file, offset: e.offset, length: e.length, text: e.text })) })),
      suppressed: f.suppressed,
    }));
    parentPort.postMessage({ ok: true, findings, ms: performance.now() - t0 });
  } catch (e) {
    parentPort.postMessage({ ok: false, error: String((e && e.stack) || e) });
  }
});
`;

class EngineWorker {
  private worker: Worker | undefined;

  private start(): Worker {
    if (!this.worker) {
      this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { memoryModule: MEMORY_MODULE } });
      this.worker.unref();
    }
    return this.worker;
  }

  /** Analyse in the worker; rejects on a hang (and replaces the worker). */
  analyze(files: ReadonlyArray<[string, string]>, timeoutMs: number): Promise<WorkerReply> {
    const worker = this.start();
    return new Promise<WorkerReply>((resolve, reject) => {
      const cleanup = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const onMessage = (reply: WorkerReply): void => {
        cleanup();
        resolve(reply);
      };
      const onError = (e: Error): void => {
        cleanup();
        this.worker = undefined;
        resolve({ ok: false, error: `worker died: ${e.stack ?? e.message}` });
      };
      const timer = setTimeout(() => {
        cleanup();
        this.worker = undefined;
        void worker.terminate();
        reject(new Error(`the engine did not answer within ${timeoutMs} ms (a hang)`));
      }, timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(files);
    });
  }

  /** Process warnings the engine raised so far in this worker. */
  warnings(): Promise<number> {
    const worker = this.start();
    return new Promise<number>((resolve) => {
      worker.once('message', (reply: { warnings: number }) => resolve(reply.warnings));
      worker.postMessage('warnings');
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}

// ---------------------------------------------------------------- checks

/** Line starts by the LSP's line breaks (LF, CRLF, CR), independently of the engine. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

/**
 * Known engine issue (reported, see the todo test below): a span that starts
 * or ends between the CR and the LF of a CRLF gets the position (line, length
 * + 1), past the end of its line. The property tolerates exactly that case so
 * that it keeps finding other problems; set to true once the engine is fixed.
 */
const STRICT_CRLF = true;

/** The offset of a position, or a reason why it is not a valid position in the text. */
function offsetOf(
  text: string,
  starts: readonly number[],
  pos: { line: number; character: number },
  strict = STRICT_CRLF,
): number | string {
  if (!Number.isInteger(pos.line) || pos.line < 0 || pos.line >= starts.length)
    return `line ${pos.line} is not a line of the text (${starts.length} lines)`;
  const start = starts[pos.line];
  let end = pos.line + 1 < starts.length ? starts[pos.line + 1] : text.length;
  if (end > start && text[end - 1] === '\n') end--;
  if (end > start && text[end - 1] === '\r') end--;
  const insideCrlf = text[end] === '\r' && text[end + 1] === '\n' && start + pos.character === end + 1;
  if (!strict && insideCrlf) return end + 1;
  if (!Number.isInteger(pos.character) || pos.character < 0 || start + pos.character > end) {
    return `character ${pos.character} is past the end of line ${pos.line} (length ${end - start})`;
  }
  return start + pos.character;
}

const show = (f: Finding): string =>
  `${path.relative(ROOT, f.file)} ${f.code} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} (span ${f.span.offset}+${f.span.length}) ${f.message}`;

function checkFindings(findings: readonly Finding[], files: ReadonlyMap<string, string>): void {
  // Not assert.ok(Array.isArray(...)): its narrowing would turn the readonly array into any[].
  assert.equal(Array.isArray(findings), true, 'findings must be an array');
  const starts = new Map([...files].map(([p, t]) => [p, lineStarts(t)]));
  const checkPlace = (what: string, file: string, span: { offset: number; length: number }, range: Finding['range']): void => {
    const text = files.get(file);
    const ls = starts.get(file);
    assert.ok(text !== undefined && ls !== undefined, `${what}: unknown file ${file}`);
    assert.ok(
      span.offset >= 0 && span.length >= 0 && span.offset + span.length <= text.length,
      `${what}: span out of the text (length ${text.length})`,
    );
    const start = offsetOf(text, ls, range.start);
    const end = offsetOf(text, ls, range.end);
    assert.equal(typeof start, 'number', `${what}: start ${String(start)}`);
    assert.equal(typeof end, 'number', `${what}: end ${String(end)}`);
    assert.ok((start as number) <= (end as number), `${what}: the range ends before it starts`);
    assert.equal(start, span.offset, `${what}: range start and span disagree`);
    assert.equal(end, span.offset + span.length, `${what}: range end and span disagree`);
  };
  for (const f of findings) {
    const what = show(f);
    assert.match(f.code, /^MP\d{3}$/, what);
    assert.ok(['error', 'warning', 'info', 'hint'].includes(f.severity), what);
    assert.equal(typeof f.message, 'string', what);
    checkPlace(what, f.file, f.span, f.range);
    for (const r of f.related) checkPlace(`${what} / related ${r.message}`, r.file, r.span, r.range);
    for (const fix of f.fixes) {
      const byFile = new Map<string, Array<{ offset: number; length: number; text: string }>>();
      for (const e of fix.edits) {
        const text = files.get(e.file);
        assert.ok(text !== undefined, `${what} / fix "${fix.title}": edit in an unknown file ${e.file}`);
        assert.ok(
          Number.isInteger(e.offset) && Number.isInteger(e.length) && e.offset >= 0 && e.length >= 0 && e.offset + e.length <= text.length,
          `${what} / fix "${fix.title}": edit ${e.offset}+${e.length} out of the text (length ${text.length})`,
        );
        assert.equal(typeof e.text, 'string');
        const list = byFile.get(e.file) ?? [];
        for (const o of list) {
          const overlap = e.offset < o.offset + o.length && o.offset < e.offset + e.length;
          assert.ok(!overlap, `${what} / fix "${fix.title}": overlapping edits`);
        }
        list.push(e);
        byFile.set(e.file, list);
      }
      for (const [file, edits] of byFile) applyEdits(files.get(file) ?? '', edits);
    }
  }
}

// ---------------------------------------------------------------- the property

describe('fuzz: mutated example plans', () => {
  const engine = new EngineWorker();
  after(() => engine.close());

  it('the unmutated examples pass the same checks', async () => {
    const files = originals();
    const reply = await engine.analyze(files, CASE_TIMEOUT_MS * 4);
    assert.ok(reply.ok, reply.ok ? '' : reply.error);
    checkFindings(reply.findings, new Map(files));
    assert.ok(reply.findings.length > 0, 'QuestForge has findings');
  });

  it('oracle: the examples with repeated values written through anchors and aliases give the same findings, placed on the aliases', async () => {
    const files = originals().filter(([p]) => p.endsWith('.mplan.yaml'));
    const aliased = files.map(([p, t]): [string, string] => [p, throughAliases(t)]);
    assert.ok(
      aliased.some(([, t], i) => t !== files[i][1] && /\*v\d+/.test(t)),
      'some values are written through aliases',
    );
    const plain = await engine.analyze(files, CASE_TIMEOUT_MS * 4);
    const viaAlias = await engine.analyze(aliased, CASE_TIMEOUT_MS * 4);
    assert.ok(plain.ok && viaAlias.ok);
    checkFindings(viaAlias.findings, new Map(aliased));
    // The same findings on the same lines; columns move with the anchors and aliases.
    const key = (f: Finding): string => `${path.relative(ROOT, f.file)}:${f.range.start.line} ${f.code} ${f.message}`;
    assert.deepEqual(viaAlias.findings.map(key).sort(), plain.findings.map(key).sort());
    // A finding on a line whose value is an alias is placed on the alias.
    const texts = new Map(aliased);
    let onAlias = 0;
    for (const f of viaAlias.findings) {
      const text = texts.get(f.file) ?? '';
      const line = text.split('\n')[f.range.start.line];
      const alias = /\*v\d+/.exec(line);
      if (!alias || f.range.start.line !== f.range.end.line) continue;
      const covers = f.range.start.character <= alias.index && alias.index + alias[0].length <= f.range.end.character;
      const elsewhere = f.range.end.character <= alias.index || f.range.start.character >= alias.index + alias[0].length;
      assert.ok(covers || elsewhere, `${show(f)} cuts the alias ${alias[0]}`);
      if (f.range.start.character === alias.index && f.range.end.character === alias.index + alias[0].length) onAlias++;
    }
    assert.ok(onAlias > 0, 'some findings are placed on an alias');
  });

  it('a span that ends between the CR and the LF of a CRLF has a valid end position', async () => {
    const file = path.join(ROOT, 'crlf', 'plan.mplan.yaml');
    const text = 'upstream:\r\n  segments:\r\n\t- id: a\r\n';
    const reply = await engine.analyze([[file, text]], CASE_TIMEOUT_MS);
    assert.ok(reply.ok, reply.ok ? '' : reply.error);
    const ls = lineStarts(text);
    for (const f of reply.findings) {
      assert.equal(
        typeof offsetOf(text, ls, f.range.start, true),
        'number',
        `${show(f)}: ${String(offsetOf(text, ls, f.range.start, true))}`,
      );
      assert.equal(typeof offsetOf(text, ls, f.range.end, true), 'number', `${show(f)}: ${String(offsetOf(text, ls, f.range.end, true))}`);
    }
  });

  it(`${RUNS} mutated scopes: findings without a throw, a hang, or a range outside the text`, { timeout: 600_000 }, async (t) => {
    const base = originals();
    const edits = fc.array(fc.tuple(fc.nat(base.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 })), {
      minLength: 1,
      maxLength: 4,
    });
    let slowest = 0;
    const details = await fc.check(
      fc.asyncProperty(edits, async (plan) => {
        const texts = base.map(([p, t]): [string, string] => [p, t]);
        for (const [i, ms] of plan) for (const m of ms) texts[i] = [texts[i][0], mutate(texts[i][1], m)];
        const reply = await engine.analyze(texts, CASE_TIMEOUT_MS);
        assert.ok(reply.ok, reply.ok ? '' : `the engine threw: ${reply.error}`);
        slowest = Math.max(slowest, reply.ms);
        checkFindings(reply.findings, new Map(texts));
      }),
      { seed: SEED, numRuns: RUNS },
    );
    if (details.failed) {
      const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      const files = base.map(([p]) => path.relative(ROOT, p));
      const example = (details.counterexample?.[0] ?? []).map(([i, ms]) => `${files[i]}: ${JSON.stringify(ms)}`).join('\n  ');
      assert.fail(
        `${error}\nafter ${details.numRuns} runs (seed ${SEED}, path ${details.counterexamplePath ?? '?'}); shrunk counterexample:\n  ${example}`,
      );
    }
    assert.ok(slowest < CASE_TIMEOUT_MS);
    t.diagnostic(`slowest case ${slowest.toFixed(0)} ms`);
    const warnings = await engine.warnings();
    // Known engine issue (see the todo in bad-input.test.ts): a collection used as a map key makes yaml print a warning.
    if (warnings)
      t.diagnostic(`the engine raised ${warnings} process warning(s) (yaml: collection map keys), printed on stderr by the CLI`);
  });
});
