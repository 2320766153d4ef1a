/**
 * The fixes `--fix` and fix-all apply together in one round (fix/apply.ts):
 * never overlapping, never writing one map key twice, safe fixes first.
 * Exact text after one round.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeTexts } from '../support/analyze-texts';
import { applyEdits, collectEdits } from '../../server/src/engine/fix/apply';
import type { Finding, TextEdit } from '../../server/src/engine/findings';

const FILE = path.resolve('/virtual/fixes/plan.mplan.yaml');

function oneRound(text: string, unsafe = false): string {
  const { findings } = analyzeTexts(new Map([[FILE, text]]));
  return applyEdits(text, collectEdits(findings, unsafe).get(FILE) ?? []);
}

const SEGMENTS = (body: string): string =>
  `upstream:\n  segments:\n${body}  research: [{ id: s, method: survey, completed: 2026-01-01 }]\n`;

describe('fixes applied together in one round', () => {
  it('two safe renames onto one key of a block map: only the first', () => {
    assert.equal(
      oneRound(SEGMENTS('    - id: a # mplan-disable-line MP501\n      nam: A\n      nme: B\n      evidence: [s]\n')),
      SEGMENTS('    - id: a # mplan-disable-line MP501\n      name: A\n      nme: B\n      evidence: [s]\n'),
    );
  });

  it('two safe renames onto one key of a flow map: only the first', () => {
    assert.equal(
      oneRound(SEGMENTS('    - { id: a, nme: A, nam: B, evidence: [s] } # mplan-disable-line MP501\n')),
      SEGMENTS('    - { id: a, name: A, nam: B, evidence: [s] } # mplan-disable-line MP501\n'),
    );
  });

  it('the same key renamed in two different maps: both', () => {
    assert.equal(
      oneRound(
        SEGMENTS(
          '    - { id: a, nam: A, evidence: [s] } # mplan-disable-line MP501\n    - { id: b, nam: B, evidence: [s] } # mplan-disable-line MP501\n',
        ),
      ),
      SEGMENTS(
        '    - { id: a, name: A, evidence: [s] } # mplan-disable-line MP501\n    - { id: b, name: B, evidence: [s] } # mplan-disable-line MP501\n',
      ),
    );
  });

  it('with unsafe fixes, a missing key inserted with a placeholder and a rename onto it: the (safe) rename only', () => {
    // MP002's insertion of `name: TODO` comes first in finding order (on the id), the rename second.
    assert.equal(
      oneRound(SEGMENTS('    - id: a # mplan-disable-line MP501\n      nam: A\n      evidence: [s]\n'), true),
      SEGMENTS('    - id: a # mplan-disable-line MP501\n      name: A\n      evidence: [s]\n'),
    );
  });

  it('with unsafe fixes, the rename of kpi wins over MP405 inserting kpis, and MP401 still inserts salesReview in the same map', () => {
    const campaign = (tail: string): string =>
      'version: 1\nplan: { id: p, name: P, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, mission: Fun }\n' +
      'upstream:\n  segments: [{ id: a, name: A, age: 25-45, evidence: [s] }]\n  research: [{ id: s, method: survey, completed: 2026-01-01 }]\n' +
      '  products: [{ id: g, name: G, segments: [a] }]\n' +
      `downstream:\n  campaigns:\n    - id: c\n      name: C\n      product: g\n      segments: [a]\n      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-06-30 }\n${tail}`;
    assert.equal(
      oneRound(campaign('      kpi: [conversions]\n'), true),
      campaign('      kpis: [conversions]\n      salesReview:\n        by: TODO\n        on: 2027-01-01\n'),
    );
  });

  it('with unsafe fixes, the rename of downstrem wins over a campaign stub in a new downstream section', () => {
    const plan = (down: string): string =>
      'upstream:\n  segments:\n    - id: a\n      name: A\n      evidence: [s]\n  research: [{ id: s, method: survey, completed: 2026-01-01 }]\n' +
      `${down}:\n  campaigns:\n    - { id: c, name: C, product: g, segments: [a], channels: [tiktok], schedule: { start: 2027-03-01, end: 2027-06-30 } }\n`;
    assert.equal(oneRound(plan('downstrem'), true), plan('downstream'));
  });

  it('picks the same edits as a pairwise check of every taken edit (random edits, zero-length ones included)', () => {
    let seed = 42;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const overlaps = (a: TextEdit, b: TextEdit): boolean =>
      a.length === 0 && b.length === 0
        ? a.offset === b.offset
        : (a.offset < b.offset + b.length && b.offset < a.offset + a.length) ||
          (a.length === 0 && a.offset > b.offset && a.offset < b.offset + b.length) ||
          (b.length === 0 && b.offset > a.offset && b.offset < a.offset + a.length);
    for (let round = 0; round < 200; round++) {
      const findings: Finding[] = [];
      for (let i = 0; i < 30; i++) {
        const edits: TextEdit[] = [];
        for (let j = 0, n = 1 + rand(2); j < n; j++) {
          const e = { file: FILE, offset: rand(60), length: rand(3) === 0 ? 0 : rand(6), text: `${i}.${j}` };
          // A fix's own edits never overlap (a fix is one coherent change).
          if (!edits.some((o) => overlaps(o, e))) edits.push(e);
        }
        const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        findings.push({
          code: 'MP003',
          name: 'unknown-key',
          severity: 'warning',
          messageId: 'problem',
          data: {},
          message: '',
          file: FILE,
          span: { offset: 0, length: 0 },
          range,
          related: [],
          fixes: [{ title: '', titleId: '', titleData: {}, safe: true, preferred: true, edits }],
          suppressed: false,
        });
      }
      const expected: TextEdit[] = [];
      for (const f of findings) {
        const edits = f.fixes[0].edits;
        if (edits.every((e) => !expected.some((o) => overlaps(o, e)))) expected.push(...edits);
      }
      const byText = (a: TextEdit, b: TextEdit): number => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
      assert.deepEqual([...(collectEdits(findings, false).get(FILE) ?? [])].sort(byText), expected.sort(byText), `round ${round}`);
    }
  });
});
