/** `mplan init`: the editor's New Plan scaffold for people outside VS Code. */
import { after, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mplan } from '../support/run-cli';
import { removeDir, tempDir } from '../support/fixtures';
import { scaffoldPlan } from '../../shared/new-plan';

describe('mplan init', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach(removeDir));

  it('writes the New Plan scaffold, which checks clean, and never overwrites', () => {
    const dir = tempDir({});
    dirs.push(dir);
    const before = new Date();
    const first = mplan(['init'], dir);
    const afterRun = new Date();
    assert.deepEqual([first.code, first.stdout, first.stderr], [0, 'Created marketing.mplan.yaml\nCheck it with: mplan check .\n', '']);
    const text = fs.readFileSync(path.join(dir, 'marketing.mplan.yaml'), 'utf8');
    // The scaffold's dates follow the year of the run (either side of a new year's midnight).
    assert.ok([scaffoldPlan(before), scaffoldPlan(afterRun)].includes(text), text);
    assert.deepEqual([mplan(['check'], dir).stdout, mplan(['check'], dir).code], ['No findings in 1 file.\n', 0]);
    // A folder that holds a plan gets the new one in a subfolder: its own scope, nothing overwritten.
    const second = mplan(['init'], dir);
    assert.equal(second.stdout, 'Created new-plan/marketing.mplan.yaml\nCheck it with: mplan check new-plan\n');
    assert.equal(fs.readFileSync(path.join(dir, 'marketing.mplan.yaml'), 'utf8'), text);
    assert.equal(
      mplan(['init', 'campaigns/q1'], dir).stdout,
      'Created campaigns/q1/marketing.mplan.yaml\nCheck it with: mplan check campaigns/q1\n',
    );
    assert.deepEqual([mplan(['check', '.'], dir).stdout, mplan(['check', '.'], dir).code], ['No findings in 3 files.\n', 0]);
  });

  it('a file in place of the folder is a usage error', () => {
    const dir = tempDir({ 'notes.txt': 'x' });
    dirs.push(dir);
    const r = mplan(['init', 'notes.txt'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^mplan: .*notes\.txt: not a folder\n$/);
    assert.equal(r.stdout, '');
  });
});
