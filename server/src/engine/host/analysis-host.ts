/**
 * AnalysisHost: the one place that turns texts into analyses. The CLI, the
 * language server and the rule tables feed it file texts (or files already
 * parsed), configs and the folders that bound config lookup; it finds scopes,
 * the config of each, misplaced configs, stands a file's last valid version in
 * for a text with a syntax error, and answers queries. Analyses are computed
 * when asked for and kept until a change touches their scope.
 *
 * Pure: no `node:` import reaches this module (see ARCHITECTURE.md).
 */
import { analyzeFile, analyzeScope, type ScopeAnalysis } from '../analyze';
import { loadConfig, NO_CONFIG, type LoadedConfig } from '../config/config';
import { misplacedConfigDirs, nearestConfigDir } from '../config/placement';
import type { Finding } from '../findings';
import type { FileModel } from '../model/types';
import { reparseIncrementally } from '../parse/incremental';
import { parseFile, unreadableFile, type ParsedFile } from '../parse/parse-file';
import { RULE_NAMES } from '../rules/registry';
import { computeScopes, relPath, type ScopeFiles } from '../scope/scopes';
import type { SourceText } from '../text/source-file';
import { countFindings, type FindingCounts } from './counts';
import { uniqueFindings } from './dedupe';
import { basename, dirname, isAtOrUnder, isFileKey } from './paths';

export interface HostOptions {
  /** Today's date (YYYY-MM-DD) for placeholders when a scope has no plan period; the clock's date when absent. */
  today?: string;
  /** False for a host that analyses once (the CLI): no campaign rule work is recorded for reuse (see units/campaign-units.ts). */
  incremental?: boolean;
  /** False when no fix is wanted: findings carry none (`AnalyzeOptions.fixes`). Default true. */
  fixes?: boolean;
}

/** What a change did: the current findings of every file of a re-analysed scope (and of the configs), and the files gone. */
export interface HostChanges {
  findings: Map<string, Finding[]>;
  removed: string[];
}

/** What the status bar shows for the scope of a file. */
export interface ScopeStatus {
  /** The scope's root folder (a lone file: its folder). */
  root: string;
  /** True when a file of the scope declares `plan:`. */
  planned: boolean;
  /** The scope's plan files, then the configs whose findings it reports (the one applied, misplaced ones). */
  files: string[];
  counts: FindingCounts;
}

interface ScopeState {
  scope: ScopeFiles;
  signature: string;
  analysis: ScopeAnalysis | undefined;
  /** The last analysis of the scope, whose unchanged units the next one reuses. */
  previous: ScopeAnalysis | undefined;
}

const loadedConfigs = new WeakMap<ParsedFile, LoadedConfig>();

function configOf(file: ParsedFile): LoadedConfig {
  let c = loadedConfigs.get(file);
  if (!c) loadedConfigs.set(file, (c = loadConfig(file, RULE_NAMES)));
  return c;
}

export class AnalysisHost {
  private readonly files = new Map<string, ParsedFile>();
  private readonly lastValid = new Map<string, ParsedFile>();
  /** Config files by folder. */
  private readonly configs = new Map<string, ParsedFile>();
  private boundaries: string[] = [];
  private scopes = new Map<string, ScopeState>();
  private readonly scopeOfKey = new Map<string, string>();
  private readonly dirty = new Set<string>();
  private configsDirty = false;
  private structureStale = false;
  private internalErrors: string[] = [];
  private placementCache: { planned: Set<string>; used: Set<string> } | undefined;
  /** Scopes analysed, and plan files removed, since the last `takeChanges` (whoever asked first). */
  private readonly unreported = new Set<string>();
  private readonly removedKeys = new Set<string>();
  today: string | undefined;
  private readonly incremental: boolean;
  private readonly fixes: boolean;

  constructor(options: HostOptions = {}) {
    this.today = options.today;
    this.incremental = options.incremental ?? true;
    this.fixes = options.fixes ?? true;
  }

  // ---- changes ----

  /** A plan file's text (open document or disk). Returns false when the text is unchanged. */
  setText(key: string, text: string): boolean {
    const prev = this.files.get(key);
    if (prev && prev.unreadable === undefined && prev.source.text === text) return false;
    const parsed = (prev && prev.unreadable === undefined && reparseIncrementally(prev, text)) || parseFile(key, text);
    this.adopt(parsed, prev);
    return true;
  }

  /** A plan file already parsed by the caller (the CLI parses while it looks for scopes). */
  setParsed(parsed: ParsedFile): void {
    this.adopt(parsed, this.files.get(parsed.path));
  }

  /** A file that cannot be read as text: MP001 at 1:1, and no last valid version stands in for it. */
  setUnreadable(key: string, reason: string): void {
    this.lastValid.delete(key);
    this.files.set(key, unreadableFile(key, reason));
    this.touch(key);
  }

  remove(key: string): void {
    if (!this.files.delete(key)) return;
    this.lastValid.delete(key);
    this.touch(key);
  }

  /** A config file's text; `undefined` removes it. */
  setConfig(file: string, text: string | undefined): void {
    if (text === undefined) {
      if (this.configs.get(dirname(file))?.path !== file) return;
      this.configs.delete(dirname(file));
    } else {
      const prev = this.configs.get(dirname(file));
      if (prev?.path === file && prev.unreadable === undefined && prev.source.text === text) return;
      this.configs.set(dirname(file), parseFile(file, text));
    }
    this.configsDirty = true;
  }

  /** A config file already parsed (or unreadable: MP001 in it, and it configures nothing). */
  setParsedConfig(file: ParsedFile): void {
    this.configs.set(dirname(file.path), file);
    this.configsDirty = true;
  }

  /** The folders that bound the config lookup of the scopes inside them (workspace folders, or the folders holding `.git`). */
  setBoundaries(folders: readonly string[]): void {
    const next = [...new Set(folders)].sort();
    if (next.join('\n') === this.boundaries.join('\n')) return;
    this.boundaries = next;
    this.configsDirty = true;
  }

  /** Every analysis is redone at the next query (settings changed, validate on demand). */
  invalidateAll(): void {
    for (const k of this.files.keys()) this.dirty.add(k);
    this.configsDirty = true;
    this.structureStale = true;
  }

  get hasPendingWork(): boolean {
    return this.structureStale || this.dirty.size > 0 || this.configsDirty || this.unreported.size > 0 || this.removedKeys.size > 0;
  }

  // ---- queries ----

  /** Plan files held (absolute paths, or editor keys such as `untitled:...`). */
  keys(): IterableIterator<string> {
    return this.files.keys();
  }

  /** The current text of a plan file as parsed (a recovered AST when it has syntax errors). */
  fileOf(key: string): ParsedFile | undefined {
    return this.files.get(key);
  }

  /** The config file held in `file`'s folder when it is `file`. */
  configFileOf(file: string): ParsedFile | undefined {
    const c = this.configs.get(dirname(file));
    return c?.path === file ? c : undefined;
  }

  configFiles(): ParsedFile[] {
    return [...this.configs.values()];
  }

  /** True when the file's current text has a syntax error or cannot be read: no edit is computed into it, no place in it shown. */
  isBroken(key: string): boolean {
    return !!this.files.get(key)?.syntaxErrors.length;
  }

  /** The text of a file as held now, unless it is broken (see `isBroken`). */
  liveSourceOf(key: string): SourceText | undefined {
    return this.isBroken(key) ? undefined : this.files.get(key)?.source;
  }

  /** The model of the current text of a file. */
  modelOf(key: string): FileModel | undefined {
    const f = this.files.get(key);
    return f ? analyzeFile(f).model : undefined;
  }

  /** The analysis of the scope holding `key` (computed now when stale). */
  analysisOf(key: string): ScopeAnalysis | undefined {
    this.refresh();
    const id = this.scopeOfKey.get(key);
    const s = id === undefined ? undefined : this.scopes.get(id);
    return s ? this.analyzed(s) : undefined;
  }

  /** Findings of one file from its scope's analysis. */
  findingsOf(key: string): Finding[] {
    const a = this.analysisOf(key);
    return a ? a.findings.filter((f) => f.file === key) : [];
  }

  /**
   * The current unsuppressed findings of a plan or config file (a config's are
   * gathered from every scope, each once), or undefined for a file not held.
   */
  currentFindingsOf(key: string): Finding[] | undefined {
    if (this.configFileOf(key)) {
      return uniqueFindings(this.allAnalyses().flatMap((a) => a.findings.filter((f) => f.file === key && !f.suppressed)));
    }
    return this.files.has(key) ? this.findingsOf(key).filter((f) => !f.suppressed) : undefined;
  }

  /** Every scope's analysis. */
  allAnalyses(): ScopeAnalysis[] {
    this.refresh();
    return [...this.scopes.values()].map((s) => this.analyzed(s));
  }

  /** The scopes (structure only, nothing analysed). */
  allScopes(): ScopeFiles[] {
    this.refresh();
    return [...this.scopes.values()].map((s) => s.scope);
  }

  /** The analysis of one scope by its root (planned scopes), computed now when stale. */
  analysisOfScope(scope: ScopeFiles): ScopeAnalysis | undefined {
    this.refresh();
    const s = this.scopes.get(scopeId(scope));
    return s ? this.analyzed(s) : undefined;
  }

  /** A config's own findings, analysed alone (a config that configures no scope held here). */
  analysisOfConfigAlone(file: string): ScopeAnalysis | undefined {
    const c = this.configFileOf(file);
    if (!c) return undefined;
    return this.record(
      analyzeScope({ root: dirname(file), planned: false, files: [] }, { config: configOf(c), today: this.today, fixes: this.fixes }),
    );
  }

  /** The config that applies to a scope, and its file. */
  configFor(scope: ScopeFiles): LoadedConfig {
    if (!isFileKey(scope.root)) return NO_CONFIG;
    const dir = nearestConfigDir(scope.root, new Set(this.configs.keys()), this.boundaryOf(scope.root));
    const file = dir === undefined ? undefined : this.configs.get(dir);
    return file ? configOf(file) : NO_CONFIG;
  }

  /** Configs below the root of a planned scope that configure nothing (MP008, reported by this scope). */
  misplacedConfigsOf(scope: ScopeFiles): ParsedFile[] {
    this.refresh();
    const { planned, used } = this.placement();
    return misplacedConfigDirs(scope.root, planned, new Set(this.configs.keys()), used).flatMap((d) => this.configs.get(d) ?? []);
  }

  /** Plan declared? counts of the scope holding `key`. */
  scopeStatus(key: string): ScopeStatus | undefined {
    const a = this.analysisOf(key);
    if (!a) return undefined;
    const configs = [this.configFor(a.scope).file, ...this.misplacedConfigsOf(a.scope)].flatMap((c) => (c ? [c.path] : []));
    return {
      root: a.scope.root,
      planned: a.scope.planned,
      files: [...a.scope.files.map((f) => f.path), ...configs],
      counts: countFindings(a.findings),
    };
  }

  /** Path of a file relative to its scope root (for display). */
  relOf(key: string): string {
    this.refresh();
    const id = this.scopeOfKey.get(key);
    const s = id === undefined ? undefined : this.scopes.get(id);
    return s ? relPath(s.scope.root, key) : basename(key);
  }

  /** Rules that threw since the last call. */
  takeInternalErrors(): string[] {
    const out = [...new Set(this.internalErrors)];
    this.internalErrors = [];
    return out;
  }

  /**
   * Bring every touched scope up to date and say what changed: the findings of
   * every file of each re-analysed scope (suppressed ones left out), every
   * config's findings (deduplicated across scopes), and the files removed.
   */
  takeChanges(): HostChanges {
    const findings = new Map<string, Finding[]>();
    if (!this.hasPendingWork) return { findings, removed: [] };
    this.refresh();
    const removed = [...this.removedKeys].filter((k) => !this.files.has(k));
    this.removedKeys.clear();
    for (const [id, s] of this.scopes) {
      if (s.analysis && !this.unreported.has(id)) continue;
      const a = this.analyzed(s);
      for (const f of s.scope.files) findings.set(f.path, []);
      for (const f of a.findings) {
        if (f.suppressed || this.isConfigPath(f.file)) continue;
        (findings.get(f.file) ?? findings.set(f.file, []).get(f.file))?.push(f);
      }
    }
    if (findings.size) {
      for (const c of this.configs.values()) findings.set(c.path, []);
      const all = [...this.scopes.values()].flatMap((s) => s.analysis?.findings ?? []);
      for (const f of uniqueFindings(all.filter((f) => !f.suppressed && this.isConfigPath(f.file)))) findings.get(f.file)?.push(f);
    }
    this.unreported.clear();
    return { findings, removed };
  }

  // ---- inside ----

  private adopt(parsed: ParsedFile, prev: ParsedFile | undefined): void {
    // Validate and model now (cached): the file's plain data is released at once, which keeps the
    // peak memory of indexing a large workspace down.
    analyzeFile(parsed);
    if (!parsed.syntaxErrors.length) this.lastValid.set(parsed.path, parsed);
    else if (prev && !prev.syntaxErrors.length) this.lastValid.set(parsed.path, prev);
    this.files.set(parsed.path, parsed);
    this.touch(parsed.path);
  }

  private touch(key: string): void {
    this.dirty.add(key);
    this.structureStale = true;
  }

  private isConfigPath(p: string): boolean {
    return this.configs.get(dirname(p))?.path === p;
  }

  private boundaryOf(dir: string): string | undefined {
    let best: string | undefined;
    for (const f of this.boundaries) if (isAtOrUnder(dir, f) && (!best || f.length > best.length)) best = f;
    return best;
  }

  private record(a: ScopeAnalysis): ScopeAnalysis {
    this.internalErrors.push(...a.internalErrors);
    return a;
  }

  private analyzed(s: ScopeState): ScopeAnalysis {
    if (s.analysis) return s.analysis;
    const misplacedConfigs = this.misplacedConfigsOf(s.scope);
    this.unreported.add(scopeId(s.scope));
    s.analysis = this.record(
      analyzeScope(s.scope, {
        config: this.configFor(s.scope),
        misplacedConfigs,
        lastValid: this.lastValid,
        today: this.today,
        previous: s.previous,
        incremental: this.incremental,
        fixes: this.fixes,
      }),
    );
    s.previous = undefined;
    return s.analysis;
  }

  /** Planned scope roots and the folders of configs some scope uses (once per change of structure). */
  private placement(): { planned: Set<string>; used: Set<string> } {
    if (!this.placementCache) {
      const planned = new Set([...this.scopes.values()].filter((x) => x.scope.planned).map((x) => x.scope.root));
      const used = new Set<string>();
      for (const x of this.scopes.values()) {
        const c = this.configFor(x.scope).file;
        if (c) used.add(dirname(c.path));
      }
      this.placementCache = { planned, used };
    }
    return this.placementCache;
  }

  /** Recompute the scopes when files or configs changed; a scope keeps its analysis unless a change touched it. */
  private refresh(): void {
    if (!this.structureStale && !this.configsDirty && !this.dirty.size) return;
    for (const key of this.dirty) if (!this.files.has(key)) this.removedKeys.add(key);
    const held = [...this.files.values()];
    const scopes = computeScopes(held.filter((f) => isFileKey(f.path)));
    for (const f of held) if (!isFileKey(f.path)) scopes.push({ root: f.path, planned: false, files: [f] });
    const next = new Map<string, ScopeState>();
    for (const scope of scopes) {
      const id = scopeId(scope);
      const config = this.configFor(scope).file?.path ?? '';
      const signature = `${scope.files.map((f) => f.path).join('\n')}|${config}`;
      const prev = this.scopes.get(id);
      const touched = !prev || prev.signature !== signature || this.configsDirty || scope.files.some((f) => this.dirty.has(f.path));
      next.set(id, { scope, signature, analysis: touched ? undefined : prev.analysis, previous: prev?.analysis ?? prev?.previous });
    }
    for (const id of this.unreported) if (!next.has(id)) this.unreported.delete(id);
    this.scopes = next;
    this.placementCache = undefined;
    this.scopeOfKey.clear();
    for (const [id, s] of next) for (const f of s.scope.files) this.scopeOfKey.set(f.path, id);
    this.dirty.clear();
    this.configsDirty = false;
    this.structureStale = false;
  }
}

/** A scope's identity across changes: its root when planned, its one file when lone. */
export function scopeId(scope: ScopeFiles): string {
  return scope.planned ? scope.root : `lone:${scope.files[0]?.path ?? scope.root}`;
}
