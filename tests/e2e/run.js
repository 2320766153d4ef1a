#!/usr/bin/env node
// @ts-check
/**
 * `npm run test:e2e`: the extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3) on this
 * machine, offline. Needs `bash tests/e2e/install.sh` once (chromium, ripgrep cache, code-server into
 * .tools/code-server).
 *
 *   1. bundles the extension (esbuild, production: what the .vsix ships), compiles tests/vscode for
 *      the Node host and bundles tests/vscode/suite for the browser (suite/index-web.ts + the tests);
 *   2. opens a fresh copy of examples/questforge + examples/northwind-saas as a multi-root workspace
 *      with the extension under development (payload extensionDevelopmentPath) and runs the mocha
 *      suite inside the extension host (payload extensionTestsPath); the workbench reports the result
 *      through window.codeAutomationExit, bound here, and the suite leaves it in a file as well
 *      (whichever comes first ends the step);
 *   3. UI smoke: drives the workbench like a user (squiggles, hover, status item, plan map in dark,
 *      light and high-contrast themes) and saves screenshots to out/screenshots/ (MPLAN_SCREENSHOTS_DIR=docs/images
 *      refreshes the README's);
 *   4. the web worker extension host (VS Code for the Web): with `"remote.extensionKind":
 *      {"mplan-dev.mplan": ["web"]}` the same extension runs its browser entry, the server in a web
 *      Worker reading files through the client; the same mocha suite runs there on the questforge
 *      folder (tests marked nodeOnly are reported pending with their reason), and the suite's edit
 *      timings of both hosts are printed side by side.
 *
 * Env: MPLAN_E2E_TESTS=0 skips step 2, MPLAN_E2E_UI=0 skips step 3, MPLAN_E2E_WEB=0 skips step 4; MPLAN_TEST_GREP=<re> runs only matching tests (both hosts); TEST_TIMEOUT_MS
 * (default 180000) bounds step 2; SHOW_CONSOLE=1 prints the browser console; MPLAN_SKIP_BUILD=1.
 * Ends with `e2e: N passed, N failed`; exit code 0 only when everything passed.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');
const { REPO, toolsProblem, startCodeServer, launchBrowser, guardNetwork, makeWorkspace, writeSettings } = require('./lib');
const { uiSmoke } = require('./ui-smoke');

const STATE = path.join(REPO, '.tools', 'e2e-state');
const TEST_TIMEOUT_MS = Number(process.env.TEST_TIMEOUT_MS || 180000);
/** Written by tests/vscode/suite/index.ts when mocha is done (the extension host inherits the env). */
const RESULT_FILE = path.join(STATE, 'vscode-tests-result.json');
/** The suite bundled for the web worker extension host. */
const WEB_SUITE = path.join(REPO, 'out', 'vscode-tests', 'web', 'suite.js');
/** Screenshots of failed checks (kept across runs; each file is named by the run's start time). */
const FAILURE_SHOTS = path.join(REPO, 'out', 'e2e-failures');

/** @param {string} msg */
const log = (msg) => console.log(`[e2e] ${msg}`);

/**
 * @param {string} what
 * @param {string[]} args
 */
function node(what, args) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, args, { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status})`);
  log(`${what}: ${Date.now() - t0} ms`);
}

/**
 * Prints the mocha suite's lines as the extension host forwards them to the page console
 * (`console.log('%c INFO', 'color: ...', fmt, ...args)`), and collects mocha's counts, the
 * `[timings]`/`[status]` lines (prefixed with `label`) and the moment its last line
 * (`vscode-tests: N failure(s)`) was printed.
 * @param {import('playwright-core').Page} page
 * @param {string} label
 */
function suiteConsole(page, label) {
  /** @type {Record<string, number>} */
  const counts = {};
  /** @type {string[]} */
  const timings = [];
  /** @type {(v: void) => void} */
  let summaryPrinted = () => undefined;
  /** Resolves once the suite's last line (`vscode-tests: N failure(s)`) has been printed. */
  const lastLine = new Promise((resolve) => {
    summaryPrinted = resolve;
  });
  page.on('console', async (m) => {
    /** @type {unknown[]} */
    let args;
    try {
      args = await Promise.all(m.args().map((a) => a.jsonValue()));
    } catch {
      args = [m.text()];
    }
    const first = args[0];
    if (typeof first === 'string' && /^%c\s*(INFO|WARN|ERR|TRACE|DEBUG)/.test(first)) {
      const level = first.replace(/^%c\s*/, '');
      const line = util.format(...args.slice(2));
      const mm = /^\s*(\d+) (passing|failing|pending)\b/.exec(line);
      if (mm) counts[mm[2]] = Number(mm[1]);
      if (/^\[(timings|status)\]/.test(line.trim())) timings.push(`${label}${line.trim()}`);
      if (
        !/Ignoring fetching additional builtin extensions|Creating a socket|connection token|is (un)?responsive|\[Service Worker\]|ChatSessionStore|No search provider registered|additional builtin extensions cache|Long running operations during shutdown/.test(
          line,
        ) ||
        process.env.SHOW_CONSOLE
      ) {
        console.log(level === 'INFO' ? `${label}${line}` : `[${level}] ${label}${line}`);
      }
      if (/^vscode-tests: \d+ failure/.test(line)) summaryPrinted();
    } else if (process.env.SHOW_CONSOLE) {
      console.log(`[browser] ${m.text()}`);
    }
  });
  return { counts, timings, lastLine };
}

/**
 * Waits (at most 30 s) for the suite's last console line, so that a failure's details are printed.
 * @param {Promise<unknown>} lastLine
 */
async function drainConsole(lastLine) {
  /** @type {NodeJS.Timeout | undefined} */
  let drain;
  const printed = await Promise.race([
    lastLine.then(() => true),
    new Promise((r) => {
      drain = setTimeout(() => r(false), 30000);
    }),
  ]);
  clearTimeout(drain);
  if (!printed) log("the suite's last console line did not arrive");
}

/**
 * Runs the mocha suite inside the extension host of one workbench window.
 * @param {import('playwright-core').BrowserContext} context
 * @param {Awaited<ReturnType<typeof startCodeServer>>} cs
 * @param {string} workspaceFile
 */
async function extensionTests(context, cs, workspaceFile) {
  const done = new Promise((resolve) => {
    void context.exposeBinding('codeAutomationExit', (_src, /** @type {number} */ code) => resolve(code));
  });
  const page = await context.newPage();
  const { counts, timings, lastLine } = suiteConsole(page, '');
  page.on('pageerror', (e) => console.log('[pageerror]', e.message));
  const tests = path.join(REPO, 'out', 'vscode-tests', 'tests', 'vscode', 'suite', 'index.js');
  const payload = [
    ['extensionDevelopmentPath', cs.remote(REPO)],
    ['extensionTestsPath', cs.remote(tests)],
  ];
  const url = `${cs.url}/?workspace=${encodeURIComponent(workspaceFile)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const tGoto = Date.now();
  await page.goto(url);
  /** @type {NodeJS.Timeout | undefined} */
  let timeout;
  const timer = new Promise((r) => {
    timeout = setTimeout(() => r('timeout'), TEST_TIMEOUT_MS);
  });
  // The suite is done when the workbench reports its exit code or when mocha's result file is there
  // (written when mocha finishes, before the workbench shuts the window down; the shutdown sometimes
  // never reports back in the web workbench). Both say the same: exit 0 only without failures.
  const resultFile = whenFileExists(RESULT_FILE);
  const fromFile = resultFile.exists.then(() => ({ file: readResult()?.failures === 0 ? 0 : 1 }));
  const result = await Promise.race([done.then((c) => ({ exit: c })), timer, fromFile]);
  resultFile.close();
  clearTimeout(timeout);
  let code = 1;
  if (result === 'timeout') {
    log(`extension tests: TIMEOUT after ${TEST_TIMEOUT_MS} ms`);
  } else {
    const r = /** @type {{ exit?: unknown, file?: number }} */ (result);
    code = Number('exit' in r ? r.exit : r.file);
    log(`page load -> ${'exit' in r ? 'codeAutomationExit' : "the suite's result file"}: ${Date.now() - tGoto} ms`);
    // The suite's console lines may reach us after that: when mocha ran (it prints its last line as
    // it writes the result file), wait for that line, so that a failure's details are printed.
    if (readResult()) await drainConsole(lastLine);
  }
  if (code !== 0) {
    fs.mkdirSync(FAILURE_SHOTS, { recursive: true });
    const shot = path.join(FAILURE_SHOTS, `${new Date().toISOString().replace(/[:.]/g, '-')}-extension-tests.png`);
    const saved = await page.screenshot({ path: shot }).then(
      () => true,
      () => false,
    );
    log(saved ? `screenshot of the workbench after the failure: ${shot}` : 'no screenshot of the workbench (the page is gone)');
  }
  await page.close().catch(() => undefined);
  // mocha's own counts when it finished; else what its reporter printed.
  const r = readResult();
  const passed = r?.passes ?? counts.passing ?? 0;
  const failed = r?.failures ?? counts.failing ?? (code === 0 ? 0 : 1);
  return { code, passed, failed, pending: r?.pending ?? counts.pending ?? 0, timings };
}

/**
 * Runs the same mocha suite (tests/vscode/suite, bundled for the browser) in the web worker extension
 * host: the extension under development with the user setting that sends it there, on the questforge
 * folder (a folder, not a workspace file: a workspace file opened right after the previous window
 * closed was sometimes read with no folders); the suite writes its result beside the folder.
 * @param {import('playwright-core').BrowserContext} context
 * @param {Awaited<ReturnType<typeof startCodeServer>>} cs
 * @param {string} folder
 */
async function webTests(context, cs, folder) {
  const userData = path.join(STATE, 'user-data');
  writeSettings(userData, { 'remote.extensionKind': { 'mplan-dev.mplan': ['web'] } });
  const resultFile = path.join(path.dirname(folder), 'web-tests-result.json');
  const page = await context.newPage();
  const { timings, lastLine } = suiteConsole(page, '[web host] ');
  /** @type {string[]} */
  const errors = [];
  /** @type {string[]} */
  const consoleLines = [];
  page.on('console', (m) => {
    consoleLines.push(m.text());
    if (m.type() === 'error' && /mplan|server-web|client-web/i.test(m.text())) errors.push(m.text());
  });
  page.on('response', (res) => {
    if (res.status() >= 400) consoleLines.push(`HTTP ${res.status()} ${res.url()}`);
  });
  const payload = [
    ['extensionDevelopmentPath', cs.remote(REPO)],
    ['extensionTestsPath', cs.remote(WEB_SUITE)],
  ];
  const tGoto = Date.now();
  await page.goto(`${cs.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const watch = whenFileExists(resultFile);
  /** @type {NodeJS.Timeout | undefined} */
  let timeout;
  const finished = await Promise.race([
    watch.exists.then(() => true),
    new Promise((r) => {
      timeout = setTimeout(() => r(false), TEST_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timeout);
  watch.close();
  writeSettings(userData);
  /** @type {{ failures: number, passes: number, pending: number, pendingInWeb: { title: string, reason: string }[] } | undefined} */
  let r;
  if (finished) {
    r = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    await drainConsole(lastLine);
  } else log(`web worker host tests: TIMEOUT after ${TEST_TIMEOUT_MS} ms`);
  for (const p of r?.pendingInWeb ?? []) log(`web worker host: pending (runs in the Node host only): ${p.title}: ${p.reason}`);
  for (const e of errors) log(`browser console error: ${e}`);
  log(`web worker host: page load -> result ${Date.now() - tGoto} ms`);
  if (!r || r.failures) {
    log(`the page's address: ${page.url()}`);
    for (const l of consoleLines.filter((x) => !/^%c/.test(x)).slice(-40)) log(`browser console: ${l}`);
    fs.mkdirSync(FAILURE_SHOTS, { recursive: true });
    const shot = path.join(FAILURE_SHOTS, `${new Date().toISOString().replace(/[:.]/g, '-')}-web-tests.png`);
    if (
      await page.screenshot({ path: shot }).then(
        () => true,
        () => false,
      )
    )
      log(`screenshot of the workbench after the failure: ${shot}`);
  }
  await page.close().catch(() => undefined);
  return {
    passed: r?.passes ?? 0,
    failed: r ? r.failures : 1,
    pending: r?.pending ?? 0,
    timings,
  };
}

/**
 * Bundles the mocha suite for the web worker extension host: suite/index-web.ts (mocha's browser
 * build, set up first) and every suite/*.test.ts after it in name order, as the Node runner loads them.
 */
function bundleWebSuite() {
  const dir = path.join(REPO, 'tests', 'vscode', 'suite');
  const tests = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.test.ts'))
    .sort();
  require('esbuild').buildSync({
    stdin: {
      contents: [`export { run } from './index-web';`, ...tests.map((t) => `import './${t.replace(/\.ts$/, '')}';`)].join('\n'),
      resolveDir: dir,
      sourcefile: 'web-suite-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    // node:* is only loaded inside the tests marked nodeOnly (reported as pending in the web host).
    external: ['vscode', 'node:*'],
    define: { 'globalThis.MPLAN_TEST_GREP': JSON.stringify(process.env.MPLAN_TEST_GREP ?? '') },
    outfile: WEB_SUITE,
    logLevel: 'warning',
  });
}

/** @returns {{ failures: number, passes: number, pending: number } | undefined} */
function readResult() {
  try {
    return JSON.parse(fs.readFileSync(RESULT_FILE, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Resolves `exists` when the JSON file `file` is there and complete (it is there already, or its
 * folder reports it; it is watched until it parses).
 * @param {string} file
 */
function whenFileExists(file) {
  /** @type {fs.FSWatcher | undefined} */
  let watcher;
  const exists = new Promise((resolve) => {
    const check = () => {
      try {
        JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch {
        return;
      }
      watcher?.close();
      resolve(undefined);
    };
    watcher = fs.watch(path.dirname(file), (_event, name) => {
      if (name === path.basename(file)) check();
    });
    check();
  });
  return { exists, close: () => watcher?.close() };
}

(async () => {
  const t0 = Date.now();
  const problem = toolsProblem();
  if (problem) {
    console.error(`[e2e] ${problem}.\n[e2e] Install the tools once with:  bash tests/e2e/install.sh`);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(2);
  }
  if (!process.env.MPLAN_SKIP_BUILD) {
    node('bundle (esbuild --production)', ['esbuild.config.mjs', '--production']);
    node('compile tests/vscode', [require.resolve('typescript/bin/tsc', { paths: [REPO] }), '-p', 'tests/vscode/tsconfig.json']);
    const t1 = Date.now();
    bundleWebSuite();
    log(`bundle tests/vscode/suite for the browser: ${Date.now() - t1} ms`);
  }
  fs.rmSync(STATE, { recursive: true, force: true });
  fs.mkdirSync(STATE, { recursive: true });
  const wsParent = fs.mkdtempSync(path.join(os.tmpdir(), 'mplan-e2e-'));
  let passed = 0;
  let failed = 0;
  /** @type {Awaited<ReturnType<typeof startCodeServer>> | undefined} */
  let cs;
  /** @type {import('playwright-core').BrowserContext | undefined} */
  let context;
  /** @type {string[]} */
  let timings = [];
  try {
    cs = await startCodeServer({ stateDir: STATE, env: { MPLAN_TEST_RESULT: RESULT_FILE } });
    log(`code-server ${cs.url} up after ${cs.startMs} ms`);
    context = await launchBrowser(STATE);
    const blocked = await guardNetwork(context, cs.url);

    if (process.env.MPLAN_E2E_TESTS !== '0') {
      const ws = makeWorkspace(wsParent, 'tests');
      const r = await extensionTests(context, cs, ws.workspaceFile);
      passed += r.passed;
      failed += r.failed;
      timings = r.timings;
      log(`extension host tests: ${r.passed} passed, ${r.failed} failed${r.pending ? `, ${r.pending} pending` : ''} (exit ${r.code})`);
      if (r.code !== 0 && r.failed === 0) failed++;
      else if (r.passed === 0 && r.failed === 0) {
        log('extension host tests: no test ran');
        failed++;
      }
    }

    if (process.env.MPLAN_E2E_UI !== '0') {
      const uiWs = makeWorkspace(wsParent, 'ui');
      const shots = process.env.MPLAN_SCREENSHOTS_DIR
        ? path.resolve(process.env.MPLAN_SCREENSHOTS_DIR)
        : path.join(REPO, 'out', 'screenshots');
      const ui = await uiSmoke({ context, cs, folder: uiWs.questforge, shots, failureShots: FAILURE_SHOTS, log });
      passed += ui.passed;
      failed += ui.failed;
      log(`UI smoke: ${ui.passed} passed, ${ui.failed} failed`);
    }
    if (process.env.MPLAN_E2E_WEB !== '0') {
      const webWs = makeWorkspace(wsParent, 'web');
      const web = await webTests(context, cs, webWs.questforge);
      passed += web.passed;
      failed += web.failed;
      if (web.failed === 0 && web.passed === 0) {
        log('web worker host tests: no test ran');
        failed++;
      }
      timings.push(...web.timings);
      log(`web worker host tests: ${web.passed} passed, ${web.failed} failed${web.pending ? `, ${web.pending} pending` : ''}`);
    }
    const outside = [...new Set(blocked)];
    if (outside.length) log(`blocked ${outside.length} non-loopback request(s): ${outside.slice(0, 5).join(' ')}`);
    else log('no request left 127.0.0.1');
  } catch (e) {
    console.error('[e2e] error', e);
    failed++;
  } finally {
    if (context) await context.close().catch(() => undefined);
    if (cs) await cs.stop();
    fs.rmSync(wsParent, { recursive: true, force: true });
  }
  for (const t of timings) log(t);
  const edit = (/** @type {string} */ host) =>
    timings.map((t) => new RegExp(`\\[timings\\] ${host}: type one character .* median ([\\d.]+) ms`).exec(t)).find(Boolean)?.[1];
  const [nodeMs, webMs] = [edit('node'), edit('web')];
  if (nodeMs || webMs)
    log(
      `[timings] type one character -> diagnostics, median: Node host ${nodeMs ?? '-'} ms | web worker host ${webMs ?? '-'} ms` +
        (nodeMs && webMs ? ` (web/Node ${(Number(webMs) / Number(nodeMs)).toFixed(2)}x)` : ''),
    );
  log(`total ${Math.round((Date.now() - t0) / 1000)} s`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
