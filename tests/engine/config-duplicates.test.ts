/**
 * Duplicates in mplan.config.yaml (rules.md "Files and values a real repository
 * holds"): the first entry counts, whether the duplicate is a key written twice
 * or a rule configured by code and by name.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeTexts } from '../support/analyze-texts';

const ROOT = path.resolve('/virtual/config');
const PLAN =
  'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n  mission: Fun\n' +
  'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products: [{ id: game, name: Game, segments: [teens] }]\n' +
  'downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n' +
  '      schedule: { start: 2027-03-01, end: 2027-06-30 }\n      kpis: [conversions]\n      salesReview: { by: Ana, on: 2027-02-01 }\n      budget: 60000\n';

/** MP402 findings on the plan as `severity line:column`, and the config's own findings as `CODE line`. */
function check(config: string): { mp402: string[]; config: string[] } {
  const { findings } = analyzeTexts(
    new Map([
      [path.join(ROOT, 'plan.mplan.yaml'), PLAN],
      [path.join(ROOT, 'mplan.config.yaml'), config],
    ]),
  );
  return {
    mp402: findings.filter((f) => f.code === 'MP402').map((f) => `${f.severity} ${f.range.start.line + 1}:${f.range.start.character + 1}`),
    config: findings.filter((f) => f.file.endsWith('mplan.config.yaml')).map((f) => `${f.code} ${f.range.start.line + 1}`),
  };
}

describe('duplicates in mplan.config.yaml: the first counts', () => {
  it('without a config entry, MP402 is a warning on the budget', () => {
    assert.deepEqual(check('rules: {}\n'), { mp402: ['warning 21:15'], config: [] });
  });

  it('MP402 off, then missing-pretest error: the rule stays off', () => {
    assert.deepEqual(check('rules:\n  MP402: off\n  missing-pretest: error\n'), { mp402: [], config: ['MP002 3'] });
  });

  it('missing-pretest error, then MP402 off: the rule reports errors', () => {
    assert.deepEqual(check('rules:\n  missing-pretest: error\n  MP402: off\n'), { mp402: ['error 21:15'], config: ['MP002 3'] });
  });

  it('two thresholds blocks: the first block counts', () => {
    assert.deepEqual(check('thresholds:\n  pretestBudget: 100000\nthresholds:\n  pretestBudget: 1000\n'), {
      mp402: [],
      config: ['MP002 3'],
    });
    assert.deepEqual(check('thresholds:\n  pretestBudget: 1000\nthresholds:\n  pretestBudget: 100000\n'), {
      mp402: ['warning 21:15'],
      config: ['MP002 3'],
    });
  });

  it('a rule whose first entry has a bad severity keeps its default: the later entry does not count', () => {
    assert.deepEqual(check('rules:\n  MP402: warn\n  missing-pretest: off\n'), {
      mp402: ['warning 21:15'],
      config: ['MP002 2', 'MP002 3'],
    });
  });
});
