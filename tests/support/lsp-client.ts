/**
 * A real LSP client for tests: spawns the built server as a child process and
 * speaks JSON-RPC over its stdio, as an editor does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  ShutdownRequest,
  ExitNotification,
  RegistrationRequest,
  ConfigurationRequest,
  WorkDoneProgressCreateRequest,
  ShowMessageNotification,
  type Diagnostic,
  type ClientCapabilities,
  type InitializeParams,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';

/** What an editor like VS Code declares (the default of `initialize`). */
export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
    completion: { completionItem: { snippetSupport: true } },
  },
  window: { workDoneProgress: true },
};

/**
 * What Neovim 0.7's built-in client declares: no snippets, no dynamic
 * registration of file watching, no position encodings, no workspace folders.
 */
export const NEOVIM_07_CAPABILITIES: ClientCapabilities = {
  workspace: {
    applyEdit: true,
    configuration: true,
    workspaceEdit: { resourceOperations: ['rename', 'create', 'delete'] },
    symbol: { dynamicRegistration: false },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, willSave: false, willSaveWaitUntil: false, didSave: true },
    publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] } },
    completion: {
      dynamicRegistration: false,
      completionItem: {
        snippetSupport: false,
        commitCharactersSupport: false,
        preselectSupport: false,
        deprecatedSupport: false,
        documentationFormat: ['markdown', 'plaintext'],
      },
      contextSupport: false,
    },
    hover: { dynamicRegistration: false, contentFormat: ['markdown', 'plaintext'] },
    codeAction: {
      dynamicRegistration: false,
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } },
      isPreferredSupport: true,
      dataSupport: true,
      resolveSupport: { properties: ['edit'] },
    },
    documentSymbol: { dynamicRegistration: false, hierarchicalDocumentSymbolSupport: true },
    rename: { dynamicRegistration: false, prepareSupport: true },
    references: { dynamicRegistration: false },
    definition: { linkSupport: true },
  },
  window: {
    workDoneProgress: true,
    showMessage: { messageActionItem: { additionalPropertiesSupport: false } },
    showDocument: { support: false },
  },
};

export const SERVER = path.resolve(__dirname, '../../../bin/mplan-language-server.js');

export function uri(p: string): string {
  return pathToFileURL(p).href;
}

export class LspClient {
  readonly proc: ChildProcess;
  readonly conn: ProtocolConnection;
  /** The latest diagnostics by URI. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private waiters: Array<{ test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  readonly publishes: PublishDiagnosticsParams[] = [];
  readonly stderr: string[] = [];
  settings: Record<string, unknown> = { validate: true, run: 'onType' };
  /** Settings answered per configuration section (for other servers). */
  sectionSettings: Record<string, unknown> = {};
  private versions = new Map<string, number>();
  /** `window/showMessage` notifications received, in order. */
  readonly messages: ShowMessageParams[] = [];
  private messageWaiters: Array<(m: ShowMessageParams) => void> = [];

  /** `args`: the server's script and arguments (default: mplan's server over stdio). */
  constructor(args: string[] = [SERVER, '--stdio']) {
    this.proc = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr?.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.set(p.uri, p);
      this.publishes.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (w.test(p)) {
          w.resolve(p);
          return false;
        }
        return true;
      });
    });
    this.conn.onRequest(RegistrationRequest.type, () => null);
    this.conn.onRequest(WorkDoneProgressCreateRequest.type, () => null);
    this.conn.onRequest(ConfigurationRequest.type, (p) =>
      p.items.map((i) => (i.section && i.section in this.sectionSettings ? this.sectionSettings[i.section] : this.settings)),
    );
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.onNotification(ShowMessageNotification.type, (m) => {
      this.messages.push(m);
      const waiting = this.messageWaiters;
      this.messageWaiters = [];
      for (const w of waiting) w(m);
    });
    this.conn.onNotification('$/progress', () => undefined);
    this.conn.listen();
  }

  async initialize(folder: string, today = '2027-01-01'): Promise<void> {
    await this.initializeWith({
      processId: process.pid,
      rootUri: uri(folder),
      workspaceFolders: [{ uri: uri(folder), name: path.basename(folder) }],
      capabilities: FULL_CAPABILITIES,
      initializationOptions: { today },
    });
  }

  /** Initialise with exactly these parameters (another editor's capabilities, no folder...). */
  async initializeWith(params: InitializeParams): Promise<void> {
    await this.conn.sendRequest(InitializeRequest.type, params);
    await this.conn.sendNotification(InitializedNotification.type, {});
  }

  /** The next `window/showMessage` notification. */
  nextMessage(ms = 10000): Promise<ShowMessageParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no window/showMessage within ${ms} ms`)), ms);
      this.messageWaiters.push((m) => {
        clearTimeout(timer);
        resolve(m);
      });
    });
  }

  /** Wait for the next publish for `fileUri` matching `test`. */
  waitFor(fileUri: string, test: (d: Diagnostic[]) => boolean = () => true, ms = 10000): Promise<PublishDiagnosticsParams> {
    const current = this.diagnostics.get(fileUri);
    void current;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `no matching diagnostics for ${fileUri} within ${ms} ms; last: ${JSON.stringify(this.diagnostics.get(fileUri)?.diagnostics.map((d) => d.code))}`,
            ),
          ),
        ms,
      );
      this.waiters.push({
        test: (p) => p.uri === fileUri && test(p.diagnostics),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  /** The current diagnostics for a URI if they match, else wait for a matching publish. */
  async diagnosticsFor(fileUri: string, test: (d: Diagnostic[]) => boolean, ms = 10000): Promise<Diagnostic[]> {
    const cur = this.diagnostics.get(fileUri);
    if (cur && test(cur.diagnostics)) return cur.diagnostics;
    return (await this.waitFor(fileUri, test, ms)).diagnostics;
  }

  async open(fileUri: string, text: string, languageId = 'marketing-plan'): Promise<void> {
    this.versions.set(fileUri, 1);
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: fileUri, languageId, version: 1, text },
    });
  }

  async change(fileUri: string, text: string): Promise<number> {
    const v = (this.versions.get(fileUri) ?? 1) + 1;
    this.versions.set(fileUri, v);
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: fileUri, version: v },
      contentChanges: [{ text }],
    });
    return v;
  }

  async close(fileUri: string): Promise<void> {
    await this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: fileUri } });
  }

  async watched(changes: Array<{ uri: string; type: 1 | 2 | 3 }>): Promise<void> {
    await this.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification(ExitNotification.type);
    } catch {
      // already gone
    }
    this.conn.dispose();
    if (this.proc.exitCode === null) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          this.proc.kill('SIGKILL');
          resolve();
        }, 2000);
        this.proc.once('exit', () => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }
}
