/**
 * RuleTester: a rule's table of valid and invalid plans, with exact ranges
 * and exact text after each fix (in the spirit of typescript-eslint's).
 *
 * A case is one plan text (file `plan.mplan.yaml`) or several files. Expected
 * ranges are written inline: `⟦` and `⟧` mark each expected finding of the
 * rule, in text order; the markers are removed before analysis. Or give
 * `line`/`column`/`endLine`/`endColumn` (1-based) and `file` explicitly.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Rule } from '../../server/src/engine/rules/rule';
import type { Finding } from '../../server/src/engine/findings';
import type { MessageData } from '../../server/src/engine/messages/message';
import * as fs from 'node:fs';
import { analyzeTexts } from './analyze-texts';
import { applyEdits } from '../../server/src/engine/fix/apply';

const ROOT = path.resolve('/virtual/plan');
const OPEN = '⟦';
const CLOSE = '⟧';

export type Files = string | Record<string, string>;

export interface ExpectedFinding {
  /** The rule's message id of the finding. */
  messageId: string;
  /** The values the message names (ids, names, values), exactly. */
  data: MessageData;
  /** The message rendered in English, exactly. */
  text: string;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Related places: file (relative) and 1-based line, with message parts. */
  related?: Array<{ file?: string; line: number; message?: string[] }>;
  /** Expected fixes, in order: title parts, safety, and the exact texts of the changed files after applying it. */
  fixes?: Array<{ title: string; safe?: boolean; preferred?: boolean; output: Files }>;
  /** The exact number of fixes offered (defaults to fixes.length when fixes is given). */
  fixCount?: number;
}

export interface ValidCase {
  name: string;
  files: Files;
  config?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

interface Mark {
  file: string;
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export function normalize(files: Files): Record<string, string> {
  return typeof files === 'string' ? { 'plan.mplan.yaml': files } : files;
}

function stripMarks(files: Record<string, string>): { texts: Map<string, string>; marks: Mark[] } {
  const texts = new Map<string, string>();
  const marks: Mark[] = [];
  for (const [rel, raw] of Object.entries(files)) {
    let out = '';
    let line = 0;
    let character = 0;
    const open: Array<{ line: number; character: number }> = [];
    for (const ch of raw) {
      if (ch === OPEN) {
        open.push({ line, character });
        continue;
      }
      if (ch === CLOSE) {
        const start = open.pop();
        if (!start) throw new Error(`unbalanced ${CLOSE} in ${rel}`);
        marks.push({ file: rel, start, end: { line, character } });
        continue;
      }
      out += ch;
      if (ch === '\n') {
        line++;
        character = 0;
      } else character += ch.length;
    }
    texts.set(path.join(ROOT, rel), out);
  }
  return { texts, marks };
}

export function runRule(rule: Rule, files: Files, config?: string): { findings: Finding[]; texts: Map<string, string>; marks: Mark[] } {
  const { texts, marks } = stripMarks(normalize(files));
  const all = new Map(texts);
  if (config !== undefined) all.set(path.join(ROOT, 'mplan.config.yaml'), config);
  const result = analyzeTexts(all);
  const findings = result.findings.filter((f) => f.code === rule.meta.code && !f.suppressed);
  return { findings, texts: all, marks };
}

const rel = (p: string): string => path.relative(ROOT, p).split(path.sep).join('/');

function describeFinding(f: Finding): string {
  return `${rel(f.file)}:${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1} ${f.code} ${f.message}`;
}

export interface RuleTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** Tables collected instead of run (the docs generator reads the examples from them). */
export const collectedTables = new Map<string, { rule: Rule; table: RuleTable }>();

export function ruleTester(rule: Rule, table: RuleTable): void {
  if (process.env.MPLAN_COLLECT_TABLES === '1') {
    collectedTables.set(rule.meta.code, { rule, table });
    return;
  }
  describe(`${rule.meta.code} ${rule.meta.name}`, () => {
    for (const c of table.valid) {
      it(`valid: ${c.name}`, () => {
        const { findings } = runRule(rule, c.files, c.config);
        assert.deepEqual(findings.map(describeFinding), [], `expected no ${rule.meta.code} findings`);
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${c.name}`, () => {
        const { findings, texts, marks } = runRule(rule, c.files, c.config);
        const record = process.env.MPLAN_RECORD_MESSAGES;
        if (record)
          for (const f of findings)
            fs.appendFileSync(
              record,
              `${JSON.stringify({ code: rule.meta.code, messageId: f.messageId, data: f.data, text: f.message })}\n`,
            );
        assert.equal(
          findings.length,
          c.errors.length,
          `expected ${c.errors.length} findings, got:\n${findings.map(describeFinding).join('\n')}`,
        );
        const explicit = c.errors.some((e) => e.line !== undefined);
        if (!explicit) assert.equal(marks.length, c.errors.length, 'one ⟦range⟧ mark per expected finding');
        c.errors.forEach((exp, i) => {
          const f = findings[i];
          if (explicit) {
            assert.equal(rel(f.file), exp.file ?? 'plan.mplan.yaml', describeFinding(f));
            assert.equal(f.range.start.line + 1, exp.line, `line of ${describeFinding(f)}`);
            if (exp.column !== undefined) assert.equal(f.range.start.character + 1, exp.column, `column of ${describeFinding(f)}`);
            if (exp.endLine !== undefined) assert.equal(f.range.end.line + 1, exp.endLine, `end line of ${describeFinding(f)}`);
            if (exp.endColumn !== undefined) assert.equal(f.range.end.character + 1, exp.endColumn, `end column of ${describeFinding(f)}`);
          } else {
            const m = marks[i];
            assert.equal(rel(f.file), m.file, describeFinding(f));
            assert.deepEqual(f.range, { start: m.start, end: m.end }, `range of ${describeFinding(f)}`);
          }
          assert.equal(f.messageId, exp.messageId, `message id of ${describeFinding(f)}`);
          assert.deepEqual(f.data, exp.data, `data of ${describeFinding(f)}`);
          assert.equal(f.message, exp.text, `text of ${describeFinding(f)}`);
          if (exp.related) {
            assert.equal(
              f.related.length,
              exp.related.length,
              `related of ${describeFinding(f)}: ${JSON.stringify(f.related.map((r) => [rel(r.file), r.range.start.line + 1, r.message]))}`,
            );
            exp.related.forEach((r, j) => {
              const got = f.related[j];
              assert.equal(rel(got.file), r.file ?? 'plan.mplan.yaml');
              assert.equal(got.range.start.line + 1, r.line, `related line: ${got.message}`);
              for (const part of r.message ?? [])
                assert.ok(got.message.includes(part), `related «${got.message}» should include «${part}»`);
            });
          }
          const count = exp.fixCount ?? exp.fixes?.length;
          if (count !== undefined)
            assert.equal(f.fixes.length, count, `fixes of ${describeFinding(f)}: ${f.fixes.map((x) => x.title).join(' | ')}`);
          (exp.fixes ?? []).forEach((fx, j) => {
            const got = f.fixes[j];
            assert.ok(got.title.includes(fx.title), `fix title «${got.title}» should include «${fx.title}»`);
            if (fx.safe !== undefined) assert.equal(got.safe, fx.safe, `safety of «${got.title}»`);
            if (fx.preferred !== undefined) assert.equal(got.preferred, fx.preferred, `preference of «${got.title}»`);
            const outputs = normalize(fx.output);
            const changed = new Set(got.edits.map((e) => e.file));
            for (const [file, expected] of Object.entries(outputs)) {
              const abs = path.join(ROOT, file);
              const before = texts.get(abs) ?? '';
              const after = applyEdits(
                before,
                got.edits.filter((e) => e.file === abs),
              );
              assert.equal(after, expected, `text of ${file} after «${got.title}»`);
              changed.delete(abs);
            }
            assert.deepEqual([...changed].map(rel), [], 'the fix changes only the files given in output');
          });
        });
      });
    }
  });
}
