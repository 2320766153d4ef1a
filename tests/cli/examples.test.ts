import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mplan } from '../support/run-cli';
import { EXAMPLES, REPO } from '../support/fixtures';

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
  messageId: string;
  data: unknown;
  related: Array<{ file: string; line: number }>;
}

/** The expected findings of an example, read from the table of its README: file, line, code. */
function expectedFromReadme(name: string): Array<[string, number, string]> {
  const text = fs.readFileSync(path.join(EXAMPLES, name, 'README.md'), 'utf8');
  const rows: Array<[string, number, string]> = [];
  for (const m of text.matchAll(/^\| ([\w./-]+\.mplan\.yaml) \| (\d+) \| (MP\d{3}) \|/gm)) rows.push([m[1], Number(m[2]), m[3]]);
  return rows;
}

function check(name: string): { code: number | null; findings: JsonFinding[] } {
  const r = mplan(['check', path.join('examples', name), '--format', 'json'], REPO);
  return { code: r.code, findings: JSON.parse(r.stdout) as JsonFinding[] };
}

describe('the bundled examples give exactly their documented findings', () => {
  it('questforge: the README of the shared example, finding for finding', () => {
    const { code, findings } = check('questforge');
    assert.equal(code, 1);
    const got = findings.map((f) => [path.relative('examples/questforge', f.file).split(path.sep).join('/'), f.line, f.code]);
    assert.deepEqual(got, expectedFromReadme('questforge'));
    const byCode = new Map(findings.map((f) => [f.code, f]));
    assert.match(
      byCode.get('MP101')?.message ?? '',
      /leaves out women and non-binary people of the segment Teen gamers 14-18 \(teen-gamers\), which covers ages 14-18 and people of any gender/,
    );
    assert.equal(byCode.get('MP101')?.messageId, 'leavesOut');
    assert.deepEqual((byCode.get('MP101')?.data as { campaign: unknown }).campaign, { id: 'spring-launch', name: 'Spring launch ads' });
    assert.match(byCode.get('MP201')?.message ?? '', /39\.99.*44\.99/);
    assert.match(byCode.get('MP202')?.message ?? '', /33\.3%/);
    assert.match(byCode.get('MP103')?.message ?? '', /the channel tv, where its segment Teen gamers 14-18 \(teen-gamers\)/);
    assert.deepEqual(
      byCode.get('MP101')?.related.map((r) => [r.file, r.line]),
      [['examples/questforge/plan.mplan.yaml', 29]],
    );
    assert.deepEqual(
      byCode.get('MP201')?.related.map((r) => [r.file, r.line]),
      [['examples/questforge/plan.mplan.yaml', 57]],
    );
  });

  it('northwind-saas: the clean baseline has no findings', () => {
    const { code, findings } = check('northwind-saas');
    assert.equal(code, 0);
    assert.deepEqual(findings, []);
  });

  for (const name of ['greenleaf-coffee', 'pulse-fitness']) {
    it(`${name}: the findings its README lists`, () => {
      const { findings } = check(name);
      const got = findings.map((f) => [path.relative(`examples/${name}`, f.file).split(path.sep).join('/'), f.line, f.code]);
      assert.deepEqual(got, expectedFromReadme(name));
    });
  }
});
