/**
 * Values a real repository holds (rules.md): duplicate keys in bulk, CR-only
 * line endings, aliases that cannot stand for a value, money far beyond
 * everyday amounts.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { parseFile, parseWork } from '../../server/src/engine/parse/parse-file';
import { analyzeTexts } from '../support/analyze-texts';
import { applyEdits } from '../../server/src/engine/fix/apply';
import { formatMoney } from '../../server/src/engine/model/values';
import type { Finding } from '../../server/src/engine/findings';

const FILE = path.resolve('/virtual/values/plan.mplan.yaml');

function check(text: string): Finding[] {
  return analyzeTexts(new Map([[FILE, text]])).findings;
}

function brief(f: Finding): string {
  return `${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1} ${f.code} ${f.message}`;
}

/** A segment map with `n` duplicates of the key `name`. */
function duplicates(n: number): string {
  return `upstream:\n  segments:\n    - id: a\n      name: A\n${'      name: B\n'.repeat(n)}`;
}

describe('duplicate keys', () => {
  it('are dropped in one pass: the work grows with the keys, not with keys times duplicates', () => {
    const visits = (n: number): number => {
      parseWork.duplicateKeyVisits = 0;
      const parsed = parseFile(FILE, duplicates(n));
      assert.equal(parsed.duplicateKeys.length, n);
      return parseWork.duplicateKeyVisits;
    };
    // Every pair of the document is looked at once: 3 root/list pairs... plus the segment's 2 + n keys.
    const small = visits(1000);
    const large = visits(2000);
    assert.equal(large - small, 1000, 'each extra duplicate costs one visit');
    assert.ok(small <= 1000 + 10, `visits for 1000 duplicates: ${small}`);
  });

  it('each is MP002 on the second key, and the first value counts', () => {
    const findings = check(
      'version: 1\nplan: { id: p, name: P, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, mission: M, mission: N }\n',
    );
    assert.deepEqual(findings.filter((f) => f.code === 'MP002').map(brief), [
      '2:100-2:107 MP002 duplicate key mission: it is written twice in this map and the first value counts',
    ]);
    assert.deepEqual(
      findings.filter((f) => f.code === 'MP407'),
      [],
    );
  });
});

describe('line endings', () => {
  const plan = (eol: string): string =>
    [
      'version: 1',
      'plan:',
      '  id: p',
      '  name: P',
      '  period: { start: 2027-01-01, end: 2027-12-31 }',
      '  currency: EUR',
      '  misson: Fun',
      '',
    ].join(eol);

  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR alone', '\r'],
  ] as const) {
    it(`${name}: the same findings at the same lines and columns, fixes in the file's own line breaks`, () => {
      const findings = check(plan(eol));
      assert.deepEqual(findings.map(brief), [
        '2:1-2:5 MP407 the plan P (p) has neither a mission nor an identity',
        '7:3-7:9 MP003 unknown key misson in plan P (p); did you mean mission?',
      ]);
      const mp407 = findings[0];
      const after = applyEdits(plan(eol), mp407.fixes[0].edits);
      assert.equal(after, plan(eol).replace(`  misson: Fun${eol}`, `  misson: Fun${eol}  mission: TODO${eol}`));
    });
  }

  it('a CR alone inside a flow list and a block scalar is a line break', () => {
    const text = 'upstream:\r  segments:\r    - id: a\r      name: |\r        two\r        lines\r      channels: [tv,\r        radio]\r';
    const parsed = parseFile(FILE, text);
    assert.deepEqual(parsed.syntaxErrors, []);
    assert.deepEqual(parsed.doc?.toJS(), { upstream: { segments: [{ id: 'a', name: 'two\nlines\n', channels: ['tv', 'radio'] }] } });
  });
});

describe('aliases that cannot stand for a value', () => {
  it('an alias inside its own anchor is MP002 on the alias, and the file is not read further', () => {
    const findings = check('upstream:\n  segments: &s\n    - id: a\n      name: A\n      channels: *s\n');
    assert.deepEqual(findings.map(brief), [
      '5:17-5:19 MP002 the alias *s stands inside its own anchor, a value without end; the file is not read',
    ]);
  });

  it('an alias to no anchor is MP001 on the alias', () => {
    assert.deepEqual(check('upstream:\n  segments: *nothing\n').map(brief), [
      '2:13-2:21 MP001 YAML syntax error: the alias *nothing names no anchor defined before it',
    ]);
  });

  it('a finding on an item of an aliased list is on the alias, and a fix that would edit inside the alias is not offered', () => {
    const text =
      'version: 1\nplan: { id: p, name: P, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, mission: M }\n' +
      'upstream:\n  segments:\n    - { id: teens, name: Teens, evidence: [r] }\n  research: [{ id: r, method: survey, completed: 2026-01-01 }]\n' +
      '  products:\n    - { id: game, name: Game, segments: &segs [teens, teenz] }\n';
    const findings = check(text).filter((f) => f.code === 'MP005');
    assert.deepEqual(findings.map(brief), ['8:55-8:60 MP005 unknown segment teenz; did you mean teens?']);
    const withAlias = check(
      text + '  initiatives:\n    - { id: win, name: Win, kind: new-segment, segments: *segs, kpis: [segment-share] }\n',
    ).filter((f) => f.code === 'MP005');
    assert.deepEqual(withAlias.map(brief), [
      '8:55-8:60 MP005 unknown segment teenz; did you mean teens?',
      '10:58-10:63 MP005 unknown segment teenz; did you mean teens?',
    ]);
    assert.deepEqual(
      withAlias[0].fixes.map((f) => f.title),
      ['Replace with teens', 'Create segment teenz'],
      'the anchor itself is fixed in place',
    );
    assert.deepEqual(
      withAlias[1].fixes.map((f) => f.title),
      ['Create segment teenz'],
      'replacing one item of *segs cannot be written through the alias',
    );
  });
});

describe('money', () => {
  it('is formatted in plain digits, however large', () => {
    assert.equal(formatMoney(1e23, false), '1000000000000000000000');
    assert.equal(formatMoney(1e25, true), '100000000000000000000000.00');
    assert.equal(formatMoney(4499, true), '44.99');
    assert.equal(formatMoney(5, true), '0.05');
    assert.equal(formatMoney(4500, false), '45');
  });

  it('a sum of campaign budgets past 1e21 prints in digits (MP404)', () => {
    const campaign = (id: string): string =>
      `    - { id: ${id}, name: C, product: game, segments: [teens], channels: [tiktok], schedule: { start: 2027-03-01, end: 2027-03-02 }, budget: 1000000000000000000000 }\n`;
    const text =
      'version: 1\nplan: { id: p, name: P, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, budget: 1e21, mission: M }\n' +
      'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products: [{ id: game, name: Game, segments: [teens] }]\n' +
      `downstream:\n  campaigns:\n${campaign('a')}${campaign('b')}`;
    const mp404 = check(text).filter((f) => f.code === 'MP404');
    assert.deepEqual(
      mp404.map((f) => f.message),
      ['campaign budgets sum to 2000000000000000000000, above the plan budget of 1e21 (2 campaigns)'],
    );
  });
});
