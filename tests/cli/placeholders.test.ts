/**
 * `mplan check --unsafe-fixes` inserts sign-off skeletons; a plain check
 * afterwards still fails on them: they are placeholders (rules.md).
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { mplan } from '../support/run-cli';
import { removeDir, tempCopy } from '../support/fixtures';

describe('placeholders inserted by fixes are still reported', () => {
  it('questforge after --unsafe-fixes: a plain check reports the TODO sign-offs and exits 1', () => {
    const dir = tempCopy('questforge');
    try {
      const fix = mplan(['check', '.', '--unsafe-fixes'], dir);
      assert.equal(fix.stderr, 'Fixed 1 file: campaigns/launch.mplan.yaml\n');
      const check = mplan(['check', '.'], dir);
      assert.equal(check.stderr, '');
      assert.equal(
        check.stdout,
        'campaigns/launch.mplan.yaml:23:21: error MP403 the compliance sign-off of campaign Spring launch ads (spring-launch) is still a placeholder (TODO in compliance): fill it in once it is done; the campaign targets ages 14-18, below the adult age of 18 [minors-without-compliance]\n' +
          'campaigns/launch.mplan.yaml:26:17: warning MP402 the pretest of campaign Spring launch ads (spring-launch) is still a placeholder (TODO in pretest): fill it in once it is done; its budget of 80000 is at or above the pretest threshold [missing-pretest]\n' +
          '1 error, 1 warning in 2 files.\n',
      );
      assert.equal(check.code, 1);
      // Nothing left for --fix to do: a placeholder finding offers no fix.
      const again = mplan(['check', '.', '--unsafe-fixes'], dir);
      assert.equal(again.stdout, check.stdout);
      assert.equal(again.code, 1);
    } finally {
      removeDir(dir);
    }
  });
});
