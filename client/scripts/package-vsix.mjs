// `npm run package`: packs the extension into mplan-<version>.vsix with @vscode/vsce.
// The root package.json is both the extension manifest and the CLI's npm package, whose "files" list
// vsce refuses to combine with a .vscodeignore. So the shipped files are staged in a temporary folder
// (never inside the repository: a second manifest there is found by VS Code as a second copy of the extension)
// with a manifest copy that lacks the npm-only fields, and vsce packs the stage (--no-dependencies:
// everything is bundled into dist/ by esbuild.config.mjs, which must have run with --production).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const stage = mkdtempSync(join(tmpdir(), 'mplan-vsix-stage-'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const required = [
  'dist/client.js',
  'dist/server.js',
  'dist/client-web.js',
  'dist/server-web.js',
  'dist/plan-map.js',
  'dist/views.js',
  'dist/l10n-server',
  'schemas/mplan.schema.json',
  'schemas/mplan-config.schema.json',
  'client/language-configuration.json',
  'client/syntaxes',
  'client/images/icon.png',
  'client/images/plan-explorer.svg',
  'client/walkthrough',
  'CHANGELOG.md',
  'LICENSE',
  'client/README-marketplace.md',
  // The manifest's texts (English, French, Italian) and the client's translations (vscode.l10n).
  'package.nls.json',
  'package.nls.fr.json',
  'package.nls.it.json',
  'l10n',
];
// docs/rules is not shipped (the .vsix stays under 600 KB): Explain Rule previews the registry's
// explanation with a link to the page online.
const optional = [];
for (const f of required) if (!existsSync(join(root, f))) throw new Error(`package: ${f} is missing (run the production bundle first)`);
if (existsSync(join(root, 'dist', 'client.js.map')))
  throw new Error('package: dist/ holds a development build; run `node esbuild.config.mjs --production`');

for (const f of [...required, ...optional.filter((f) => existsSync(join(root, f))), '.vscodeignore']) {
  cpSync(join(root, f), join(stage, f), { recursive: true });
}
// JSON ships without its indentation (the same data, a smaller .vsix): translations, manifest texts, schemas, grammars.
const jsonFiles = [
  ...['package.nls.json', 'package.nls.fr.json', 'package.nls.it.json', 'schemas/mplan.schema.json', 'schemas/mplan-config.schema.json'],
  ...['l10n', 'client/syntaxes'].flatMap((d) =>
    readdirSync(join(stage, d))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${d}/${f}`),
  ),
];
for (const f of jsonFiles) writeFileSync(join(stage, f), JSON.stringify(JSON.parse(readFileSync(join(stage, f), 'utf8'))));
// The Marketplace page is the marketers' README; the developer README stays in the repository.
cpSync(join(root, 'client', 'README-marketplace.md'), join(stage, 'README.md'));

const manifest = { ...pkg };
for (const k of ['files', 'scripts', 'devDependencies', 'bin']) delete manifest[k];
writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest));

// `--out FILE` writes the package elsewhere (the size test packs into a temporary folder).
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 && process.argv[outArg + 1] ? resolve(process.argv[outArg + 1]) : join(root, `${pkg.name}-${pkg.version}.vsix`);
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
try {
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: stage, stdio: 'inherit' });
} finally {
  rmSync(stage, { recursive: true, force: true });
}
const size = statSync(out).size;
console.log(
  `package: ${relative(root, out)} ${(size / 1024).toFixed(1)} KiB (${size} bytes)${size > 600 * 1024 ? ' - OVER the 600 KiB goal' : ''}`,
);
