/** `--baseline`: adopt mplan on a plan with findings; CI then fails only on new findings. */
import { after, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mplan } from '../support/run-cli';
import { removeDir, tempCopy } from '../support/fixtures';

const BASELINE = {
  version: 1,
  findings: {
    'campaigns/launch.mplan.yaml': {
      'MP101 campaign:spring-launch': 1,
      'MP103 campaign:spring-launch': 1,
      'MP104 campaign:spring-launch': 1,
      'MP201 campaign:spring-launch': 1,
      'MP202 campaign:spring-launch': 1,
      'MP204 campaign:spring-launch': 1,
      'MP402 campaign:spring-launch': 1,
      'MP403 campaign:spring-launch': 1,
    },
    'plan.mplan.yaml': { 'MP502 initiative:heroines': 1 },
  },
};

describe('mplan check --baseline', () => {
  const dirs: string[] = [];
  const example = (): string => {
    const d = tempCopy('questforge');
    dirs.push(d);
    return d;
  };
  after(() => dirs.forEach(removeDir));

  it("writes the baseline from today's findings (by rule, file and entity, never by line) and then reports nothing", () => {
    const dir = example();
    const first = mplan(['check', '--baseline', 'ci/mplan-baseline.json'], dir);
    assert.deepEqual([first.code, first.stdout], [0, 'No findings in 2 files.\n']);
    assert.equal(
      first.stderr,
      'mplan: wrote the baseline ci/mplan-baseline.json with 9 findings; from now on only new findings are reported\n' +
        'mplan: 9 findings matched the baseline ci/mplan-baseline.json and are not reported\n',
    );
    // Paths are relative to the baseline's folder, so it works from any working directory.
    const written = JSON.parse(fs.readFileSync(path.join(dir, 'ci/mplan-baseline.json'), 'utf8')) as { findings: Record<string, unknown> };
    assert.deepEqual(Object.keys(written.findings), ['../campaigns/launch.mplan.yaml', '../plan.mplan.yaml']);
    fs.writeFileSync(path.join(dir, 'mplan-baseline.json'), `${JSON.stringify(BASELINE, null, 2)}\n`);
    const again = mplan(['check', '--baseline', 'mplan-baseline.json'], dir);
    assert.deepEqual(
      [again.code, again.stdout, again.stderr],
      [0, 'No findings in 2 files.\n', 'mplan: 9 findings matched the baseline mplan-baseline.json and are not reported\n'],
    );
  });

  it('an edit that moves lines keeps the baseline valid; a new finding fails the check, alone', () => {
    const dir = example();
    fs.writeFileSync(path.join(dir, 'mplan-baseline.json'), `${JSON.stringify(BASELINE, null, 2)}\n`);
    const file = path.join(dir, 'campaigns/launch.mplan.yaml');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `# Reviewed in the spring planning meeting.\n# Owner: the EMEA team.\n${text}`);
    assert.equal(mplan(['check', '--baseline', 'mplan-baseline.json'], dir).code, 0);
    // A second campaign below its product's floor: a new MP201 in another entity.
    fs.writeFileSync(
      file,
      `${text}\n    - id: summer-sale\n      name: Summer sale\n      product: questforge\n      segments: [adult-collectors]\n      channels: [email]\n      offer: { price: 30 }\n      schedule: { start: 2027-06-01, end: 2027-06-30 }\n      kpis: [sales]\n      salesReview: { by: emea-sales, on: 2027-05-01 }\n`,
    );
    const r = mplan(['check', '--baseline', 'mplan-baseline.json', '--format', 'json'], dir);
    assert.equal(r.code, 1);
    const reported = (JSON.parse(r.stdout) as { code: string; line: number }[]).map((f) => `${f.code}:${f.line}`);
    // Only the new campaign's price findings; the nine baselined ones stay quiet.
    assert.deepEqual(reported, ['MP201:42', 'MP202:42', 'MP204:42']);
  });

  it('fixed findings are reported as stale, --update-baseline prunes them; a broken baseline is a usage error', () => {
    const dir = example();
    fs.writeFileSync(path.join(dir, 'mplan-baseline.json'), `${JSON.stringify(BASELINE, null, 2)}\n`);
    const file = path.join(dir, 'campaigns/launch.mplan.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('channels: [tiktok, youtube, tv]', 'channels: [tiktok, youtube]'));
    const r = mplan(['check', '--baseline', 'mplan-baseline.json'], dir);
    assert.equal(r.code, 0);
    assert.match(
      r.stderr,
      /^mplan: 8 findings matched the baseline mplan-baseline\.json and are not reported\nmplan: 1 baseline entry no longer occurs \(fixed\): run with --update-baseline to drop it\n$/,
    );
    assert.equal(mplan(['check', '--baseline', 'mplan-baseline.json', '--update-baseline'], dir).code, 0);
    const pruned = JSON.parse(fs.readFileSync(path.join(dir, 'mplan-baseline.json'), 'utf8')) as typeof BASELINE;
    assert.equal(Object.keys(pruned.findings['campaigns/launch.mplan.yaml']).includes('MP103 campaign:spring-launch'), false);
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"findings": 3}');
    const bad = mplan(['check', '--baseline', 'bad.json'], dir);
    assert.deepEqual([bad.code, bad.stdout], [2, '']);
    assert.match(bad.stderr, /^mplan: .*bad\.json is not an mplan baseline \(version 1\): write it anew with --update-baseline\n$/);
  });

  it('SARIF keeps baselined findings as externally suppressed', () => {
    const dir = example();
    fs.writeFileSync(path.join(dir, 'mplan-baseline.json'), `${JSON.stringify(BASELINE, null, 2)}\n`);
    const r = mplan(['check', '--baseline', 'mplan-baseline.json', '--format', 'sarif'], dir);
    const results = (JSON.parse(r.stdout) as { runs: { results: { ruleId: string; suppressions?: { kind: string }[] }[] }[] }).runs[0]
      .results;
    assert.equal(results.length, 9);
    assert.ok(results.every((x) => x.suppressions?.[0]?.kind === 'external'));
  });
});
