/** The packaged extension (`npm run package`): one .vsix for desktop and browser, under 600 KB. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO } from '../support/fixtures';

describe('the .vsix', () => {
  it("packs the desktop and browser builds, the schemas and the marketers' README, under 600 KB", () => {
    const bundle = spawnSync(process.execPath, ['esbuild.config.mjs', '--production'], { cwd: REPO, encoding: 'utf8' });
    assert.equal(bundle.status, 0, bundle.stderr);
    // Packed into a temporary folder: a .vsix left in the extension's folder would be served with it.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mplan-vsix-'));
    const file = path.join(dir, 'mplan.vsix');
    const pack = spawnSync(process.execPath, ['client/scripts/package-vsix.mjs', '--out', file], { cwd: REPO, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const size = fs.statSync(file).size;
    console.log(`.vsix: ${size} bytes`);
    assert.ok(size < 600 * 1024, `${size} bytes`);
    const listing = spawnSync('unzip', ['-l', file], { encoding: 'utf8' });
    if (listing.status === 0) {
      for (const f of [
        'extension/dist/client.js',
        'extension/dist/server.js',
        'extension/dist/client-web.js',
        'extension/dist/server-web.js',
        'extension/schemas/mplan-config.schema.json',
        'extension/package.nls.json',
        'extension/package.nls.fr.json',
        'extension/package.nls.it.json',
        'extension/l10n/bundle.l10n.fr.json',
        'extension/l10n/bundle.l10n.it.json',
        'extension/dist/l10n-server/fr.json',
        'extension/dist/l10n-server/it.json',
      ]) {
        assert.match(listing.stdout, new RegExp(f.replace(/[.]/g, '\\.')), f);
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
