// @ts-check
/**
 * Helpers of the e2e runner: code-server 4.100.3 (= VS Code 1.100.3, real workbench and Node extension
 * host) on 127.0.0.1 only, driven by Debian's chromium through playwright-core. Every process it
 * starts runs in its own process group and is ended by group. HOME and the XDG folders point into the
 * run's state folder, the gallery and telemetry are off.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..', '..');
const TOOLS = process.env.MPLAN_TOOLS_DIR || path.join(REPO, '.tools', 'code-server');
const CODE_SERVER_VERSION = '4.100.3';
const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';

/** @returns {string | undefined} why the tools are not usable, if they are not */
function toolsProblem() {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(TOOLS, 'node_modules', 'code-server', 'package.json'), 'utf8'));
    if (pkg.version !== CODE_SERVER_VERSION) return `code-server ${pkg.version} in ${TOOLS}, expected ${CODE_SERVER_VERSION}`;
  } catch {
    return `code-server is not installed in ${TOOLS}`;
  }
  if (!fs.existsSync(CHROMIUM)) return `no chromium at ${CHROMIUM}`;
  return undefined;
}

/** playwright-core: the repo's devDependency, else the copy next to code-server. */
function playwright() {
  for (const base of [REPO, TOOLS]) {
    try {
      return /** @type {typeof import('playwright-core')} */ (require(require.resolve('playwright-core', { paths: [base] })));
    } catch {
      // try the next
    }
  }
  throw new Error('playwright-core is not installed');
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** @param {string} stateDir */
function hermeticEnv(stateDir) {
  const home = path.join(stateDir, 'home');
  /** @type {Record<string, string>} */
  const env = {
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
  };
  for (const d of Object.values(env)) fs.mkdirSync(d, { recursive: true });
  return env;
}

const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'npm.fetchOnlinePackageInfo': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'chat.commandCenter.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'git.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'editor.minimap.enabled': false,
  'window.commandCenter': false,
  'workbench.layoutControl.enabled': false,
};

/**
 * @param {string} userDataDir
 * @param {Record<string, unknown>} [extra]
 */
function writeSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...extra }, null, 2));
}

/**
 * Waits until `url` answers (code-server listens), or fails when `proc` exits first or after
 * `timeoutMs`. A refused connection is asked again 200 ms later.
 * @param {string} url
 * @param {import('node:child_process').ChildProcess} proc
 * @param {number} timeoutMs
 * @returns {Promise<number | undefined>}
 */
function waitHttp(url, proc, timeoutMs) {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    let gone = false;
    const onExit = (/** @type {number | null} */ code) => {
      gone = true;
      reject(new Error(`code-server exited (${code}) before it answered ${url}`));
    };
    proc.once('exit', onExit);
    const tick = () => {
      if (gone) return;
      const req = http.get(url, (res) => {
        res.resume();
        proc.off('exit', onExit);
        resolve(res.statusCode);
      });
      req.on('error', () => {
        if (Date.now() - t0 > timeoutMs) {
          proc.off('exit', onExit);
          reject(new Error(`code-server did not answer ${url} within ${timeoutMs} ms`));
        } else setTimeout(tick, 200);
      });
    };
    tick();
  });
}

/**
 * A display language for code-server without a download: VS Code shows a language only when a language
 * pack for it is installed, and the Marketplace is out of reach here. This writes a stand-in pack (an
 * extension contributing the locale with no translation of VS Code itself, so the workbench stays in
 * English) and the user data's `languagepacks.json` naming it; with `--locale <locale>`, VS Code then
 * runs in that locale (`vscode.env.language`), so extensions use their own translations
 * (package.nls.<locale>.json, l10n/bundle.l10n.<locale>.json). Call before startCodeServer.
 * @param {string} stateDir
 * @param {string} locale
 */
function installLanguageStub(stateDir, locale) {
  const id = `mplan-e2e.language-stub-${locale}`;
  const dir = path.join(stateDir, 'extensions', `${id}-1.0.0`);
  fs.mkdirSync(path.join(dir, 'translations'), { recursive: true });
  const manifest = {
    name: `language-stub-${locale}`,
    publisher: 'mplan-e2e',
    version: '1.0.0',
    engines: { vscode: '*' },
    contributes: {
      localizations: [
        {
          languageId: locale,
          languageName: locale,
          localizedLanguageName: locale,
          translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
        },
      ],
    },
  };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest));
  const translations = path.join(dir, 'translations', 'main.i18n.json');
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const userData = path.join(stateDir, 'user-data');
  fs.mkdirSync(userData, { recursive: true });
  const pack = {
    hash: `stub-${locale}`,
    label: locale,
    extensions: [{ extensionIdentifier: { id }, version: '1.0.0' }],
    translations: { vscode: translations },
  };
  fs.writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}

/**
 * Starts code-server on a free loopback port, in its own process group; `args` are added to its command line (`--locale fr`).
 * @param {{ stateDir: string, env?: Record<string, string>, args?: string[] }} opts
 */
async function startCodeServer({ stateDir, env = {}, args: extraArgs = [] }) {
  const port = await freePort();
  const userDataDir = path.join(stateDir, 'user-data');
  const extensionsDir = path.join(stateDir, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  writeSettings(userDataDir);
  const configFile = path.join(stateDir, 'config.yaml');
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const entry = path.join(TOOLS, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const args = [
    entry,
    '--config',
    configFile,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--ignore-last-opened',
    ...extraArgs,
  ];
  const t0 = Date.now();
  const log = fs.openSync(path.join(stateDir, 'code-server.log'), 'w');
  const proc = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      ...hermeticEnv(stateDir),
      EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '' }),
      VSCODE_TELEMETRY_DISABLED: '1',
      ...env,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitHttp(`${url}/healthz`, proc, 60000);
  const startMs = Date.now() - t0;
  const exited = new Promise((r) => proc.once('exit', r));
  /** @param {NodeJS.Signals} sig */
  const killGroup = (sig) => {
    try {
      if (proc.pid) process.kill(-proc.pid, sig);
    } catch {
      // already gone
    }
  };
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      killGroup('SIGTERM');
      const t = setTimeout(() => killGroup('SIGKILL'), 10000);
      await exited;
      clearTimeout(t);
    }
    killGroup('SIGKILL'); // stragglers of the group (file watcher, extension hosts, language servers)
  };
  return { proc, port, url, startMs, stop, userDataDir, remote: (/** @type {string} */ p) => `vscode-remote://127.0.0.1:${port}${p}` };
}

/** @param {string} stateDir */
async function launchBrowser(stateDir) {
  const profile = path.join(stateDir, 'chromium-profile');
  fs.rmSync(profile, { recursive: true, force: true });
  fs.mkdirSync(profile, { recursive: true });
  return playwright().chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 860 },
    env: { ...process.env, ...hermeticEnv(stateDir) },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Aborts every request that does not go to code-server, and lists them.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 */
async function guardNetwork(context, url) {
  /** @type {string[]} */
  const blocked = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(url) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    blocked.push(u);
    return route.abort();
  });
  return blocked;
}

/**
 * A fresh copy of the examples: questforge and northwind-saas, plus a multi-root workspace file.
 * @param {string} parent
 * @param {string} name
 */
function makeWorkspace(parent, name) {
  const dir = path.join(parent, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const ex of ['questforge', 'northwind-saas']) fs.cpSync(path.join(REPO, 'examples', ex), path.join(dir, ex), { recursive: true });
  const workspaceFile = path.join(dir, 'mplan-examples.code-workspace');
  fs.writeFileSync(workspaceFile, JSON.stringify({ folders: [{ path: 'questforge' }, { path: 'northwind-saas' }], settings: {} }, null, 2));
  return { dir, workspaceFile, questforge: path.join(dir, 'questforge') };
}

module.exports = {
  REPO,
  TOOLS,
  toolsProblem,
  startCodeServer,
  installLanguageStub,
  launchBrowser,
  guardNetwork,
  makeWorkspace,
  writeSettings,
  BASE_SETTINGS,
};
