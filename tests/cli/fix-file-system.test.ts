import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';
import { BIN, mplan } from '../support/run-cli';
import { fixtures } from '../support/fixtures';

/** One safe fix (MP003 `gendrs` -> `genders`), and a comment that must survive. */
const TEXT = 'upstream:\n  segments:\n    - id: a # the first\n      name: A\n      gendrs: [female]\n';
const FIXED = TEXT.replace('gendrs:', 'genders:');
const segmentInfos = (name: string, label = 'A'): string =>
  `${name}.mplan.yaml:3:11: info MP501 the active segment ${label} (a) is targeted by no campaign [segment-without-campaign]\n` +
  `${name}.mplan.yaml:3:11: info MP503 the segment ${label} (a) lists no evidence [segment-without-evidence]\n`;
/** The findings of TEXT left unfixed. */
const unfixed = (name: string, label = 'A'): string =>
  `${segmentInfos(name, label)}${name}.mplan.yaml:5:7: warning MP003 unknown key gendrs in segment ${label} (a); did you mean genders? [unknown-key]\n`;

describe('--fix and the file system', () => {
  const fixture = fixtures();

  it('writes through a symbolic link to its target: the link stays a link to the same target', () => {
    const dir = fixture({ 'store/segments.yaml': TEXT });
    const link = path.join(dir, 'segments.mplan.yaml');
    fs.symlinkSync(path.join('store', 'segments.yaml'), link);
    const r = mplan(['check', '--fix', 'segments.mplan.yaml'], dir);
    assert.equal(r.stderr, 'Fixed 1 file: segments.mplan.yaml\n');
    assert.equal(r.code, 0);
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'still a symbolic link');
    assert.equal(fs.readlinkSync(link), path.join('store', 'segments.yaml'));
    assert.equal(fs.readFileSync(path.join(dir, 'store/segments.yaml'), 'utf8'), FIXED);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'store')), ['segments.yaml'], 'no temporary file beside the target');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['.git', 'segments.mplan.yaml', 'store']);
  });

  for (const mode of [0o640, 0o755, 0o600]) {
    it(`keeps the file's permissions (${mode.toString(8)})`, () => {
      const dir = fixture({ 'a.mplan.yaml': TEXT });
      const file = path.join(dir, 'a.mplan.yaml');
      fs.chmodSync(file, mode);
      const r = mplan(['check', '--fix'], dir);
      assert.equal(r.code, 0);
      assert.equal(fs.readFileSync(file, 'utf8'), FIXED);
      assert.equal(fs.statSync(file).mode & 0o7777, mode);
    });
  }

  it('a read-only file is not written: reported, exit 2, the file as it was', () => {
    const dir = fixture({ 'a.mplan.yaml': TEXT });
    const file = path.join(dir, 'a.mplan.yaml');
    fs.chmodSync(file, 0o444);
    const r = mplan(['check', '--fix'], dir);
    assert.equal(r.stderr, 'mplan: a.mplan.yaml: not fixed: it is read-only\n');
    assert.equal(r.stdout, `${unfixed('a')}1 warning, 2 infos in 1 file.\n`);
    assert.equal(r.code, 2);
    assert.equal(fs.readFileSync(file, 'utf8'), TEXT);
    assert.equal(fs.statSync(file).mode & 0o7777, 0o444);
  });

  it('a write that fails half-way (file size limit) leaves the file as it was and no temporary file', () => {
    // Over the 1 KiB limit below once fixed, so writing the temporary file fails after it was created.
    const big = `${TEXT}${'# padding line to make the file larger than the limit\n'.repeat(30)}`;
    const dir = fixture({ 'a.mplan.yaml': big });
    const r = spawnSync('bash', ['-c', 'ulimit -f 1 && exec "$0" "$@"', process.execPath, BIN, 'check', '--fix'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
      timeout: 60000,
    });
    assert.equal(r.stderr, 'mplan: a.mplan.yaml: not fixed: it could not be written (EFBIG)\n');
    assert.equal(r.stdout, `${unfixed('a')}1 warning, 2 infos in 1 file.\n`);
    assert.equal(r.status, 2);
    assert.equal(fs.readFileSync(path.join(dir, 'a.mplan.yaml'), 'utf8'), big);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['.git', 'a.mplan.yaml']);
  });

  it('a file changed on disk after it was read is not overwritten: reported, exit 2, the new text kept and checked', () => {
    const dir = fixture({ 'a.mplan.yaml': TEXT, 'b.mplan.yaml': TEXT });
    const edited = TEXT.replace('name: A', 'name: Edited meanwhile');
    const out: string[] = [];
    const err: string[] = [];
    const code = main(['check', '--fix', dir], {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      isTTY: false,
      env: {},
      cwd: dir,
      // Someone saves a.mplan.yaml between the computing of the fixes and their writing.
      beforeFixWrite: (file) => {
        if (path.basename(file) === 'a.mplan.yaml') fs.writeFileSync(file, edited);
      },
    });
    assert.equal(code, 2);
    assert.equal(
      err.join(''),
      'Fixed 1 file: b.mplan.yaml\nmplan: a.mplan.yaml: not fixed: it changed on disk while the fixes were computed\n',
    );
    assert.equal(fs.readFileSync(path.join(dir, 'a.mplan.yaml'), 'utf8'), edited);
    assert.equal(fs.readFileSync(path.join(dir, 'b.mplan.yaml'), 'utf8'), FIXED);
    assert.equal(out.join(''), `${unfixed('a', 'Edited meanwhile')}${segmentInfos('b')}1 warning, 4 infos in 2 files.\n`);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['.git', 'a.mplan.yaml', 'b.mplan.yaml']);
  });

  it('a file that becomes a FIFO before the write is neither opened nor replaced', () => {
    const dir = fixture({ 'a.mplan.yaml': TEXT, 'b.mplan.yaml': FIXED });
    const out: string[] = [];
    const err: string[] = [];
    const code = main(['check', '--fix', dir], {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      isTTY: false,
      env: {},
      cwd: dir,
      beforeFixWrite: (file) => {
        fs.rmSync(file);
        spawnSync('mkfifo', [file]);
      },
    });
    assert.equal(code, 2);
    assert.equal(
      err.join(''),
      'mplan: a.mplan.yaml: not fixed: it is no longer a regular file\nmplan: skipped a.mplan.yaml: not a regular file\n',
    );
    assert.equal(out.join(''), `${segmentInfos('b')}2 infos in 1 file.\n`);
    assert.ok(fs.statSync(path.join(dir, 'a.mplan.yaml')).isFIFO());
  });
});
