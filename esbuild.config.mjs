// Bundles the VS Code extension into dist/, for desktop and for the browser (one .vsix holds both):
//   client.js      the client on Node ("main"), entry client/src/extension.ts
//   server.js      the language server on Node (IPC), entry server/src/lsp/main-node.ts main()
//   client-web.js  the client in a web worker extension host ("browser"), entry client/src/extension-web.ts
//   server-web.js  the language server in a web Worker, entry server/src/lsp/main-browser.ts mainInWorker()
//   plan-map.js    the plan map's webview script
//   views.js       the timeline and budget webviews' script
//   l10n-server/<locale>.json  the French and Italian message catalogues, which the two servers are built
//                  without (catalogues-given.ts replaces catalogues.ts): the client reads its display
//                  language's one and hands it to the server in `initializationOptions`
//   node esbuild.config.mjs               development build (source maps, not minified)
//   node esbuild.config.mjs --production  minified, no source maps (what `npm run package` ships)
//   node esbuild.config.mjs --watch       rebuild on change
//   node esbuild.config.mjs --metafile    also write dist/meta-<bundle>.json (inputs, imports, sizes)
//   node esbuild.config.mjs --outdir=DIR  build into DIR instead of dist/ (tests/lsp/web-bundle.test.ts)
//   node esbuild.config.mjs --cli         only the command line, into out/bin/ (part of `npm run build`, after tsc):
//                                         mplan.js (what bin/mplan.js runs) and parse-worker.js (its worker threads,
//                                         found beside it); bundled from tsc's output, so each package's CommonJS
//                                         build is the one taken, as when out/ is run unbundled
import * as esbuild from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const meta = process.argv.includes('--metafile');
const outdir = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  legalComments: production ? 'none' : 'inline',
  logLevel: 'warning',
  metafile: meta,
};

/** The servers of the extension are built without translations (see l10n-server/ above). */
const givenCatalogues = {
  name: 'given-catalogues',
  setup(build) {
    const messages = path.resolve('server/src/engine/messages');
    build.onResolve({ filter: /\/catalogues$/ }, (args) =>
      path.resolve(args.resolveDir, args.path) === path.join(messages, 'catalogues')
        ? { path: path.join(messages, 'catalogues-given.ts') }
        : undefined,
    );
  },
};

/** Writes each translated catalogue as JSON into <outdir>/l10n-server/. */
async function writeCatalogues() {
  const built = await esbuild.build({
    entryPoints: ['server/src/engine/messages/catalogues.ts'],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'neutral',
    logLevel: 'warning',
  });
  const mod = { exports: {} };
  new Function('module', 'exports', built.outputFiles[0].text)(mod, mod.exports);
  mkdirSync(path.join(outdir, 'l10n-server'), { recursive: true });
  for (const locale of ['fr', 'it']) {
    writeFileSync(path.join(outdir, 'l10n-server', `${locale}.json`), JSON.stringify(mod.exports.catalogueOf(locale)));
  }
}

if (process.argv.includes('--cli')) {
  // One file loads in about half the time of the ~370 modules it holds (measured: 75 vs 135 ms), which is most
  // of what `mplan check` takes on a small plan. Whitespace and syntax are minified, names kept (readable stack traces).
  await esbuild.build({
    entryPoints: { mplan: 'out/server/src/cli/main.js', 'parse-worker': 'out/server/src/engine/project/parse-worker.js' },
    outdir: 'out/bin',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'inline',
    logLevel: 'warning',
  });
  process.exit(0);
}

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: { client: 'client/src/extension.ts' },
    outdir,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    // vscode-languageclient picks its ESM/CJS build by "main"; prefer it over "module".
    mainFields: ['main', 'module'],
  },
  {
    ...common,
    stdin: {
      contents: "import { main } from './server/src/lsp/main-node';\nmain();\n",
      resolveDir: process.cwd(),
      sourcefile: 'server-entry.ts',
      loader: 'ts',
    },
    outfile: path.join(outdir, 'server.js'),
    plugins: [givenCatalogues],
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    mainFields: ['main', 'module'],
    // yaml's ES module build (the one the browser bundle takes) lets esbuild leave out what the engine never calls (stringifying).
    alias: { yaml: './node_modules/yaml/browser/index.js' },
  },
  {
    ...common,
    entryPoints: { 'client-web': 'client/src/extension-web.ts' },
    outdir,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
  },
  {
    ...common,
    stdin: {
      contents: "import { mainInWorker } from './server/src/lsp/main-browser';\nmainInWorker(self);\n",
      resolveDir: process.cwd(),
      sourcefile: 'server-web-entry.ts',
      loader: 'ts',
    },
    outfile: path.join(outdir, 'server-web.js'),
    plugins: [givenCatalogues],
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
  {
    ...common,
    entryPoints: { 'plan-map': 'client/src/plan-map/webview/main.ts', views: 'client/src/views/webview/main.ts' },
    outdir,
    platform: 'browser',
    format: 'iife',
    target: 'chrome114',
  },
];

if (!watch) rmSync(outdir, { recursive: true, force: true });
const t0 = Date.now();
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  await writeCatalogues();
  console.log('[esbuild] watching');
} else {
  const results = await Promise.all(builds.map((b) => esbuild.build(b)));
  await writeCatalogues();
  if (meta) {
    const names = ['client', 'server', 'client-web', 'server-web', 'plan-map'];
    results.forEach((r, i) => r.metafile && writeFileSync(path.join(outdir, `meta-${names[i]}.json`), JSON.stringify(r.metafile)));
  }
  console.log(`[esbuild] ${production ? 'production' : 'development'} bundles in ${outdir}/ (${Date.now() - t0} ms)`);
}
