/**
 * `mplan check --fix` at the edges: suppression reasons survive the removal of
 * an unused code, and fixes never write a map key twice (rules.md "Files and
 * values a real repository holds"). Exact bytes after, exact output and exit codes.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mplan } from '../support/run-cli';
import { fixtures } from '../support/fixtures';

const lines = (...l: string[]): string => l.map((x) => `${x}\n`).join('');

describe('mplan check --fix: reasons and duplicate keys', () => {
  const fixture = fixtures();

  it('removes only the unused codes of suppressions, keeping their reasons; a comment whose last code goes is removed whole', () => {
    const dir = fixture({
      'plan.mplan.yaml': lines(
        '# mplan-disable-file MP999 segment-without-campaign -- drafts only',
        'upstream:',
        '  segments:',
        '    # mplan-disable-next-line MP503 over-budget -- evidence is coming in March',
        '    - id: teens',
        '      name: Teens',
        '    - id: kids # mplan-disable-line MP998 MP503 MP999 -- the sales team reviewed this in person',
        '      name: Kids',
        '    - id: adults # mplan-disable-line MP404 -- reviewed by finance',
        '      name: Adults',
        '      evidence: [s]',
        '  research: [{ id: s, method: survey, completed: 2026-01-01 }]',
      ),
    });
    const before = mplan(['check'], dir);
    assert.equal(
      before.stdout,
      lines(
        'plan.mplan.yaml:1:22: hint MP000 unused suppression: MP999 is not a rule code or name [unused-suppression]',
        'plan.mplan.yaml:4:37: hint MP000 unused suppression: over-budget reports nothing here [unused-suppression]',
        'plan.mplan.yaml:7:37: hint MP000 unused suppression: MP998 is not a rule code or name [unused-suppression]',
        'plan.mplan.yaml:7:49: hint MP000 unused suppression: MP999 is not a rule code or name [unused-suppression]',
        'plan.mplan.yaml:9:39: hint MP000 unused suppression: MP404 reports nothing here [unused-suppression]',
        '5 hints in 1 file.',
      ),
    );
    assert.equal(before.code, 0);
    const r = mplan(['check', '--fix'], dir);
    assert.equal(r.stdout, 'No findings in 1 file.\n');
    assert.equal(r.stderr, 'Fixed 1 file: plan.mplan.yaml\n');
    assert.equal(r.code, 0);
    assert.equal(
      fs.readFileSync(path.join(dir, 'plan.mplan.yaml'), 'utf8'),
      lines(
        '# mplan-disable-file segment-without-campaign -- drafts only',
        'upstream:',
        '  segments:',
        '    # mplan-disable-next-line MP503 -- evidence is coming in March',
        '    - id: teens',
        '      name: Teens',
        '    - id: kids # mplan-disable-line MP503 -- the sales team reviewed this in person',
        '      name: Kids',
        '    - id: adults',
        '      name: Adults',
        '      evidence: [s]',
        '  research: [{ id: s, method: survey, completed: 2026-01-01 }]',
      ),
    );
  });

  it('two typos of one key in a map, in a plan and in the config: only the first is renamed, never a duplicate key', () => {
    const dir = fixture({
      'plan.mplan.yaml': lines(
        'upstream:',
        '  segments:',
        '    - id: teens # mplan-disable-line MP501',
        '      nam: Teens',
        '      nme: Teenagers',
        '      evidence: [teen-survey]',
        '  research: [{ id: teen-survey, method: survey }]',
      ),
      'mplan.config.yaml': lines(
        'rules:',
        '  segment-withot-campaign: info # first typo',
        '  segment-witout-campaign: hint',
        '  premium-deep-discount: error',
        '  premium-deep-discont: off',
      ),
    });
    const r = mplan(['check', '--fix'], dir);
    assert.equal(
      r.stdout,
      lines(
        'mplan.config.yaml:3:3: warning MP003 unknown rule segment-witout-campaign; segment-without-campaign is already configured [unknown-key]',
        'mplan.config.yaml:5:3: warning MP003 unknown rule premium-deep-discont; premium-deep-discount is already configured [unknown-key]',
        'plan.mplan.yaml:5:7: warning MP003 unknown key nme in segment Teens (teens); name is already in this map [unknown-key]',
        '3 warnings in 1 file.',
      ),
    );
    assert.equal(r.stderr, 'Fixed 2 files: mplan.config.yaml, plan.mplan.yaml\n');
    assert.equal(r.code, 0);
    assert.equal(
      fs.readFileSync(path.join(dir, 'plan.mplan.yaml'), 'utf8'),
      lines(
        'upstream:',
        '  segments:',
        '    - id: teens # mplan-disable-line MP501',
        '      name: Teens',
        '      nme: Teenagers',
        '      evidence: [teen-survey]',
        '  research: [{ id: teen-survey, method: survey }]',
      ),
    );
    assert.equal(
      fs.readFileSync(path.join(dir, 'mplan.config.yaml'), 'utf8'),
      lines(
        'rules:',
        '  segment-without-campaign: info # first typo',
        '  segment-witout-campaign: hint',
        '  premium-deep-discount: error',
        '  premium-deep-discont: off',
      ),
    );
    const again = mplan(['check', '--fix'], dir);
    assert.equal(again.stderr, '', 'nothing left to fix');
    assert.equal(again.code, 0);
  });

  it('with --unsafe-fixes, a rename of what the user wrote wins over a skeleton of the same key', () => {
    const text = lines(
      'version: 1',
      'plan: { id: p, name: P, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, mission: Fun }',
      'upstream:',
      '  segments:',
      '    - id: adults',
      '      nam: Adults # the name marketing uses',
      '      age: 25-45',
      '      evidence: [study]',
      '  research: [{ id: study, method: survey, completed: 2026-10-01 }]',
      '  products: [{ id: game, name: Game, segments: [adults] }]',
      'downstream:',
      '  campaigns:',
      '    - id: launch',
      '      name: Launch',
      '      product: game',
      '      segments: [adults]',
      '      channels: [tiktok]',
      '      schedule: { start: 2027-03-01, end: 2027-06-30 }',
      '      kpis: [conversions]',
      '      salesReviw: { by: Ana, on: 2027-02-01 }',
    );
    const dir = fixture({ 'plan.mplan.yaml': text });
    const before = mplan(['check'], dir);
    assert.equal(
      before.stdout,
      lines(
        'plan.mplan.yaml:5:11: error MP002 missing required key name in segment adults [schema]',
        'plan.mplan.yaml:6:7: warning MP003 unknown key nam in segment adults; did you mean name? [unknown-key]',
        'plan.mplan.yaml:13:11: warning MP401 campaign Launch (launch) has no sales review (salesReview) [missing-sales-review]',
        'plan.mplan.yaml:20:7: warning MP003 unknown key salesReviw in campaign Launch (launch); did you mean salesReview? [unknown-key]',
        '1 error, 3 warnings in 1 file.',
      ),
    );
    assert.equal(before.code, 1);
    const r = mplan(['check', '--fix', '--unsafe-fixes'], dir);
    assert.equal(r.stdout, 'No findings in 1 file.\n');
    assert.equal(r.stderr, 'Fixed 1 file: plan.mplan.yaml\n');
    assert.equal(r.code, 0);
    assert.equal(
      fs.readFileSync(path.join(dir, 'plan.mplan.yaml'), 'utf8'),
      text.replace('      nam: Adults', '      name: Adults').replace('      salesReviw:', '      salesReview:'),
    );
  });

  it('duplicates in mplan.config.yaml are MP002 on the later entry; the first counts, and --fix leaves them to the user', () => {
    const config = lines(
      'rules:',
      '  MP402: off',
      '  missing-pretest: error',
      'thresholds:',
      '  pretestBudget: 100000',
      'thresholds:',
      '  pretestBudget: 1000',
    );
    const dir = fixture({
      'plan.mplan.yaml': lines(
        'version: 1',
        'plan: { id: p, name: P, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, mission: Fun }',
        'upstream:',
        '  segments: [{ id: a, name: A, age: 25-45, evidence: [s] }]',
        '  research: [{ id: s, method: survey, completed: 2026-01-01 }]',
        '  products: [{ id: g, name: G, segments: [a] }]',
        'downstream:',
        '  campaigns:',
        '    - { id: c, name: C, product: g, segments: [a], channels: [tiktok], schedule: { start: 2027-03-01, end: 2027-06-30 }, kpis: [conversions], salesReview: { by: Ana, on: 2027-02-01 }, budget: 60000 }',
      ),
      'mplan.config.yaml': config,
    });
    const r = mplan(['check', '--fix'], dir);
    assert.equal(
      r.stdout,
      lines(
        'mplan.config.yaml:3:3: error MP002 missing-pretest (MP402) is configured twice: the first entry, MP402 on line 2, counts and this one is ignored [schema]',
        'mplan.config.yaml:6:1: error MP002 duplicate key thresholds: it is written twice in this map and the first value counts [schema]',
        '2 errors in 1 file.',
      ),
    );
    assert.equal(r.stderr, '');
    assert.equal(r.code, 1);
    assert.equal(fs.readFileSync(path.join(dir, 'mplan.config.yaml'), 'utf8'), config);
  });
});
