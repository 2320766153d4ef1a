import { after, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { BIN, mplan } from '../support/run-cli';
import { removeDir, REPO, tempDir } from '../support/fixtures';

const PLAN = `version: 1
plan: { id: shop, name: Shop, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, mission: M }
upstream:
  segments:
    - { id: runners, name: Runners, age: 25-45, channels: [instagram], evidence: [r] }
  research:
    - { id: r, method: survey, completed: 2026-10-01 }
downstream:
  campaigns:
    - { id: c, name: C, product: shoes, segments: [runners], channels: [instagram], schedule: { start: 2027-03-01, end: 2027-03-31 }, kpis: [sales], salesReview: { by: sales, on: 2027-02-01 } }
`;
const CONFIG = 'rules:\n  MP501: loud\n  mising-kpis: off\nthreshold: {}\n';
const CONFIG_FINDINGS =
  'mplan.config.yaml:2:10: error MP002 severity of MP501 must be one of error, warning, info, hint, off [schema]\n' +
  'mplan.config.yaml:3:3: warning MP003 unknown rule mising-kpis; did you mean missing-kpis? [unknown-key]\n' +
  'mplan.config.yaml:4:1: warning MP003 unknown key threshold in mplan.config.yaml; did you mean thresholds? [unknown-key]\n';
const MP005 = 'plan.mplan.yaml:10:34: error MP005 unknown product shoes [unknown-reference]\n';
const MP008 =
  "sub/mplan.config.yaml:1:1: warning MP008 this mplan.config.yaml is below the plan's root folder SCOPE and configures nothing [misplaced-config]\n";

describe('output cannot be spoofed', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach(removeDir));

  it('text output escapes control characters from keys and paths (C0 and DEL as \\xHH, C1 as \\u00HH)', () => {
    // A key of escape codes that would erase the lines above and print a fake summary.
    const name = 'a\u001b[31m\u007f.mplan.yaml';
    const dir = tempDir({
      [name]: 'upstream:\n  segments:\n    - id: s\n      name: S\n      "\\e[1A\\e[2K\\u009bNo findings in 1 file.\\r": 1\n',
    });
    dirs.push(dir);
    const r = mplan(['check', '--fix-dry-run', '--max-warnings', '0'], dir);
    const where = 'a\\x1b[31m\\x7f.mplan.yaml';
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      '0 files would be changed (dry run).\n' +
        'No fix to apply; 1 warning remains:\n' +
        `${where}:5:7: warning MP003 unknown key \\x1b[1A\\x1b[2K\\u009bNo findings in 1 file.\\x0d in segment S (s) [unknown-key]\n` +
        'mplan: exit 1: 1 warning, more than --max-warnings 0\n',
    );
    assert.equal(r.code, 1);
    const text = mplan(['check'], dir);
    assert.equal(
      text.stdout,
      `${where}:3:11: info MP501 the active segment S (s) is targeted by no campaign [segment-without-campaign]\n` +
        `${where}:3:11: info MP503 the segment S (s) lists no evidence [segment-without-evidence]\n` +
        `${where}:5:7: warning MP003 unknown key \\x1b[1A\\x1b[2K\\u009bNo findings in 1 file.\\x0d in segment S (s) [unknown-key]\n` +
        '1 warning, 2 infos in 1 file.\n',
    );
    assert.doesNotMatch(
      text.stdout + text.stderr,
      // eslint-disable-next-line no-control-regex -- the assertion is that no raw control character reaches the terminal
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/,
      'no raw control character but the line feeds',
    );
  });

  it('SARIF URIs are percent-encoded (#, ?, spaces, %) and the log stays valid', () => {
    const dir = tempDir({ 'my plans#1?/50% a b.mplan.yaml': 'upstream:\n  segmnts: []\n' });
    dirs.push(dir);
    const r = mplan(['check', '--format', 'sarif'], dir);
    assert.equal(r.code, 0);
    const log = JSON.parse(r.stdout) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
    };
    const schemaFile = path.join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(
      JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object,
    );
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
    const uris = log.runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri);
    assert.deepEqual(uris, ['my%20plans%231%3F/50%25%20a%20b.mplan.yaml']);
    // Resolved against %SRCROOT%, the URI names the file again.
    assert.equal(decodeURIComponent(new URL(uris[0], 'file:///srcroot/').pathname), '/srcroot/my plans#1?/50% a b.mplan.yaml');
  });
});

describe('exit codes explain themselves', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach(removeDir));
  const scope = (): string => {
    const dir = tempDir({ 'plan.mplan.yaml': PLAN, 'mplan.config.yaml': CONFIG, 'sub/mplan.config.yaml': 'rules: {}\n' });
    dirs.push(dir);
    return dir;
  };
  const mp008 = (dir: string): string => MP008.replace('SCOPE', path.basename(dir));

  it('--fix-dry-run with nothing safe to apply: says which errors remain and why it exits 1', () => {
    const dir = tempDir({ 'plan.mplan.yaml': PLAN });
    dirs.push(dir);
    const r = mplan(['check', '--fix-dry-run'], dir);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      '0 files would be changed (dry run).\n' +
        'No fix to apply; 1 error remains:\n' +
        MP005 +
        'mplan: exit 1: 1 error cannot be fixed safely (1 with a suggested fix that --unsafe-fixes would apply)\n',
    );
    assert.equal(r.code, 1);
  });

  it('--fix-dry-run with safe fixes: the diff on stdout, the errors that would remain on stderr', () => {
    const dir = scope();
    const r = mplan(['check', '--fix-dry-run', 'plan.mplan.yaml'], dir);
    assert.equal(
      r.stdout,
      '--- a/mplan.config.yaml\n+++ b/mplan.config.yaml\n@@ -1,4 +1,4 @@\n rules:\n   MP501: loud\n-  mising-kpis: off\n-threshold: {}\n+  missing-kpis: off\n+thresholds: {}\n',
    );
    assert.equal(
      r.stderr,
      '1 file would be changed (dry run).\n' +
        'After these fixes, 2 errors would remain:\n' +
        CONFIG_FINDINGS.split('\n')[0] +
        '\n' +
        MP005 +
        'mplan: exit 1: 2 errors would remain after the fixes (1 with a suggested fix that --unsafe-fixes would apply)\n',
    );
    assert.equal(r.code, 1);
  });

  it('`mplan check mplan.config.yaml` checks it as a config: its own findings exactly as when its scope is checked', () => {
    const dir = scope();
    const all = mplan(['check', '.'], dir);
    assert.equal(all.stdout, `${CONFIG_FINDINGS}${MP005}${mp008(dir)}2 errors, 3 warnings in 1 file.\n`);
    const config = mplan(['check', 'mplan.config.yaml'], dir);
    assert.deepEqual(config, { code: 1, stderr: '', stdout: `${CONFIG_FINDINGS}1 error, 2 warnings in 1 file.\n` });
    const misplaced = mplan(['check', 'sub/mplan.config.yaml'], dir);
    assert.deepEqual(misplaced, { code: 0, stderr: '', stdout: `${mp008(dir)}1 warning in 1 file.\n` });
  });

  it('a config that configures no plan still has its own findings checked', () => {
    const dir = tempDir({ 'mplan.config.yaml': 'rulez: {}\n' });
    dirs.push(dir);
    const r = mplan(['check', 'mplan.config.yaml'], dir);
    assert.deepEqual(r, {
      code: 0,
      stderr: '',
      stdout:
        'mplan.config.yaml:1:1: warning MP003 unknown key rulez in mplan.config.yaml; did you mean rules? [unknown-key]\n1 warning in 1 file.\n',
    });
  });

  it("a reader that stops early (mplan check . | head -n 1) ends the CLI quietly with the check's exit code", async () => {
    // Far more output than a pipe holds, so the CLI is still writing when the reader is gone.
    const lines = ['upstream:', '  segments:'];
    for (let i = 0; i < 3000; i++) lines.push(`    - { id: s${i}, name: S, age: 20-30, evidence: [] , colour${i}: x }`);
    const dir = tempDir({ 'big.mplan.yaml': `${lines.join('\n')}\n` });
    dirs.push(dir);
    const child = spawn(process.execPath, [BIN, 'check', '.'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (b: Buffer) => resolve(b.toString('utf8'))));
    child.stdout.destroy();
    const hang = setTimeout(() => child.kill('SIGKILL'), 60000);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('close', (c, s) => resolve([c, s])),
    );
    clearTimeout(hang);
    assert.match(first, /^big\.mplan\.yaml:3:13: info MP501 /);
    assert.equal(signal, null, 'finished on its own');
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});
