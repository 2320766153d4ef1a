/** The CI output formats of `mplan check`: github, gitlab, junit, json-lines; -o, --quiet, --color, --exit-zero. */
import { after, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { mplan } from '../support/run-cli';
import { removeDir, REPO, tempDir } from '../support/fixtures';

const PLAN = `version: 1
plan:
  id: shop
  name: Shop
  period: { start: 2027-01-01, end: 2027-12-31 }
  currency: EUR
  mission: Sell good shoes.
upstream:
  segments:
    - id: runners
      name: Runners
      age: 25-45
      channels: [instagram]
      evidence: [run-study]
  research:
    - id: run-study
      method: survey
      completed: 2026-10-01
  products:
    - id: shoe
      name: Shoe
      segments: [runners]
      pricing: { list: 100, floor: 60, maxDiscount: 20% }
`;
const CAMPAIGN = `downstream:
  campaigns:
    - id: spring
      name: Spring
      product: shoe
      segments: [runners]
      channels: [instagram, tv]
      schedule: { start: 2027-03-01, end: 2027-03-31 }
      kpis: [sales]
      salesReview: { by: sales, on: 2027-02-01 }
      offer: { price: 70 }
`;
/** A folder name with the characters GitHub's workflow commands must escape in a property. */
const CAMPAIGN_FILE = 'q3, eu: launch/spring.mplan.yaml';
const MP103 = 'campaign Spring (spring) uses the channel tv, where its segment Runners (runners), reached on instagram, cannot be reached';
const MP202 =
  'campaign Spring (spring) offers the product Shoe (shoe) at 70, a 30.0% discount on 100: the lowest allowed price is 80 EUR, a 20% discount on 100';

describe('CI output formats', () => {
  const dirs: string[] = [];
  const fixture = (): string => {
    const d = tempDir({ 'plan.mplan.yaml': PLAN, [CAMPAIGN_FILE]: CAMPAIGN });
    dirs.push(d);
    return d;
  };
  after(() => dirs.forEach(removeDir));

  it('github: one workflow command per finding, properties and data escaped, then the summary', () => {
    const r = mplan(['check', '--format', 'github'], fixture());
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    assert.equal(
      r.stdout,
      '::warning file=q3%2C eu%3A launch/spring.mplan.yaml,line=7,col=29,endLine=7,endColumn=31,title=MP103 channel-not-reachable::' +
        `${MP103}\n` +
        '::error file=q3%2C eu%3A launch/spring.mplan.yaml,line=11,col=23,endLine=11,endColumn=25,title=MP202 discount-exceeds-max::' +
        'campaign Spring (spring) offers the product Shoe (shoe) at 70, a 30.0%25 discount on 100: the lowest allowed price is 80 EUR, a 20%25 discount on 100\n' +
        '1 error, 1 warning in 2 files.\n',
    );
  });

  it('gitlab: Code Quality JSON valid against the documented format, fingerprints stable when lines move', () => {
    const dir = fixture();
    const r = mplan(['check', '--format', 'gitlab'], dir);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout) as {
      check_name: string;
      description: string;
      severity: string;
      fingerprint: string;
      location: unknown;
    }[];
    const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'tests/fixtures/gitlab-codequality.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true }).compile(schema);
    assert.ok(validate(report), JSON.stringify(validate.errors));
    assert.deepEqual(
      report.map((i) => [i.check_name, i.description, i.severity, i.location]),
      [
        [
          'MP103 channel-not-reachable',
          MP103,
          'minor',
          { path: CAMPAIGN_FILE, positions: { begin: { line: 7, column: 29 }, end: { line: 7, column: 31 } } },
        ],
        [
          'MP202 discount-exceeds-max',
          MP202,
          'major',
          { path: CAMPAIGN_FILE, positions: { begin: { line: 11, column: 23 }, end: { line: 11, column: 25 } } },
        ],
      ],
    );
    assert.equal(new Set(report.map((i) => i.fingerprint)).size, 2);
    // Two comment lines above the campaigns move every finding down; the fingerprints stay.
    fs.writeFileSync(path.join(dir, CAMPAIGN_FILE), `# spring\n# launch\n${CAMPAIGN}`);
    const moved = JSON.parse(mplan(['check', '--format', 'gitlab'], dir).stdout) as {
      fingerprint: string;
      location: { positions: { begin: { line: number } } };
    }[];
    assert.deepEqual(
      moved.map((i) => i.location.positions.begin.line),
      [9, 13],
    );
    assert.deepEqual(
      moved.map((i) => i.fingerprint),
      report.map((i) => i.fingerprint),
    );
  });

  it('junit: well-formed XML, a suite per file, a failed case per finding, a passing case for a clean file', () => {
    const r = mplan(['check', '--format', 'junit'], fixture());
    assert.equal(r.code, 1);
    assert.equal(XMLValidator.validate(r.stdout), true);
    const xml = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['testsuite', 'testcase'].includes(name),
    }).parse(r.stdout) as {
      testsuites: {
        tests: string;
        failures: string;
        testsuite: {
          name: string;
          tests: string;
          failures: string;
          testcase: { name: string; classname: string; failure?: { type: string; message: string } }[];
        }[];
      };
    };
    assert.equal(xml.testsuites.tests, '3');
    assert.equal(xml.testsuites.failures, '2');
    assert.deepEqual(
      xml.testsuites.testsuite.map((s) => [
        s.name,
        s.tests,
        s.failures,
        s.testcase.map((c) => [c.classname, c.name, c.failure?.type, c.failure?.message]),
      ]),
      [
        ['plan.mplan.yaml', '1', '0', [['plan.mplan.yaml', 'no findings', undefined, undefined]]],
        [
          CAMPAIGN_FILE,
          '2',
          '2',
          [
            [CAMPAIGN_FILE, 'MP103 channel-not-reachable at 7:29', 'warning', MP103],
            [CAMPAIGN_FILE, 'MP202 discount-exceeds-max at 11:23', 'error', MP202],
          ],
        ],
      ],
    );
  });

  it('json-lines: one JSON object per finding and line, the fields of the json format', () => {
    const dir = fixture();
    const r = mplan(['check', '--format', 'json-lines'], dir);
    assert.equal(r.code, 1);
    const lines = r.stdout.split('\n');
    assert.equal(lines.pop(), '');
    assert.deepEqual(
      lines.map((l) => JSON.parse(l) as unknown),
      JSON.parse(mplan(['check', '--format', 'json'], dir).stdout) as unknown,
    );
    assert.equal(lines.length, 2);
  });

  it('-o writes the report to a file (its folder created) and nothing to stdout; the exit code is unchanged', () => {
    const dir = fixture();
    const r = mplan(['check', '--format', 'github', '-o', 'reports/mplan.txt'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.equal(fs.readFileSync(path.join(dir, 'reports/mplan.txt'), 'utf8'), mplan(['check', '--format', 'github'], dir).stdout);
    const text = mplan(['check', '--output-file', 'out.txt', '--color'], dir);
    assert.equal(text.stdout, '');
    // eslint-disable-next-line no-control-regex -- the assertion is about the ESC byte of colour codes
    assert.doesNotMatch(fs.readFileSync(path.join(dir, 'out.txt'), 'utf8'), /\u001b\[/, 'a report file never holds colour codes');
    const bad = mplan(['check', '-o', 'plan.mplan.yaml/x'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^mplan: cannot write .*x: (ENOTDIR|EEXIST)\n$/);
  });

  it('--quiet reports errors only; warnings still count for --max-warnings', () => {
    const dir = fixture();
    const r = mplan(['check', '--quiet'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, `q3, eu: launch/spring.mplan.yaml:11:23: error MP202 ${MP202} [discount-exceeds-max]\n1 error in 2 files.\n`);
    fs.writeFileSync(path.join(dir, CAMPAIGN_FILE), CAMPAIGN.replace('offer: { price: 70 }', 'offer: { price: 90 }'));
    const warnOnly = mplan(['check', '--quiet', '--max-warnings', '0'], dir);
    assert.equal(warnOnly.stdout, 'No findings in 2 files.\n');
    assert.equal(warnOnly.code, 1);
    assert.equal(mplan(['check', '--quiet'], dir).code, 0);
  });

  it('--color and --no-color beat the environment; FORCE_COLOR and NO_COLOR work without flags', () => {
    const dir = fixture();
    // eslint-disable-next-line no-control-regex -- the assertion is about the ESC byte of colour codes
    const red = /\u001b\[31m/;
    assert.doesNotMatch(mplan(['check'], dir).stdout, red);
    assert.match(mplan(['check', '--color'], dir).stdout, red);
    assert.match(mplan(['check'], dir, { NO_COLOR: '', FORCE_COLOR: '1' }).stdout, red);
    assert.doesNotMatch(mplan(['check', '--no-color'], dir, { NO_COLOR: '', FORCE_COLOR: '1' }).stdout, red);
    assert.doesNotMatch(mplan(['check'], dir, { NO_COLOR: '1', FORCE_COLOR: '1' }).stdout, red);
  });

  it('--exit-zero exits 0 with findings, but a usage error is still 2', () => {
    const dir = fixture();
    const r = mplan(['check', '--exit-zero'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /1 error, 1 warning/);
    assert.equal(mplan(['check', '--exit-zero', 'missing.mplan.yaml'], dir).code, 2);
    assert.equal(mplan(['check', '--format', 'xml'], dir).code, 2);
  });
});
