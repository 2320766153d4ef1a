/**
 * A rule's parts (rules/rule.ts): the scope-wide `check` and the campaign by
 * campaign `checkCampaigns`, each optional. A rule with neither would never
 * run; which rules judge campaigns only is what the incremental analysis
 * relies on (tests/engine/incremental.test.ts holds their findings to a
 * from-scratch analysis).
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { RULES } from '../../server/src/engine/rules/registry';

describe('the parts of a rule', () => {
  it('every rule has a part that runs; a rule run after suppressions is scope-wide', () => {
    for (const rule of RULES) {
      assert.ok(rule.check !== undefined || rule.checkCampaigns !== undefined, `${rule.meta.code} has neither check nor checkCampaigns`);
      if (rule.afterSuppression) assert.ok(rule.check !== undefined && rule.checkCampaigns === undefined, rule.meta.code);
    }
  });

  it('which rules judge campaigns one at a time, and which also or only the scope', () => {
    const parts = (has: (r: (typeof RULES)[number]) => boolean): string[] => RULES.filter(has).map((r) => r.meta.code);
    assert.deepEqual(
      parts((r) => r.check === undefined),
      [
        ...['MP101', 'MP102', 'MP103', 'MP104', 'MP105', 'MP106', 'MP107'],
        ...['MP201', 'MP202', 'MP203', 'MP204', 'MP205', 'MP206', 'MP207'],
        ...['MP302', 'MP303', 'MP304', 'MP305'],
        ...['MP401', 'MP402', 'MP403', 'MP405'],
      ],
    );
    assert.deepEqual(
      parts((r) => r.check !== undefined && r.checkCampaigns !== undefined),
      ['MP005', 'MP301'],
    );
  });
});
