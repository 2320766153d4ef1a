import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SERVER } from '../support/lsp-client';
import { REPO } from '../support/fixtures';

const run = (args: string[]) => spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8', input: '', timeout: 20000 });
const version = (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

describe('mplan-language-server on the command line', () => {
  for (const flag of ['--version', '-V']) {
    it(`${flag} prints the version and exits 0`, () => {
      const r = run([flag]);
      assert.deepEqual([r.status, r.stdout, r.stderr], [0, `mplan-language-server ${version}\n`, '']);
    });
  }

  for (const flag of ['--help', '-h']) {
    it(`${flag} prints the usage and exits 0`, () => {
      const r = run([flag, '--stdio']);
      assert.equal(r.status, 0);
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /^Usage: mplan-language-server \[--stdio \| --node-ipc \| --socket=PORT \| --pipe=NAME\]\n/);
      assert.ok(
        r.stdout.endsWith('\n  -V, --version    print the version and exit\n  -h, --help       print this help and exit\n'),
        r.stdout,
      );
    });
  }
});
