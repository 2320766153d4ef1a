/**
 * The custom protocol between the mplan language server and its clients: every
 * custom method and command as a constant, with its parameter and result
 * types. Pure types and strings, imported by the server and the VS Code client
 * alike (any other client can read it as documentation).
 */
import type { PlanGraph } from './plan-graph';
import type { ScopeViews } from './view-types';

export type { PlanGraph, ScopeViews };

/** `mplan/planGraph` {uri} -> the map of the plan holding the file, or null when the server holds no such file. */
export const PLAN_GRAPH = 'mplan/planGraph';

/** `mplan/validateWorkspace` -> counts: re-reads and re-checks every plan file, publishes every diagnostic. */
export const VALIDATE_WORKSPACE = 'mplan/validateWorkspace';

/** `mplan/scopeStatus` {uri} -> what a status bar shows for the plan holding the file, or null when the server holds no such file. */
export const SCOPE_STATUS = 'mplan/scopeStatus';

/**
 * `mplan/scopeViews` {uri} -> the view data (plan summary, timeline, budget,
 * map, findings placed on entities) of the plan holding the file or whose root
 * folder the URI names, every place as a URI; null when the server holds no such plan.
 */
export const SCOPE_VIEWS = 'mplan/scopeViews';

/**
 * `mplan/viewsChanged` (server -> client notification) {roots}: the findings of
 * these scopes were re-published (while typing, on save, after a re-read), so
 * views of them are stale. `roots` are the scopes' root folder URIs.
 */
export const VIEWS_CHANGED = 'mplan/viewsChanged';

export interface ViewsChangedParams {
  roots: string[];
}

/** `mplan/ruleCatalogue` -> every rule's metadata (Explain Rule), its summary and docs page in the client's language. */
export const RULE_CATALOGUE = 'mplan/ruleCatalogue';

export interface CatalogueEntry {
  code: string;
  name: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  group: string;
  summary: string;
  /** In English: the translated explanations are in the docs pages, not in the server. */
  explanation: string;
  /** The rule's docs page relative to the extension's root (docs/rules/[<locale>/]<code>-<name>.md; a checkout has it). */
  docs: string;
  /** The same page online (the `.vsix` does not ship the pages). */
  docsUrl: string;
}

/** The command of the code lenses on segments and products (`workspace/executeCommand`): where the entity is used. */
export const SHOW_USES_COMMAND = 'mplan.showUses';

export interface UriParams {
  uri: string;
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export interface ValidateCounts extends FindingCounts {
  /** Plan files held. */
  files: number;
}

export interface ScopeStatus extends FindingCounts {
  /** The URI of the scope's root folder (a file with no `plan:` at or above it: its folder). */
  root: string;
  /** True when a file of the scope declares `plan:`; false for a file that is a scope of its own. */
  planned: boolean;
  /** URIs of the scope's plan files and of the configs whose findings it reports. */
  files: string[];
}

/** Every custom request: its parameters and its result. */
export interface Requests {
  [PLAN_GRAPH]: { params: UriParams; result: PlanGraph | null };
  [VALIDATE_WORKSPACE]: { params: Record<string, never> | undefined; result: ValidateCounts | null };
  [SCOPE_STATUS]: { params: UriParams; result: ScopeStatus | null };
  [SCOPE_VIEWS]: { params: UriParams; result: ScopeViews | null };
  [RULE_CATALOGUE]: { params: Record<string, never> | undefined; result: CatalogueEntry[] };
}

/** Every custom notification from the server: its parameters. */
export interface ServerNotifications {
  [VIEWS_CHANGED]: ViewsChangedParams;
}

export type RequestMethod = keyof Requests;
export type ParamsOf<M extends RequestMethod> = Requests[M]['params'];
export type ResultOf<M extends RequestMethod> = Requests[M]['result'];

/**
 * The file system over the client (the browser build of the server, which has no disk): the server
 * asks, the client answers through `vscode.workspace.fs`. `key` is the server's name of the file: an
 * absolute path for `file:` URIs, the URI itself for any other scheme (`vscode-vfs:`, `vscode-remote:`).
 */
export const FS_READ_DIRECTORY = 'mplan/fs/readDirectory';
export const FS_READ_FILE = 'mplan/fs/readFile';
export const FS_STAT = 'mplan/fs/stat';

export interface KeyParams {
  key: string;
}

/** What a path is, following a symbolic link (as the host's `PathKind`). */
export type WirePathKind = 'file' | 'dir' | 'special' | 'missing' | 'unreachable';

/** A folder entry: `name` as it appears in a key (percent-encoded in a URI key, as VS Code writes it). */
export interface WireDirEntry {
  name: string;
  kind: WirePathKind | 'link-dir';
}

/** A file's text, or why it cannot be read as text (as the host's `FileRead`). */
export type WireFileRead = { ok: true; text: string } | { ok: false; reason: string; special: boolean; missing: boolean };

/** Requests the server sends to the client. */
export interface ClientRequests {
  [FS_READ_DIRECTORY]: { params: KeyParams; result: WireDirEntry[] };
  [FS_READ_FILE]: { params: KeyParams; result: WireFileRead };
  [FS_STAT]: { params: KeyParams; result: WirePathKind };
}

export type ClientRequestMethod = keyof ClientRequests;
export type ClientParamsOf<M extends ClientRequestMethod> = ClientRequests[M]['params'];
export type ClientResultOf<M extends ClientRequestMethod> = ClientRequests[M]['result'];

/**
 * `mplan/test/crash` (client -> server notification) {how}: the server dies on purpose, for the
 * extension's own tests only. The server listens for it only when `initialize` carried the
 * initialization option `testHooks: true`, which the VS Code client sends only when it runs under
 * its tests (`ExtensionMode.Test`); any other client, and every user, gets a server without it.
 * `throw`: an uncaught error; `close`: the browser server's Worker closes itself (`self.close()`).
 */
export const TEST_CRASH = 'mplan/test/crash';

export interface TestCrashParams {
  how: 'throw' | 'close';
}

/**
 * What the browser build of the server posts to its Worker's parent, outside JSON-RPC, right before
 * the Worker closes itself (`self.close()`, after `exit` or otherwise): a closed Worker gives its
 * parent no event, so this is how the client learns that its server is gone.
 */
export interface WorkerExitingNotice {
  mplanWorker: 'exiting';
}

export function isWorkerExitingNotice(data: unknown): data is WorkerExitingNotice {
  return typeof data === 'object' && data !== null && (data as { mplanWorker?: unknown }).mplanWorker === 'exiting';
}
