import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { BIN } from '../support/run-cli';
import { removeDir, REPO, tempDir } from '../support/fixtures';

/** Generous: a check of a few small files takes well under a second. Only a CLI that blocks reaches it. */
const HANG_LIMIT_MS = 30000;

interface Finished {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI; fail the test (instead of hanging the suite) if it does not finish on its own. */
function mplanFinishing(args: string[], cwd: string): Finished {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
    timeout: HANG_LIMIT_MS,
  });
  assert.equal(r.error, undefined, `mplan ${args.join(' ')} did not finish: it blocked on a special file`);
  assert.notEqual(r.status, null, `mplan ${args.join(' ')} was killed (${String(r.signal)})`);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const PLAN = `version: 1
plan:
  id: shop
  name: Shop
  period: { start: 2027-01-01, end: 2027-12-31 }
  currency: EUR
  mission: Sell good shoes.
upstream:
  segments:
    - { id: runners, name: Runners, age: 25-45, channels: [instagram], evidence: [run-study] }
  research:
    - { id: run-study, method: survey, completed: 2026-10-01 }
`;
const CAMPAIGN = `downstream:
  campaigns:
    - id: spring
      name: Spring
      product: shoe
      segments: [runners]
      channels: [instagram]
      schedule: { start: 2027-03-01, end: 2027-03-31 }
      kpis: [sales]
      salesReview: { by: sales, on: 2027-02-01 }
`;
const PRODUCTS = `upstream:
  products:
    - { id: shoe, name: Shoe, segments: [runners] }
`;

const SKIPPED =
  'mplan: skipped dangling.mplan.yaml: a symbolic link to nothing\n' +
  'mplan: skipped fifo.mplan.yaml: not a regular file\n' +
  'mplan: skipped socket.mplan.yaml: not a regular file\n' +
  'mplan: skipped zero.mplan.yaml: not a regular file\n';

describe('special files: only regular files are read, nothing blocks', () => {
  const dirs: string[] = [];
  const servers: net.Server[] = [];
  let dir = '';
  before(async () => {
    dir = tempDir({ 'plan.mplan.yaml': PLAN, 'products.mplan.yaml': PRODUCTS, 'store/campaign.yaml': CAMPAIGN });
    dirs.push(dir);
    execFileSync('mkfifo', [path.join(dir, 'fifo.mplan.yaml')]);
    execFileSync('mkfifo', [path.join(dir, 'mplan.config.yaml')]);
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.mplan.yaml'));
    fs.symlinkSync('nowhere.mplan.yaml', path.join(dir, 'dangling.mplan.yaml'));
    // A link to a regular plan file is checked at the link's path; a link to a folder is not followed (here: a loop).
    fs.symlinkSync(path.join('store', 'campaign.yaml'), path.join(dir, 'campaign.mplan.yaml'));
    fs.symlinkSync('..', path.join(dir, 'store', 'loop'));
    const server = net.createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'socket.mplan.yaml'), resolve));
  });
  after(async () => {
    for (const s of servers) await new Promise<void>((resolve) => s.close(() => resolve()));
    dirs.forEach(removeDir);
  });

  it('a checked folder: FIFOs, sockets, device links and dangling links are skipped with a note; links to plan files are checked at their path', () => {
    const r = mplanFinishing(['check'], dir);
    assert.equal(
      r.stdout,
      // No MP501 on `runners`: the campaign behind the link targets it.
      'mplan.config.yaml:1:1: error MP001 the file cannot be read as text: not a regular file (the configuration is not applied) [yaml-syntax]\n' +
        '1 error in 3 files.\n',
    );
    assert.equal(r.stderr, SKIPPED);
    assert.equal(r.code, 1);
  });

  it('the link to a regular plan file is its scope member: its findings carry the link path', () => {
    fs.writeFileSync(path.join(dir, 'store', 'campaign.yaml'), CAMPAIGN.replace('product: shoe', 'product: shoes'));
    try {
      const r = mplanFinishing(['check', 'campaign.mplan.yaml'], dir);
      assert.equal(
        r.stdout,
        'campaign.mplan.yaml:5:16: error MP005 unknown product shoes; did you mean shoe? [unknown-reference]\n' +
          'mplan.config.yaml:1:1: error MP001 the file cannot be read as text: not a regular file (the configuration is not applied) [yaml-syntax]\n' +
          '2 errors in 1 file.\n',
      );
      assert.equal(r.stderr, SKIPPED);
      assert.equal(r.code, 1);
    } finally {
      fs.writeFileSync(path.join(dir, 'store', 'campaign.yaml'), CAMPAIGN);
    }
  });

  for (const name of ['fifo.mplan.yaml', 'socket.mplan.yaml', 'zero.mplan.yaml']) {
    it(`${name} named on the command line: exit 2, not a regular file`, () => {
      const r = mplanFinishing(['check', name], dir);
      assert.deepEqual(r, { code: 2, stdout: '', stderr: `mplan: ${name}: not a regular file\n` });
    });
  }
});

describe('files that cannot be read as text: MP001 in that file, the rest is checked', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach(removeDir));
  const utf16 = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

  const scope = (): string => {
    const dir = tempDir({ 'plan.mplan.yaml': PLAN, 'campaign.mplan.yaml': CAMPAIGN });
    dirs.push(dir);
    // The products file is UTF-16: it contributes no entities, so `shoe` is unknown in the campaign.
    fs.writeFileSync(path.join(dir, 'products.mplan.yaml'), utf16(PRODUCTS));
    fs.writeFileSync(path.join(dir, 'latin1.mplan.yaml'), Buffer.from('upstream:\n  segments: [] # caf\xe9\n', 'latin1'));
    return dir;
  };

  it('text: one MP001 per unreadable file at 1:1 saying why, every other file analysed, exit 1 from the findings', () => {
    const r = mplanFinishing(['check'], scope());
    assert.equal(
      r.stdout,
      'campaign.mplan.yaml:5:16: error MP005 unknown product shoe [unknown-reference]\n' +
        'latin1.mplan.yaml:1:1: error MP001 the file cannot be read as text: the file is not UTF-8 text (Latin-1 or another encoding?): save it as UTF-8 [yaml-syntax]\n' +
        'products.mplan.yaml:1:1: error MP001 the file cannot be read as text: the file is UTF-16 text, not UTF-8: save it as UTF-8 [yaml-syntax]\n' +
        '3 errors in 4 files.\n',
    );
    assert.equal(r.stderr, '');
    assert.equal(r.code, 1);
  });

  it('a Latin-1 file named on the command line is a finding, not a usage error', () => {
    const r = mplanFinishing(['check', 'latin1.mplan.yaml', '--format', 'json'], scope());
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    const out = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    assert.deepEqual(
      out.map((f) => [f.file, f.line, f.column, f.endLine, f.endColumn, f.code]),
      [['latin1.mplan.yaml', 1, 1, 1, 1, 'MP001']],
    );
  });

  it('SARIF is complete and valid: the MP001s and the findings of the readable files', () => {
    const r = mplanFinishing(['check', '--format', 'sarif'], scope());
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout) as {
      runs: Array<{
        results: Array<{
          ruleId: string;
          message: { text: string };
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>;
        }>;
      }>;
    };
    const schemaFile = path.join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(
      JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object,
    );
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.deepEqual(
      log.runs[0].results.map((x) => [
        x.ruleId,
        x.locations[0].physicalLocation.artifactLocation.uri,
        x.locations[0].physicalLocation.region,
      ]),
      [
        ['MP005', 'campaign.mplan.yaml', { startLine: 5, startColumn: 16, endLine: 5, endColumn: 20 }],
        ['MP001', 'latin1.mplan.yaml', { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }],
        ['MP001', 'products.mplan.yaml', { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }],
      ],
    );
  });

  it('an unreadable mplan.config.yaml is MP001 in the config, and the config is not applied', () => {
    const dir = tempDir({ 'plan.mplan.yaml': PLAN.replace('  mission: Sell good shoes.\n', '') });
    dirs.push(dir);
    // It would turn MP407 off, were it readable.
    fs.writeFileSync(path.join(dir, 'mplan.config.yaml'), Buffer.from('rules:\n  MP407: off # d\xe9sactiv\xe9\n', 'latin1'));
    const r = mplanFinishing(['check'], dir);
    assert.equal(
      r.stdout,
      'mplan.config.yaml:1:1: error MP001 the file cannot be read as text: the file is not UTF-8 text (Latin-1 or another encoding?): save it as UTF-8 (the configuration is not applied) [yaml-syntax]\n' +
        'plan.mplan.yaml:2:1: warning MP407 the plan Shop (shop) has neither a mission nor an identity [missing-mission]\n' +
        'plan.mplan.yaml:9:13: info MP501 the active segment Runners (runners) is targeted by no campaign [segment-without-campaign]\n' +
        '1 error, 1 warning, 1 info in 1 file.\n',
    );
    assert.equal(r.code, 1);
  });
});
