/**
 * The import boundaries of ARCHITECTURE.md, read from the import graph of the
 * TypeScript sources: the engine imports no `vscode*`; the host and everything
 * it reaches import no `node:` module (a browser build runs them); only
 * `project/disk.ts` reads the disk; no rule reaches back into the YAML
 * (`parse/yaml-nodes`); the model holds handles, not trees; the client
 * reaches no engine internals.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../..');
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The specifiers a source file imports (static, side-effect, dynamic and require). */
function importsOf(file: string): string[] {
  const text = fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** A relative specifier as the source file it names. */
function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, path.join(base, 'index.ts')].find((p) => fs.existsSync(p));
}

/** Every source reachable from `roots` through relative imports, with the package imports each makes. */
function closure(roots: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const todo = [...roots];
  while (todo.length) {
    const f = todo.pop() as string;
    if (seen.has(f)) continue;
    const specs = importsOf(f);
    seen.set(
      f,
      specs.filter((s) => !s.startsWith('.')),
    );
    for (const s of specs) {
      const local = resolveLocal(f, s);
      if (local) todo.push(local);
    }
  }
  return seen;
}

const rel = (p: string): string => path.relative(REPO, p).split(path.sep).join('/');
const ENGINE = path.join(REPO, 'server/src/engine');
const HOST = path.join(ENGINE, 'host');

describe('import boundaries (ARCHITECTURE.md)', () => {
  it('the import reader sees every kind of import (checked on a sample)', () => {
    const sample = path.join(REPO, 'server/src/engine/project/disk.ts');
    assert.ok(importsOf(sample).includes('node:fs'));
    assert.ok(importsOf(path.join(HOST, 'analysis-host.ts')).includes('../analyze'));
    assert.ok(closure([path.join(HOST, 'analysis-host.ts')]).has(path.join(ENGINE, 'rules/registry.ts')));
  });

  it('nothing in the engine imports vscode, vscode-languageserver or the like', () => {
    const bad = sources(ENGINE).flatMap((f) =>
      importsOf(f)
        .filter((s) => /^vscode/.test(s))
        .map((s) => `${rel(f)} -> ${s}`),
    );
    assert.deepEqual(bad, []);
  });

  it('the host and everything it reaches import no node: module (nor fs/path by their bare names)', () => {
    const reached = closure(sources(HOST));
    assert.ok(reached.size > 30, `the host reaches ${reached.size} modules`);
    const bad = [...reached].flatMap(([f, specs]) =>
      specs.filter((s) => /^node:|^(fs|path|os|child_process|worker_threads)$/.test(s)).map((s) => `${rel(f)} -> ${s}`),
    );
    assert.deepEqual(bad, []);
  });

  it('only project/disk.ts reads the disk in the engine', () => {
    const bad = sources(ENGINE)
      .filter((f) => rel(f) !== 'server/src/engine/project/disk.ts')
      .flatMap((f) =>
        importsOf(f)
          .filter((s) => /^(node:)?fs(\/promises)?$/.test(s))
          .map((s) => `${rel(f)} -> ${s}`),
      );
    assert.deepEqual(bad, []);
  });

  it('no rule reaches back into the YAML: nothing under rules/ imports parse/yaml-nodes (findPair, spanOf...) nor calls findPair', () => {
    const yamlNodes = path.join(ENGINE, 'parse/yaml-nodes.ts');
    // The reader resolves the module where it is imported (checked on a sample).
    assert.ok(importsOf(path.join(ENGINE, 'fix/edits.ts')).some((s) => resolveLocal(path.join(ENGINE, 'fix/edits.ts'), s) === yamlNodes));
    const rules = sources(path.join(ENGINE, 'rules'));
    assert.ok(rules.length > 40, `${rules.length} rule modules`);
    const imports = rules.flatMap((f) =>
      importsOf(f)
        .filter((s) => resolveLocal(f, s) === yamlNodes)
        .map((s) => `${rel(f)} -> ${s}`),
    );
    const calls = rules.filter((f) => /\bfindPair\b/.test(fs.readFileSync(f, 'utf8'))).map((f) => `${rel(f)} calls findPair`);
    assert.deepEqual([...imports, ...calls], []);
  });

  it("the model holds handles, not trees: its types name no yaml node, and only fix/ (and rename) read a handle's node", () => {
    const model = sources(path.join(ENGINE, 'model'));
    assert.ok(model.some((f) => f.endsWith('types.ts')));
    // Only the builder (which reads the tree) and the handles (which may hold a node) import yaml.
    const yamlImports = model.filter((f) => importsOf(f).includes('yaml')).map(rel);
    assert.deepEqual(yamlImports.sort(), ['server/src/engine/model/build.ts', 'server/src/engine/model/handles.ts']);
    const readers = sources(path.join(REPO, 'server/src'))
      .filter((f) => /\bnodeOf\(/.test(fs.readFileSync(f, 'utf8')))
      .map(rel)
      .filter((f) => !f.startsWith('server/src/engine/fix/') && f !== 'server/src/engine/model/handles.ts');
    assert.deepEqual(readers, ['server/src/lsp/features/navigation.ts']);
  });

  it('the editor views, the explorer and the plan map use no Node API (they run in a browser extension host too)', () => {
    const dirs = ['client/src/views', 'client/src/explorer', 'client/src/plan-map'].map((d) => path.join(REPO, d));
    const reached = closure(dirs.flatMap(sources));
    assert.ok(reached.size > 12, `the views reach ${reached.size} modules`);
    const bad = [...reached].flatMap(([f, specs]) =>
      specs.filter((s) => /^node:|^(fs|path|os|crypto|child_process)$/.test(s)).map((s) => `${rel(f)} -> ${s}`),
    );
    const buffers = [...reached.keys()].filter((f) => /\bBuffer\./.test(fs.readFileSync(f, 'utf8'))).map(rel);
    assert.deepEqual([...bad, ...buffers], []);
  });

  it('the client reaches no engine internals: it talks to the server through shared/', () => {
    const client = closure(sources(path.join(REPO, 'client/src')));
    const bad = [...client.keys()].filter((f) => f.startsWith(path.join(REPO, 'server') + path.sep)).map(rel);
    assert.deepEqual(bad, []);
  });
});
