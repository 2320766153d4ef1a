/**
 * The mplan language server: LSP wiring only. Every feature lives in
 * `features/`, every analysis in the engine. No Node API: `main-node.ts`
 * starts it over stdio or IPC with the disk as its file system (`mplan-language-server
 * --stdio`, or `--node-ipc` from the VS Code client), `main-browser.ts` in a web
 * Worker with the client's file system (`client-file-system.ts`).
 */
import { DEFAULT_LOCALE, resolveLocale, type Locale } from '../engine/messages/locale';
import { provideCatalogue } from '../engine/messages/catalogues';
import type { Catalogue } from '../engine/messages/catalogue';
import {
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { HostFileSystem } from '../engine/host/file-system';
import { dirname, isAtOrUnder, isUnder, join } from '../engine/host/paths';
import { FolderWalker, gitBoundary, readIntoHost, scopeRootAround } from '../engine/host/discovery';
import { CONFIG_FILE, isPlanFile } from '../engine/scope/scopes';
import { isConfigKey, isHandledKey } from './handled';
import { configCompletions, configHover } from './features/config-assist';
import { SourceText } from '../engine/text/source-file';
import { SERVER_VERSION } from './cli-args';
import { executeLensCommand } from './features/lens-command';
import {
  PLAN_GRAPH,
  SCOPE_STATUS,
  RULE_CATALOGUE,
  SCOPE_VIEWS,
  SHOW_USES_COMMAND,
  VALIDATE_WORKSPACE,
  VIEWS_CHANGED,
  type ParamsOf,
  type ResultOf,
  type ViewsChangedParams,
  TEST_CRASH,
  type TestCrashParams,
} from '../../../shared/protocol';
import type { Finding } from '../engine/findings';
import { diagnosticsPrint, isFileKey, keyOfUri, toDiagnostic, uriOfPath } from './convert';
import { AnalysisHost } from '../engine/host/analysis-host';
import { countFindings } from '../engine/host/counts';
import { hoverAt } from './features/hover';
import { codeActions, FIX_ALL_KIND } from './features/code-actions';
import { completions } from './features/completion';
import { definition, prepareRename, references, rename } from './features/navigation';
import { documentSymbols, workspaceSymbols } from './features/symbols';
import { codeLenses } from './features/code-lens';
import { planGraph } from './features/plan-graph';
import { ruleCatalogue } from './features/rule-catalogue';
import { wireScopeViews } from './features/scope-views';

interface Settings {
  validate: boolean;
  run: 'onType' | 'onSave';
}

const DEBOUNCE_MS = 5;

/** A catalogue as a client hands it over (`dist/l10n-server/<locale>.json`): every part a plain object. */
function isCatalogue(v: unknown): v is Catalogue {
  const isRecord = (x: unknown): boolean => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (!isRecord(v)) return false;
  const c = v as Record<string, unknown>;
  return typeof c.listAnd === 'string' && ['phrases', 'rules', 'summaries', 'editor', 'keyDocs'].every((k) => isRecord(c[k]));
}

/** What a host entry adds to the server. */
export interface ServerHostOptions {
  /**
   * Makes the server die as asked by `mplan/test/crash` (shared/protocol.ts), which is heard only when
   * the client asked for test hooks in `initialize`; a host without it never listens for it.
   */
  crashForTests?: (how: TestCrashParams['how']) => void;
}

/** Serve LSP on `connection`, reading files that are not open through `fs` (the disk, or the client's file system). */
export function startServer(connection: Connection, fs: HostFileSystem, hostOptions: ServerHostOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const host = new AnalysisHost();
  /** Open documents the server handles, with their versions. */
  const open = new Map<string, number | undefined>();
  /** The workspace folders. */
  let folders: string[] = [];
  /** Scope roots loaded from outside the workspace folders (a file opened from anywhere), with the folder holding `.git` above each. */
  const outerRoots = new Map<string, string>();
  /** Config lookup stops at the workspace folder (or the `.git` folder above an outer scope) holding the scope. */
  const syncBoundaries = (): void => host.setBoundaries([...folders, ...outerRoots.values()]);
  const uris = new Map<string, string>();
  const published = new Map<string, string>();
  /** The print (`diagnosticsPrint`) of the findings last published for a file: unchanged, nothing is converted again. */
  const publishedPrints = new Map<string, string>();
  let settings: Settings = { validate: true, run: 'onType' };
  let canConfigure = false;
  let canWatch = false;
  let canFolders = false;
  let ready = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  let snippets = false;
  /** URIs of open documents the server handles (plan and config files). */
  const handled = new Set<string>();

  const uriOf = (key: string): string => uris.get(key) ?? uriOfPath(key);
  /** Only the current text of a file that parses: no edit or place is ever computed into a broken file. */
  const sourceOf = (key: string): SourceText | undefined => host.liveSourceOf(key);
  const isLive = (key: string): boolean => !host.isBroken(key);
  const log = (msg: string): void => connection.console.log(msg);

  /** Set once the client said `initialized`; resolved when the first indexing is done. */
  let indexing: Promise<void> | undefined;

  /**
   * Run a feature once the first indexing is done (a request sent right after
   * `initialized` is answered on the whole workspace, not on a part of it); an
   * exception is logged and answered with an empty result.
   */
  async function guard<T>(name: string, empty: T, fn: () => T | Promise<T>): Promise<T> {
    if (indexing) await indexing;
    await diskWork;
    try {
      return await fn();
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      connection.console.error(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return empty;
    }
  }

  /** Analyses done (for requests) whose diagnostics wait for a save (`marketingPlan.run: onSave`). */
  const held = new Map<string, Finding[]>();
  const heldRemoved = new Set<string>();
  let saveRequested = false;
  /** The client's display language (`initialize` `locale`): the language of diagnostics. */
  let locale: Locale = DEFAULT_LOCALE;

  function publish(): void {
    timer = undefined;
    if (!ready) return;
    analyze();
    if (settings.run === 'onSave' && !saveRequested) return;
    saveRequested = false;
    for (const key of heldRemoved) {
      publishedPrints.delete(key);
      if (published.has(key)) {
        published.delete(key);
        void connection.sendDiagnostics({ uri: uriOf(key), diagnostics: [] });
      }
    }
    const touched = [...held.keys()];
    heldRemoved.clear();
    for (const [key, findings] of held) {
      const force = pendingVersions.has(key);
      pendingVersions.delete(key);
      const print = settings.validate ? diagnosticsPrint(findings, uriOf, isLive, locale) : '';
      if (!force && publishedPrints.get(key) === print) continue;
      const diagnostics = settings.validate ? findings.map((f) => toDiagnostic(f, uriOf, isLive, locale)) : [];
      const text = JSON.stringify(diagnostics);
      publishedPrints.set(key, print);
      if (!force && published.get(key) === text) continue;
      if (!force && !published.has(key) && !diagnostics.length) continue;
      published.set(key, text);
      void connection.sendDiagnostics({ uri: uriOf(key), version: open.get(key), diagnostics });
    }
    held.clear();
    notifyViews(touched);
  }

  /** Views of the scopes holding these files are stale: say so (`mplan/viewsChanged`), once per scope. */
  function notifyViews(keys: string[]): void {
    if (!keys.length) return;
    const roots = new Set<string>();
    // A removed file's scope is re-analysed too, so its remaining files name the scope.
    for (const key of keys) {
      const root = host.analysisOf(key)?.scope.root;
      if (root !== undefined) roots.add(uriOf(root));
    }
    if (roots.size) void connection.sendNotification(VIEWS_CHANGED, { roots: [...roots].sort() } satisfies ViewsChangedParams);
  }

  /** The analysis of the scope holding a file, or of the scope whose root folder the URI names. */
  function analysisAt(uri: string) {
    const key = keyOfUri(uri);
    const held = host.analysisOf(key);
    if (held) return held;
    const scope = host.allScopes().find((s) => s.root === key);
    return scope && host.analysisOfScope(scope);
  }

  /** Bring the analyses up to date; their diagnostics are held until published. */
  function analyze(): void {
    const { findings: changed, removed } = host.takeChanges();
    for (const e of host.takeInternalErrors()) connection.console.error(e);
    for (const key of removed) {
      heldRemoved.add(key);
      held.delete(key);
    }
    for (const [key, findings] of changed) held.set(key, findings);
    // A file whose text did not change but whose diagnostics must be sent again (opened, settings changed).
    for (const key of pendingVersions)
      if (!held.has(key) && !heldRemoved.has(key)) {
        const current = host.currentFindingsOf(key);
        if (current) held.set(key, current);
      }
  }

  const pendingVersions = new Set<string>();

  /** Bring the analysis up to date now (before answering a request). */
  function fresh(): void {
    if ((!host.hasPendingWork && !pendingVersions.size) || !ready) return;
    if (settings.run === 'onSave') analyze();
    else {
      if (timer) clearTimeout(timer);
      publish();
    }
  }

  function schedule(): void {
    if (!timer) timer = setTimeout(() => void diskWork.then(publish), DEBOUNCE_MS);
  }

  /**
   * Disk work (reads, folder walks) runs in order on this chain; requests and
   * publishing wait for it, so they never see a half-read folder.
   */
  let diskWork: Promise<void> = Promise.resolve();
  const onDisk = (work: () => Promise<void>): Promise<void> => {
    diskWork = diskWork
      .then(work)
      .catch((e: unknown) => connection.console.error(`reading files failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
    return diskWork;
  };

  /**
   * Read a plan or config file from disk into the host (unless open). Only
   * regular files are read; one that is gone or is not a regular file (FIFO,
   * socket, device) is dropped; one that cannot be read as text is MP001.
   * Unchanged on disk, nothing is re-analysed (a re-read on save must not dirty every scope).
   */
  async function readFromDisk(key: string): Promise<void> {
    if (open.has(key)) return;
    const note = await readIntoHost(host, fs, key);
    if (note) log(note);
  }

  /** Index every plan and config file under `folder`; files no longer there are dropped. */
  async function loadFolder(folder: string, reporter: WorkDoneProgressReporter | undefined): Promise<void> {
    const { plans, configs } = await new FolderWalker(fs).walk(folder);
    const found = new Set([...plans, ...configs]);
    for (const key of [...host.keys()]) if (isUnder(key, folder) && !found.has(key) && !open.has(key)) host.remove(key);
    for (const c of host.configFiles()) if (isUnder(c.path, folder) && !found.has(c.path)) host.setConfig(c.path, undefined);
    const total = plans.length;
    for (const [i, f] of plans.entries()) {
      await readFromDisk(f);
      if (reporter && total > 20 && i % 20 === 0) reporter.report(Math.round((i / total) * 100), `${i}/${total} plan files`);
    }
    for (const c of configs) await readFromDisk(c);
  }

  const within = (dir: string, folder: string): boolean => isAtOrUnder(dir, folder);

  /** Every folder the server indexes: the workspace folders and the scopes of files opened from elsewhere. */
  const indexedRoots = (): string[] => [...folders, ...outerRoots.keys()];

  /**
   * A plan file opened from anywhere (no workspace folder, or one below its
   * scope's root) is analysed with its whole scope: walk up as the CLI does,
   * never above the folder holding `.git`, and index that scope and the
   * configs above it.
   */
  async function loadScopeOf(key: string): Promise<void> {
    if (!isFileKey(key) || !isPlanFile(key)) return;
    const boundary = await gitBoundary(fs, dirname(key));
    const root = await scopeRootAround(fs, key, boundary, (f) => host.fileOf(f));
    if (!root || indexedRoots().some((f) => within(root, f))) return;
    for (const r of [...outerRoots.keys()]) if (within(r, root)) outerRoots.delete(r);
    outerRoots.set(root, boundary);
    syncBoundaries();
    await loadFolder(root, undefined);
    for (let dir = root; dir !== boundary;) {
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
      const config = join(dir, CONFIG_FILE);
      if (host.configFileOf(config)) break;
      await readFromDisk(config);
      if (host.configFileOf(config)) break;
    }
  }

  /** Re-read every indexed folder (on `mplan/validateWorkspace`, and on save where the client watches no files). */
  async function rescan(): Promise<void> {
    for (const f of indexedRoots()) await loadFolder(f, undefined);
  }

  async function pullSettings(): Promise<void> {
    if (!canConfigure) return;
    try {
      const s = (await connection.workspace.getConfiguration({ section: 'marketingPlan' })) as Partial<Settings> | null;
      settings = { validate: s?.validate !== false, run: s?.run === 'onSave' ? 'onSave' : 'onType' };
    } catch {
      // Keep the defaults.
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folderUris = (params.workspaceFolders ?? []).flatMap((f) => (typeof f?.uri === 'string' ? [keyOfUri(f.uri)] : []));
    const given = params.workspaceFolders
      ? folderUris
      : params.rootUri
        ? [keyOfUri(params.rootUri)]
        : params.rootPath
          ? [params.rootPath]
          : [];
    folders = given.filter(isFileKey);
    syncBoundaries();
    canConfigure = !!params.capabilities?.workspace?.configuration;
    canWatch = !!params.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canFolders = !!params.capabilities?.workspace?.workspaceFolders;
    snippets = !!params.capabilities?.textDocument?.completion?.completionItem?.snippetSupport;
    locale = resolveLocale(params.locale);
    const opts = params.initializationOptions as { today?: string; catalogue?: unknown; testHooks?: unknown } | undefined;
    if (opts?.today) host.today = opts.today;
    // The extension's bundled server has no translation built in: the client hands over its language's catalogue.
    if (locale !== 'en' && isCatalogue(opts?.catalogue)) provideCatalogue(locale, opts.catalogue);
    const crash = hostOptions.crashForTests;
    if (opts?.testHooks === true && crash) {
      connection.console.log('test hooks on: mplan/test/crash is heard');
      connection.onNotification(TEST_CRASH, (p: TestCrashParams) => crash(p.how));
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite', FIX_ALL_KIND], resolveProvider: false },
        completionProvider: { triggerCharacters: [' ', '[', ',', '-', ':'], resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [SHOW_USES_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'mplan-language-server', version: SERVER_VERSION },
    };
  });

  const watchFolders = (): void => {
    connection.workspace.onDidChangeWorkspaceFolders((ev) => {
      // A partial event (no `added`/`removed`, entries without `uri`) is taken for what it holds.
      const keys = (list: unknown): string[] =>
        (Array.isArray(list) ? list : []).flatMap((f: { uri?: unknown } | null) => (typeof f?.uri === 'string' ? [keyOfUri(f.uri)] : []));
      for (const k of keys(ev?.added)) {
        if (!isFileKey(k) || folders.includes(k)) continue;
        folders.push(k);
        syncBoundaries();
        void onDisk(() => loadFolder(k, undefined));
      }
      for (const k of keys(ev?.removed)) {
        folders = folders.filter((f) => f !== k);
        syncBoundaries();
        if (indexedRoots().some((f) => within(k, f))) continue;
        for (const key of [...host.keys()]) if (isUnder(key, k) && !open.has(key)) host.remove(key);
      }
      schedule();
    });
  };

  connection.onInitialized(() => {
    indexing ??= initialIndexing()
      .catch((e: unknown) => connection.console.error(`indexing failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`))
      .finally(() => {
        ready = true;
        host.invalidateAll();
        publish();
      });
  });

  async function initialIndexing(): Promise<void> {
    if (canFolders) watchFolders();
    if (canWatch) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.mplan.{yaml,yml}' }, { globPattern: `**/${CONFIG_FILE}` }],
      });
    }
    await pullSettings();
    let reporter: WorkDoneProgressReporter | undefined;
    try {
      reporter = await connection.window.createWorkDoneProgress();
      reporter.begin('mplan: indexing plans', 0, undefined, false);
    } catch {
      reporter = undefined;
    }
    for (const f of folders) await loadFolder(f, reporter);
    for (const key of [...open.keys()]) await loadScopeOf(key);
    reporter?.done();
  }

  async function settingsChanged(): Promise<void> {
    const before = JSON.stringify(settings);
    await pullSettings();
    // Editors send this for any change in the section (and sometimes twice): act only on a real change.
    if (JSON.stringify(settings) === before) return;
    saveRequested = true;
    host.invalidateAll();
    for (const k of host.keys()) pendingVersions.add(k);
    schedule();
  }
  connection.onDidChangeConfiguration(() => {
    void settingsChanged();
  });

  documents.onDidOpen((e) => {
    const key = keyOfUri(e.document.uri);
    if (!isHandledKey(key, e.document.languageId)) return;
    handled.add(e.document.uri);
    uris.set(key, e.document.uri);
    if (isConfigKey(key)) {
      host.setConfig(key, e.document.getText());
    } else {
      open.set(key, e.document.version);
      host.setText(key, e.document.getText());
      if (ready) void onDisk(() => loadScopeOf(key));
    }
    pendingVersions.add(key);
    schedule();
  });

  documents.onDidChangeContent((e) => {
    if (!handled.has(e.document.uri)) return;
    const key = keyOfUri(e.document.uri);
    if (isConfigKey(key)) host.setConfig(key, e.document.getText());
    else {
      open.set(key, e.document.version);
      host.setText(key, e.document.getText());
    }
    pendingVersions.add(key);
    if (settings.run === 'onType') schedule();
  });

  documents.onDidSave((e) => {
    if (!handled.has(e.document.uri)) return;
    if (!canWatch) {
      // The client watches no files for the server: saving is when files changed elsewhere are seen.
      void onDisk(rescan).then(schedule);
    }
    if (settings.run === 'onSave') {
      pendingVersions.add(keyOfUri(e.document.uri));
      saveRequested = true;
      schedule();
    }
  });

  documents.onDidClose((e) => {
    if (!handled.delete(e.document.uri)) return;
    const key = keyOfUri(e.document.uri);
    open.delete(key);
    // A file outside every indexed folder was known only while open: closed, it is dropped (its diagnostics too).
    if (!isFileKey(key) || !indexedRoots().some((f) => within(dirname(key), f))) {
      if (isConfigKey(key)) host.setConfig(key, undefined);
      else host.remove(key);
    } else void onDisk(() => readFromDisk(key));
    schedule();
  });

  connection.onDidChangeWatchedFiles((ev) => {
    for (const change of Array.isArray(ev?.changes) ? ev.changes : []) {
      if (typeof change?.uri !== 'string') continue;
      const key = keyOfUri(change.uri);
      if (!isFileKey(key)) continue;
      if (!isHandledKey(key) || open.has(key)) continue;
      if (change.type === FileChangeType.Deleted) {
        if (isConfigKey(key)) host.setConfig(key, undefined);
        else host.remove(key);
      } else void onDisk(() => readFromDisk(key));
    }
    schedule();
  });

  const docAt = (uri: string): { key: string; offset: (p: { line: number; character: number }) => number } | undefined => {
    const key = keyOfUri(uri);
    const d = host.fileOf(key);
    if (!d) return undefined;
    return { key, offset: (p) => d.source.offsetAt(p) };
  };

  /** An open `mplan.config.yaml`: its current text, for completion and hover. */
  const configAt = (uri: string): SourceText | undefined => {
    const open = documents.get(uri);
    return open && isConfigKey(keyOfUri(uri)) ? new SourceText(open.getText()) : undefined;
  };

  connection.onHover((p) =>
    guard('hover', null, () => {
      const config = configAt(p.textDocument.uri);
      if (config) return configHover(config, config.offsetAt(p.position));
      fresh();
      const d = docAt(p.textDocument.uri);
      const doc = d && host.fileOf(d.key);
      const model = d && host.modelOf(d.key);
      if (!d || !doc || !model) return null;
      return hoverAt(doc, model, host.analysisOf(d.key), d.offset(p.position), host.findingsOf(d.key), locale);
    }),
  );

  connection.onCodeAction((p) =>
    guard('codeAction', [], () => {
      fresh();
      const d = docAt(p.textDocument.uri);
      const doc = d && host.fileOf(d.key);
      if (!d || !doc) return [];
      return codeActions(
        { key: d.key, file: doc, source: doc.source, findings: host.findingsOf(d.key), sourceOf, uriOf, isLive, locale },
        p.range,
        p.context?.only,
      );
    }),
  );

  connection.onCompletion((p) =>
    guard('completion', [], () => {
      const config = configAt(p.textDocument.uri);
      if (config) return configCompletions(config, config.offsetAt(p.position));
      fresh();
      const d = docAt(p.textDocument.uri);
      const doc = d && host.fileOf(d.key);
      if (!d || !doc) return [];
      return completions({
        src: doc.source,
        offset: d.offset(p.position),
        model: host.modelOf(d.key),
        index: host.analysisOf(d.key)?.index,
        snippets,
      });
    }),
  );

  const navContext = (uri: string) => {
    fresh();
    const d = docAt(uri);
    const model = d && host.modelOf(d.key);
    const analysis = d && host.analysisOf(d.key);
    if (!d || !model || !analysis) return undefined;
    return { d, ctx: { model, analysis, sourceOf, uriOf, isLive } };
  };

  connection.onDefinition((p) =>
    guard('definition', null, () => {
      const n = navContext(p.textDocument.uri);
      return n ? definition(n.ctx, n.d.offset(p.position)) : null;
    }),
  );
  connection.onReferences((p) =>
    guard('references', [], () => {
      const n = navContext(p.textDocument.uri);
      return n ? references(n.ctx, n.d.offset(p.position), p.context.includeDeclaration) : [];
    }),
  );
  connection.onPrepareRename((p) =>
    guard('prepareRename', null, () => {
      const n = navContext(p.textDocument.uri);
      return n ? prepareRename(n.ctx, n.d.offset(p.position)) : null;
    }),
  );
  connection.onRenameRequest((p) =>
    guard('rename', null, () => {
      const n = navContext(p.textDocument.uri);
      return n ? rename(n.ctx, n.d.offset(p.position), p.newName) : null;
    }),
  );
  connection.onDocumentSymbol((p) =>
    guard('documentSymbol', [], () => {
      fresh();
      const model = host.modelOf(keyOfUri(p.textDocument.uri));
      return model ? documentSymbols(model) : [];
    }),
  );
  connection.onWorkspaceSymbol((p) =>
    guard('workspaceSymbol', [], () => {
      fresh();
      // Only models of current texts: a broken file's last valid version would give places in a text that is gone.
      const current = host
        .allAnalyses()
        .flatMap((a) => a.models)
        .filter((m) => host.fileOf(m.file.path) === m.file);
      return workspaceSymbols(current, p.query, uriOf);
    }),
  );
  connection.onCodeLens((p) =>
    guard('codeLens', [], () => {
      fresh();
      const key = keyOfUri(p.textDocument.uri);
      const model = host.modelOf(key);
      const analysis = host.analysisOf(key);
      return model && analysis ? codeLenses(model, analysis, p.textDocument.uri, locale) : [];
    }),
  );

  connection.onExecuteCommand((p) =>
    guard('executeCommand', null, () => {
      if (p.command !== SHOW_USES_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${p.command}`);
      fresh();
      const arg: unknown = p.arguments?.[0];
      const target = typeof arg === 'object' && arg !== null ? (arg as { uri?: unknown; kind?: unknown; id?: unknown }) : {};
      const key = typeof target.uri === 'string' ? keyOfUri(target.uri) : '';
      const analysis = host.analysisOf(key);
      if (!analysis || typeof target.kind !== 'string' || typeof target.id !== 'string') return null;
      const result = executeLensCommand(analysis, target.kind, target.id, { sourceOf, uriOf, relOf: (f) => host.relOf(f), locale });
      // A notification, not a request: any client shows it, none has to answer it.
      if (result) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: result.message });
      return result?.locations ?? null;
    }),
  );

  connection.onRequest(PLAN_GRAPH, (p: ParamsOf<typeof PLAN_GRAPH>) =>
    guard<ResultOf<typeof PLAN_GRAPH>>('planGraph', null, () => {
      fresh();
      const analysis = typeof p?.uri === 'string' ? host.analysisOf(keyOfUri(p.uri)) : undefined;
      return analysis ? planGraph(analysis, uriOf, locale) : null;
    }),
  );

  // Static data in the client's language: no need to wait for indexing.
  connection.onRequest(RULE_CATALOGUE, (): ResultOf<typeof RULE_CATALOGUE> => ruleCatalogue(locale));

  connection.onRequest(SCOPE_STATUS, (p: ParamsOf<typeof SCOPE_STATUS>) =>
    guard<ResultOf<typeof SCOPE_STATUS>>('scopeStatus', null, () => {
      fresh();
      const status = typeof p?.uri === 'string' ? host.scopeStatus(keyOfUri(p.uri)) : undefined;
      if (!status) return null;
      return { root: uriOf(status.root), planned: status.planned, files: status.files.map(uriOf), ...status.counts };
    }),
  );

  connection.onRequest(SCOPE_VIEWS, (p: ParamsOf<typeof SCOPE_VIEWS>) =>
    guard<ResultOf<typeof SCOPE_VIEWS>>('scopeViews', null, () => {
      fresh();
      const analysis = typeof p?.uri === 'string' ? analysisAt(p.uri) : undefined;
      return analysis ? wireScopeViews(analysis, uriOf) : null;
    }),
  );

  connection.onRequest(VALIDATE_WORKSPACE, () =>
    guard<ResultOf<typeof VALIDATE_WORKSPACE>>('validateWorkspace', null, async () => {
      await onDisk(rescan);
      host.invalidateAll();
      for (const k of host.keys()) pendingVersions.add(k);
      if (timer) clearTimeout(timer);
      saveRequested = true;
      publish();
      return { files: [...host.keys()].length, ...countFindings(host.allAnalyses().flatMap((a) => a.findings)) };
    }),
  );

  documents.listen(connection);
  connection.listen();
}
