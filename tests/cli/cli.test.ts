import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { mplan } from '../support/run-cli';
import { fixtures, REPO } from '../support/fixtures';

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
`;
const CAMPAIGN = `downstream:
  campaigns:
    - id: spring
      name: Spring
      product: shoes
      segments: [runners]
      channels: [instagram]
      schedule: { start: 2027-03-01, end: 2027-03-31 }
      kpis: [sales]
      salesReview: { by: sales, on: 2027-02-01 }
      offer: { discount: 15 } # mplan-disable-line MP006
      budget: 100
`;

describe('mplan CLI', () => {
  const fixture = fixtures();

  it('prints findings like a compiler, sorted, with a summary, and exits 1 on errors', () => {
    const dir = fixture({ 'plan.mplan.yaml': PLAN, 'campaigns/spring.mplan.yaml': CAMPAIGN });
    const r = mplan(['check', 'campaigns'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    assert.equal(
      r.stdout,
      'campaigns/spring.mplan.yaml:5:16: error MP005 unknown product shoes; did you mean shoe? [unknown-reference]\n' +
        '1 error in 1 file.\n',
    );
  });

  it('loads the whole scope but reports only the paths given', () => {
    const dir = fixture({
      'plan.mplan.yaml': PLAN.replace('currency: EUR', 'currency: eur'),
      'campaigns/spring.mplan.yaml': CAMPAIGN.replace('product: shoes', 'product: shoe'),
    });
    const r = mplan(['check', 'campaigns/spring.mplan.yaml'], dir);
    assert.equal(r.stdout, 'No findings in 1 file.\n');
    assert.equal(r.code, 0);
    const all = mplan(['check', '.'], dir);
    assert.match(
      all.stdout,
      /^plan\.mplan\.yaml:6:13: error MP002 currency in plan Shop \(shop\): expected an upper-case ISO 4217 currency code/m,
    );
    assert.equal(all.code, 1);
  });

  it('colours only on a terminal and respects NO_COLOR', () => {
    const dir = fixture({ 'plan.mplan.yaml': PLAN, 'campaigns/spring.mplan.yaml': CAMPAIGN });
    // eslint-disable-next-line no-control-regex -- the assertion is about the ESC byte of colour codes
    assert.doesNotMatch(mplan(['check'], dir).stdout, /\u001b\[/);
    // eslint-disable-next-line no-control-regex -- the assertion is about the ESC byte of colour codes
    assert.match(mplan(['check'], dir, { NO_COLOR: '', FORCE_COLOR: '1' }).stdout, /\u001b\[31m/);
  });

  it('--format json gives the findings with related places and fixes', () => {
    const dir = fixture({ 'plan.mplan.yaml': PLAN, 'campaigns/spring.mplan.yaml': CAMPAIGN });
    const r = mplan(['check', 'campaigns', '--format', 'json'], dir);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    assert.equal(out.length, 1);
    const f = out[0];
    assert.deepEqual(
      {
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        severity: f.severity,
        code: f.code,
        name: f.name,
      },
      {
        file: 'campaigns/spring.mplan.yaml',
        line: 5,
        column: 16,
        endLine: 5,
        endColumn: 21,
        severity: 'error',
        code: 'MP005',
        name: 'unknown-reference',
      },
    );
    const fixes = f.fixes as Array<{
      title: string;
      safe: boolean;
      edits: Array<{ file: string; offset: number; length: number; text: string }>;
    }>;
    assert.deepEqual(fixes[0], {
      title: 'Replace with shoe',
      safe: false,
      edits: [{ file: 'campaigns/spring.mplan.yaml', offset: 76, length: 5, text: 'shoe' }],
    });
    assert.equal(fixes[1].title, 'Create product shoes');
  });

  it('--format sarif is valid SARIF 2.1.0 with rules, relative URIs and in-source suppressions', () => {
    const dir = fixture({ 'plan.mplan.yaml': PLAN, 'campaigns/spring.mplan.yaml': CAMPAIGN });
    const r = mplan(['check', '.', '--format', 'sarif'], dir);
    const log = JSON.parse(r.stdout) as {
      version: string;
      runs: Array<{
        tool: {
          driver: {
            rules: Array<{ id: string; name: string; helpUri: string; defaultConfiguration: { level: string }; help: { text: string } }>;
          };
        };
        originalUriBaseIds: Record<string, { uri: string }>;
        results: Array<{
          ruleId: string;
          level: string;
          message: { text: string };
          suppressions?: unknown[];
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }>;
        }>;
      }>;
    };
    const schemaFile = path.join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    const mp005 = run.tool.driver.rules.find((x) => x.id === 'MP005');
    assert.equal(mp005?.name, 'unknown-reference');
    assert.equal(mp005?.defaultConfiguration.level, 'error');
    assert.ok(mp005?.help.text.length);
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri.startsWith('file:///'), true);
    const res = run.results.find((x) => x.ruleId === 'MP005');
    assert.deepEqual(res?.locations[0].physicalLocation, {
      artifactLocation: { uri: 'campaigns/spring.mplan.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 5, startColumn: 16, endLine: 5, endColumn: 21 },
    });
    const suppressed = run.results.find((x) => x.ruleId === 'MP006');
    assert.deepEqual(suppressed?.suppressions, [{ kind: 'inSource' }]);
    assert.equal(suppressed?.level, 'error');
  });

  it('--max-warnings counts warnings only', () => {
    const dir = fixture({ 'a.mplan.yaml': 'upstream:\n  segmnts: []\n' });
    assert.equal(mplan(['check'], dir).code, 0);
    const over = mplan(['check', '--max-warnings', '0'], dir);
    assert.equal(over.code, 1);
    assert.equal(over.stderr, 'mplan: exit 1: 1 warning, more than --max-warnings 0\n');
    assert.equal(mplan(['check', '--max-warnings', '1'], dir).code, 0);
  });

  it('bad paths, empty folders, special files and bad options: one line on stderr, exit 2', () => {
    const dir = fixture({ 'notes.txt': 'hello', 'sub/readme.md': '#' });
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.mplan.yaml'));
    const cases: Array<[string[], RegExp]> = [
      [['check', 'missing'], /^mplan: missing: no such file or directory\n$/],
      [['check', 'sub'], /^mplan: sub: no plan files \(\*\.mplan\.yaml, \*\.mplan\.yml\) in this folder\n$/],
      [['check', 'zero.mplan.yaml'], /^mplan: zero\.mplan\.yaml: not a regular file\n$/],
      [['check', '--format', 'xml'], /error: option '-f, --format <format>' argument 'xml' is invalid/],
      [['check', '--max-warnings', 'lots'], /expected a whole number >= 0/],
      [['explain', 'MP999'], /^mplan: unknown rule 'MP999' \(see 'mplan rules'\)\n$/],
    ];
    for (const [args, re] of cases) {
      const r = mplan(args, dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
      assert.match(r.stderr, re, args.join(' '));
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  it('explain, rules and schema', () => {
    const e = mplan(['explain', 'unknown-reference'], REPO);
    assert.equal(e.code, 0);
    assert.match(e.stdout, /^MP005 unknown-reference \(error, structure\)\n/);
    assert.match(e.stdout, /Docs: https:\/\/github\.com\/mplan-dev\/mplan\/blob\/main\/docs\/rules\/MP005-unknown-reference\.md/);
    const rules = mplan(['rules'], REPO);
    assert.match(rules.stdout, /^MP000 {2}unused-suppression/m);
    const schema = mplan(['schema'], REPO);
    assert.equal(schema.stdout, fs.readFileSync(path.join(REPO, 'schemas/mplan.schema.json'), 'utf8'));
  });

  it('--fix applies safe fixes atomically, keeping comments, CRLF and BOM; --fix-dry-run prints a diff', () => {
    const text =
      '\ufeffupstream:\r\n  segments:\r\n    - id: a # the first\r\n      name: A\r\n      gendrs: [female]\r\n  products:\r\n    - id: p\r\n      name: P\r\n      segments: [a]\r\n      pricing: { list: 10, maxDiscount: 25 }\r\n';
    const dir = fixture({ 'a.mplan.yaml': text });
    const file = path.join(dir, 'a.mplan.yaml');
    const dry = mplan(['check', '--fix-dry-run'], dir);
    assert.equal(fs.readFileSync(file, 'utf8'), text, 'dry run writes nothing');
    assert.match(dry.stdout, /^--- a\/a\.mplan\.yaml\n\+\+\+ b\/a\.mplan\.yaml\n/);
    assert.match(dry.stdout, /^- {6}gendrs: \[female\]\r$/m);
    assert.match(dry.stdout, /^\+ {6}genders: \[female\]\r$/m);
    const r = mplan(['check', '--fix'], dir);
    assert.equal(fs.readFileSync(file, 'utf8'), text.replace('gendrs:', 'genders:').replace('maxDiscount: 25 }', 'maxDiscount: 25% }'));
    assert.match(r.stderr, /^Fixed 1 file: a\.mplan\.yaml\n$/);
    assert.ok(!fs.readdirSync(dir).some((f) => f.endsWith('.tmp')), 'no temp file left');
  });
});
