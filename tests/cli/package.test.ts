/** The npm package: exactly what the CLI and the language server need, nothing that points elsewhere. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinModules } from 'node:module';
import { REPO } from '../support/fixtures';

interface Pack {
  files: { path: string }[];
}

describe('npm package', () => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO, encoding: 'utf8' });
  const files = r.status === 0 ? (JSON.parse(r.stdout) as Pack[])[0].files.map((f) => f.path).sort() : [];
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
    bin: Record<string, string>;
  };

  it('npm pack lists the package', () => {
    assert.equal(r.status, 0, r.stderr);
  });

  it('holds the bins, the compiled CLI and server, the schemas, the rule docs, the editor guides and the changelog', () => {
    for (const f of [
      'bin/mplan.js',
      'bin/mplan-language-server.js',
      'out/bin/mplan.js',
      'out/bin/parse-worker.js',
      'out/server/src/cli/main.js',
      'out/server/src/lsp/server.js',
      'out/schemas/plan.js',
      'out/shared/new-plan.js',
      'schemas/mplan.schema.json',
      'schemas/mplan-config.schema.json',
      'docs/rules/MP101-audience-excludes-segment.md',
      'docs/editors/neovim.md',
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'package.json',
    ]) {
      assert.ok(files.includes(f), `${f} is in the package`);
    }
  });

  it('holds no source maps, screenshots, tests, extension sources or tool folders', () => {
    const stray = files.filter((f) => /\.map$|\.png$|^out\/tests\/|^client\/|^tests\/|^\.tools\/|^dist\//.test(f));
    assert.deepEqual(stray, []);
    const mapped = files.filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(REPO, f), 'utf8').includes('sourceMappingURL'));
    assert.deepEqual(mapped, [], 'no shipped file points at a source map');
  });

  it('every require of a shipped file resolves to a shipped file, a runtime dependency or a Node built-in', () => {
    const shipped = new Set(files);
    const runtime = new Set(Object.keys(pkg.dependencies));
    const problems: string[] = [];
    for (const f of files.filter((x) => x.endsWith('.js'))) {
      const text = fs.readFileSync(path.join(REPO, f), 'utf8');
      for (const m of text.matchAll(/require\("([^"]+)"\)|require\('([^']+)'\)/g)) {
        const spec = m[1] ?? m[2];
        if (spec.startsWith('.')) {
          const base = path.posix.normalize(path.posix.join(path.posix.dirname(f), spec));
          if (![base, `${base}.js`, `${base}/index.js`].some((c) => shipped.has(c))) problems.push(`${f}: ${spec} is not shipped`);
        } else {
          const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
          if (!runtime.has(name) && !builtinModules.includes(name.replace(/^node:/, '')))
            problems.push(`${f}: ${spec} is not a runtime dependency`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('bin/mplan.js runs the bundled command line, which loads no package: only Node built-ins', () => {
    assert.match(fs.readFileSync(path.join(REPO, 'bin/mplan.js'), 'utf8'), /require\('\.\.\/out\/bin\/mplan\.js'\)/);
    for (const f of ['out/bin/mplan.js', 'out/bin/parse-worker.js']) {
      const text = fs.readFileSync(path.join(REPO, f), 'utf8');
      const specs = [...text.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
      assert.ok(specs.length > 0, f);
      assert.deepEqual(
        specs.filter((x) => !builtinModules.includes(x.replace(/^node:/, ''))),
        [],
        `${f} requires only Node built-ins`,
      );
    }
  });

  it('runtime dependencies use caret ranges; vscode-languageclient (bundled into the extension) is a dev dependency; yaml stays on v2', () => {
    for (const [name, range] of Object.entries(pkg.dependencies)) assert.match(range, /^\^\d/, `${name}: ${range}`);
    assert.equal(pkg.dependencies['vscode-languageclient'], undefined);
    assert.ok(pkg.devDependencies['vscode-languageclient']);
    assert.match(pkg.dependencies.yaml, /^\^2\./);
    for (const bin of Object.values(pkg.bin)) assert.ok(files.includes(bin.replace(/^\.\//, '')), bin);
  });
});
