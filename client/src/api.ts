/**
 * What `activate()` returns: the extension's test hooks (used by tests/vscode) and nothing a user needs.
 * Pure types.
 */
import type { Event, Uri } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/lib/common/api';
import type { PlanGraph, RenderSummary, ToWebview } from './plan-map/protocol';
import type { RestartPolicy, RestartPolicyOptions } from './restart-policy';
import type { CatalogueEntry } from '../../shared/protocol';
import type { ValidateCounts } from '../../shared/protocol';
import type { PlanViews } from './views/register-views';

export type { CatalogueEntry, ValidateCounts };

export interface Timings {
  /** Date.now() when activate() began. */
  activatedAt: number;
  /** ms from activate() to the server's initialize result (client running). */
  serverReadyMs?: number;
  /** ms from activate() to the first mplan diagnostics VS Code received. */
  firstDiagnosticsMs?: number;
}

export interface StatusSnapshot {
  visible: boolean;
  errors: number;
  warnings: number;
  text: string;
  tooltip: string;
  command: string | undefined;
  /** The scope root the counts cover. */
  root: string | undefined;
}

export interface PlanMapHooks {
  readonly isOpen: boolean;
  readonly lastSummary: RenderSummary | undefined;
  readonly lastGraph: PlanGraph | null;
  waitForRender(pred?: (s: RenderSummary) => boolean, timeoutMs?: number): Promise<RenderSummary>;
  simulate(msg: Extract<ToWebview, { type: 'simulate' }>): Promise<boolean>;
  /** Writes the drawing to a file (as the Export buttons do after asking where); resolves with the bytes written. */
  exportTo(target: Uri, format: 'svg' | 'png'): Promise<number>;
}

export interface MplanApi {
  /** Resolves when the language server answered `initialize`. */
  readonly ready: Promise<void>;
  readonly timings: Readonly<Timings>;
  readonly client: BaseLanguageClient;
  /** Where the language server runs: `node` (a process over IPC) or `web` (a web Worker, VS Code for the Web). */
  readonly host: 'node' | 'web';
  /** In the browser: how the server's Worker was started (`script-url`, `fetched-url` or `blob`). */
  workerStart(): string | undefined;
  /** How many times the language server came up (1 after activation; a restart adds one). */
  serverStarts(): number;
  readonly planMap: PlanMapHooks;
  /** The Timeline and Budget panels and the Plan Explorer. */
  readonly views: PlanViews;
  status(): StatusSnapshot;
  /** Recomputes the status item now (normally debounced) and returns it. */
  refreshStatus(): Promise<StatusSnapshot>;
  /** Every rule (the server's `mplan/ruleCatalogue`, in the client's language). */
  catalogue(): Promise<CatalogueEntry[]>;
  /** The code of the rule the Explain Rule quick pick highlights: it fires when the pick is shown. */
  readonly onDidFocusRulePickItem: Event<string>;
  /** The live policy (counts) and a factory for a fresh one with a fake clock. */
  readonly restartPolicy: RestartPolicy;
  newRestartPolicy(opts: RestartPolicyOptions): RestartPolicy;
}
