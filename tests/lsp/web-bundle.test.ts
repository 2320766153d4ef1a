/**
 * The browser builds (dist/client-web.js, dist/server-web.js) as `npm run package` makes them: no
 * `node:` module or Node built-in reaches them (esbuild's metafile lists every input and import),
 * the client imports nothing but `vscode`, and the server bundle stays under 600 KB minified. The
 * servers hold no translation: the bundled server speaks French once the client hands it
 * `l10n-server/fr.json`, English without it.
 */
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { FULL_CAPABILITIES, LspClient, uri } from '../support/lsp-client';
import { removeDir, tempCopy } from '../support/fixtures';

const REPO = path.resolve(__dirname, '../../..');

interface Metafile {
  inputs: Record<string, { imports: Array<{ path: string; external?: boolean }> }>;
  outputs: Record<string, { bytes: number; imports: Array<{ path: string; external?: boolean }> }>;
}

const isNodeModule = (spec: string): boolean =>
  spec.startsWith('node:') || builtinModules.includes(spec) || builtinModules.includes(spec.split('/')[0]);

describe('the browser bundles', () => {
  let out: string;
  const meta = (name: string): Metafile => JSON.parse(fs.readFileSync(path.join(out, `meta-${name}.json`), 'utf8')) as Metafile;
  before(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'mplan-web-bundle-'));
    const r = spawnSync(process.execPath, ['esbuild.config.mjs', '--production', '--metafile', `--outdir=${out}`], {
      cwd: REPO,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
  });

  for (const name of ['client-web', 'server-web']) {
    it(`${name}.js: no input or import is a Node module`, () => {
      const m = meta(name);
      const inputs = Object.keys(m.inputs);
      assert.ok(
        inputs.some((i) => i.endsWith(name === 'client-web' ? 'client/src/extension-web.ts' : 'server/src/lsp/main-browser.ts')),
        'the metafile lists the entry',
      );
      const nodeImports = Object.entries(m.inputs).flatMap(([file, i]) =>
        i.imports.filter((x) => isNodeModule(x.path)).map((x) => `${file} -> ${x.path}`),
      );
      assert.deepEqual(nodeImports, []);
      const externals = Object.values(m.outputs).flatMap((o) => o.imports.filter((x) => x.external).map((x) => x.path));
      assert.deepEqual([...new Set(externals)], name === 'client-web' ? ['vscode'] : []);
      const text = fs.readFileSync(path.join(out, `${name}.js`), 'utf8');
      assert.doesNotMatch(text, /require\(\s*["'](node:|fs|path|os|child_process|net|crypto|url|util)["']\s*\)/);
    });
  }

  it('the desktop server bundle does reach Node (the scan above would see it)', () => {
    const m = meta('server');
    assert.ok(Object.values(m.inputs).some((i) => i.imports.some((x) => isNodeModule(x.path))));
  });

  it('server-web.js is under 600 KB minified', () => {
    const bytes = fs.statSync(path.join(out, 'server-web.js')).size;
    console.log(`server-web.js: ${bytes} bytes; client-web.js: ${fs.statSync(path.join(out, 'client-web.js')).size} bytes`);
    assert.ok(bytes < 600 * 1024, `${bytes} bytes`);
  });

  it('the servers hold no translation; the client hands its language over (l10n-server/<locale>.json)', async () => {
    for (const name of ['server.js', 'server-web.js']) {
      const text = fs.readFileSync(path.join(out, name), 'utf8');
      assert.doesNotMatch(text, /prix plancher|prezzo minimo/, name);
    }
    const fr = JSON.parse(fs.readFileSync(path.join(out, 'l10n-server', 'fr.json'), 'utf8')) as unknown;
    const dir = tempCopy('questforge');
    const launchUri = uri(path.join(dir, 'campaigns/launch.mplan.yaml'));
    const mp201 = async (initializationOptions: object): Promise<string | undefined> => {
      const client = new LspClient([path.join(out, 'server.js'), '--stdio']);
      try {
        await client.initializeWith({
          processId: process.pid,
          locale: 'fr',
          rootUri: uri(dir),
          workspaceFolders: [{ uri: uri(dir), name: 'questforge' }],
          capabilities: FULL_CAPABILITIES,
          initializationOptions,
        });
        const d = await client.diagnosticsFor(launchUri, (x) => x.length === 8);
        return d.find((x) => x.code === 'MP201')?.message;
      } finally {
        await client.stop();
      }
    };
    try {
      assert.equal(
        await mp201({ today: '2027-01-01', catalogue: fr }),
        'la campagne Spring launch ads (spring-launch) propose le produit QuestForge (questforge) à 39,99 : le prix le plus bas autorisé est son prix plancher de 44,99',
      );
      assert.equal(
        await mp201({ today: '2027-01-01' }),
        'campaign Spring launch ads (spring-launch) offers the product QuestForge (questforge) at 39.99: the lowest allowed price is its floor of 44.99',
      );
    } finally {
      removeDir(dir);
    }
  });
});
