/**
 * The mplan VS Code extension: a thin client, the same on desktop and in the browser. Its entries
 * (`extension.ts` on Node, `extension-web.ts` in a web worker) say only how the language server is
 * started; this adds what only an editor can: commands, the plan map and the status item. Everything
 * about plans (diagnostics, hover, fixes, completion, rename...) comes from the server.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient/lib/common/api';
import type { MplanApi, Timings } from './api';
import { RuleCatalogue } from './catalogue';
import { explainRule, RULE_SCHEME, RuleDocProvider, rulePickFocus } from './commands/explain';
import { fixAll } from './commands/fix-all';
import { newPlan } from './commands/new-plan';
import { validateWorkspace } from './commands/validate';
import { CLIENT_ID, COMMANDS, CONFIG_GLOB, isPlanPath, LANGUAGE_ID, OUTPUT_NAME, PLAN_GLOB } from './constants';
import { PlanMap } from './plan-map/panel';
import { PLAN_GRAPH, RULE_CATALOGUE, SCOPE_STATUS, type ResultOf } from '../../shared/protocol';
import { serveFileSystem } from './file-system-requests';
import { DEFAULT_MAX_RESTARTS, DEFAULT_WINDOW_MS, RestartPolicy, type RestartPolicyOptions } from './restart-policy';
import { PlanStatus } from './status';
import { registerViews } from './views/register-views';

let client: BaseLanguageClient | undefined;

/** URI schemes of the documents the server checks: local files, github.dev, remote workspaces, new buffers. */
const DOCUMENT_SCHEMES = ['file', 'vscode-vfs', 'vscode-remote', 'vscode-test-web', 'untitled'] as const;

/** Makes the language client of one entry (how its server runs) with the options every entry shares. */
export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

function giveUpMessage(output: vscode.OutputChannel, crashes: number): void {
  const minutes = Math.round(DEFAULT_WINDOW_MS / 60000);
  const msg = vscode.l10n.t(
    'The mplan language server crashed {0} times in the last {1} minutes and will not be restarted automatically. Its log is in Output > {2}. When the cause is fixed, run "Marketing Plan: Restart Server".',
    crashes,
    minutes,
    OUTPUT_NAME,
  );
  output.appendLine(`[client] ${msg}`);
  const showLog = vscode.l10n.t('Show Log');
  const restart = vscode.l10n.t('Restart Server');
  void vscode.window.showErrorMessage(msg, showLog, restart).then((choice) => {
    if (choice === showLog) output.show(true);
    else if (choice === restart) void vscode.commands.executeCommand(COMMANDS.restartServer);
  });
}

/**
 * The server's translations for VS Code's display language (`dist/l10n-server/<locale>.json`, French or
 * Italian): the bundled servers hold none, so the client hands this one over in `initializationOptions`.
 */
async function serverCatalogue(extensionUri: vscode.Uri): Promise<unknown> {
  const base = vscode.env.language.toLowerCase().split(/[-_]/)[0];
  if (base !== 'fr' && base !== 'it') return undefined;
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'l10n-server', `${base}.json`));
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return undefined; // A development build without it: the server speaks English.
  }
}

export function activateWith(context: vscode.ExtensionContext, makeClient: ClientFactory): MplanApi {
  const timings: Timings = { activatedAt: Date.now() };
  const output = vscode.window.createOutputChannel(OUTPUT_NAME);
  const policyOptions = (o: Partial<RestartPolicyOptions> = {}): RestartPolicyOptions => ({
    maxRestarts: DEFAULT_MAX_RESTARTS,
    windowMs: DEFAULT_WINDOW_MS,
    onGiveUp: (n) => giveUpMessage(output, n),
    onRestart: (n) =>
      output.appendLine(
        `[client] the language server stopped unexpectedly (${n} time${n === 1 ? '' : 's'} in the last minutes); restarting it`,
      ),
    ...o,
  });
  const policy = new RestartPolicy(policyOptions());

  let serverTexts: unknown;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...DOCUMENT_SCHEMES.map((scheme) => ({ scheme, language: LANGUAGE_ID })),
      ...DOCUMENT_SCHEMES.filter((s) => s !== 'untitled').map((scheme) => ({ scheme, pattern: CONFIG_GLOB })),
    ],
    synchronize: {
      configurationSection: CLIENT_ID,
      fileEvents: [vscode.workspace.createFileSystemWatcher(PLAN_GLOB), vscode.workspace.createFileSystemWatcher(CONFIG_GLOB)],
    },
    diagnosticCollectionName: 'mplan',
    // Read when the client starts, after the catalogue is loaded (below). Under the extension's own tests
    // only, `testHooks`: the server then hears `mplan/test/crash` (shared/protocol.ts).
    initializationOptions: () => ({
      ...(serverTexts === undefined ? {} : { catalogue: serverTexts }),
      ...(context.extensionMode === vscode.ExtensionMode.Test ? { testHooks: true } : {}),
    }),
    outputChannel: output,
    errorHandler: policy,
    initializationFailedHandler: (e) => {
      output.appendLine(`[client] the language server failed to initialize: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    },
  };
  const lc = makeClient(clientOptions);
  client = lc;
  let serverStarts = 0;
  context.subscriptions.push(
    lc.onDidChangeState((e) => {
      if (e.newState === State.Running) serverStarts++;
    }),
  );
  // The browser build of the server reads files through these; the Node build reads the disk itself.
  context.subscriptions.push(serveFileSystem(lc));

  const ready = serverCatalogue(context.extensionUri)
    .then((c) => {
      serverTexts = c;
      return lc.start();
    })
    .then(
      () => {
        timings.serverReadyMs = Date.now() - timings.activatedAt;
        output.appendLine(`[client] language server ready ${timings.serverReadyMs} ms after activation`);
      },
      (e: unknown) => {
        output.appendLine(`[client] the language server did not start: ${e instanceof Error ? e.message : String(e)}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('mplan: the language server did not start. See Output > {0}.', OUTPUT_NAME));
        throw e;
      },
    );
  ready.catch(() => undefined);
  const running = async (): Promise<BaseLanguageClient> => {
    if (lc.state !== State.Running) await ready;
    return lc;
  };

  const firstDiagnostics = vscode.languages.onDidChangeDiagnostics((e) => {
    if (timings.firstDiagnosticsMs !== undefined) return;
    if (e.uris.some((u) => isPlanPath(u.path) && vscode.languages.getDiagnostics(u).some((d) => d.source === 'mplan'))) {
      timings.firstDiagnosticsMs = Date.now() - timings.activatedAt;
      output.appendLine(`[client] first diagnostics ${timings.firstDiagnosticsMs} ms after activation`);
      firstDiagnostics.dispose();
    }
  });

  const graphOf = async (uri: vscode.Uri): Promise<ResultOf<typeof PLAN_GRAPH>> => {
    const c = await running();
    return c.sendRequest<ResultOf<typeof PLAN_GRAPH>>(PLAN_GRAPH, { uri: c.code2ProtocolConverter.asUri(uri) });
  };
  const planMap = new PlanMap(context.extensionUri, graphOf);
  const rules = new RuleCatalogue(async () => (await running()).sendRequest<ResultOf<typeof RULE_CATALOGUE>>(RULE_CATALOGUE, {}));
  const views = registerViews(context, lc, running);
  const status = new PlanStatus(async (uri) => {
    const c = await running();
    return c.sendRequest<ResultOf<typeof SCOPE_STATUS>>(SCOPE_STATUS, { uri: c.code2ProtocolConverter.asUri(uri) });
  });

  context.subscriptions.push(
    output,
    rulePickFocus,
    firstDiagnostics,
    planMap,
    status,
    vscode.workspace.registerTextDocumentContentProvider(RULE_SCHEME, new RuleDocProvider(rules)),
    vscode.commands.registerCommand(COMMANDS.newPlan, (uri?: vscode.Uri) => newPlan(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand(COMMANDS.validateWorkspace, async () => validateWorkspace(await running())),
    vscode.commands.registerCommand(COMMANDS.showPlanMap, async (uri?: vscode.Uri) => {
      await planMap.show(uri instanceof vscode.Uri ? uri : undefined);
    }),
    vscode.commands.registerCommand(COMMANDS.explainRule, (word?: string) =>
      explainRule(context.extensionUri, rules, typeof word === 'string' ? word : undefined),
    ),
    vscode.commands.registerCommand(COMMANDS.fixAll, (uri?: vscode.Uri) => fixAll(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand(COMMANDS.restartServer, async () => {
      policy.reset();
      output.appendLine('[client] restarting the language server');
      if (lc.state === State.Running) {
        await lc.stop();
        await lc.start();
      } else if (lc.state === State.Stopped) await lc.start();
      else await ready.catch(() => undefined);
      status.schedule();
      return lc.state === State.Running;
    }),
    { dispose: () => void lc.stop().catch(() => undefined) },
  );

  return {
    ready,
    timings,
    client: lc,
    host: 'node',
    workerStart: () => undefined,
    serverStarts: () => serverStarts,
    planMap,
    views,
    status: () => status.current,
    refreshStatus: () => status.update(),
    catalogue: () => rules.all(),
    onDidFocusRulePickItem: rulePickFocus.event,
    restartPolicy: policy,
    newRestartPolicy: (o) => new RestartPolicy(o),
  };
}

export async function deactivate(): Promise<void> {
  if (client && client.state !== State.Stopped) await client.stop().catch(() => undefined);
  client = undefined;
}
