// Bundles the VS Code extension: the client (dist/client.js), the browser scripts of the plan map
// (dist/plan-map.js) and of the timeline and budget (dist/views.js) and the language server (dist/server.js, entry server/src/lsp/server.ts main()).
//   node esbuild.config.mjs               development build (source maps, not minified)
//   node esbuild.config.mjs --production  minified, no source maps (what `npm run package` ships)
//   node esbuild.config.mjs --watch       rebuild on change
//   node esbuild.config.mjs --metafile    also write dist/*.meta.json (bundle size analysis)
import * as esbuild from 'esbuild';
import { rmSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const meta = process.argv.includes('--metafile');

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

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: { client: 'client/src/extension.ts' },
    outdir: 'dist',
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
      contents: "import { main } from './server/src/lsp/server';\nmain();\n",
      resolveDir: process.cwd(),
      sourcefile: 'server-entry.ts',
      loader: 'ts',
    },
    outfile: 'dist/server.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    mainFields: ['main', 'module'],
  },
  {
    ...common,
    entryPoints: { 'plan-map': 'client/src/plan-map/webview/main.ts', views: 'client/src/views/webview/main.ts' },
    outdir: 'dist',
    platform: 'browser',
    format: 'iife',
    target: 'chrome114',
  },
];

if (!watch) rmSync('dist', { recursive: true, force: true });
const t0 = Date.now();
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('[esbuild] watching');
} else {
  const results = await Promise.all(builds.map((b) => esbuild.build(b)));
  if (meta) {
    const { writeFileSync } = await import('node:fs');
    results.forEach((r, i) => r.metafile && writeFileSync(`dist/meta-${i}.json`, JSON.stringify(r.metafile)));
  }
  console.log(`[esbuild] ${production ? 'production' : 'development'} bundles in dist/ (${Date.now() - t0} ms)`);
}
