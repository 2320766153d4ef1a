/**
 * The server's workspace model: every plan file of the workspace folders
 * (open documents override disk), configs, scopes, and the latest analysis of
 * each scope. Re-analyses only the scopes an edit touches.
 */
import * as path from 'node:path';
import { analyzeFile, analyzeScope, type ScopeAnalysis } from '../engine/analyze';
import { loadConfig, NO_CONFIG, type LoadedConfig } from '../engine/config/config';
import type { Finding } from '../engine/findings';
import type { FileModel } from '../engine/model/types';
import { parseFile, unreadableFile, type ParsedFile } from '../engine/parse/parse-file';
import { reparseIncrementally } from '../engine/parse/incremental';
import { RULE_NAMES } from '../engine/rules/registry';
import { computeScopes, relPath, type ScopeFiles } from '../engine/scope/scopes';
import { misplacedConfigDirs } from '../engine/config/placement';
import type { SourceText } from '../engine/text/source-file';
import { isFileKey } from './convert';

export interface DocState {
  key: string;
  parsed: ParsedFile;
  open: boolean;
  version: number | undefined;
}

interface ScopeState {
  id: string;
  scope: ScopeFiles;
  signature: string;
  analysis: ScopeAnalysis | undefined;
}

/** Findings per file key, for the files of re-analysed scopes. */
export type Republish = Map<string, Finding[]>;

export class Workspace {
  readonly docs = new Map<string, DocState>();
  /** Config files by folder. */
  readonly configs = new Map<string, ParsedFile>();
  private readonly lastValid = new Map<string, ParsedFile>();
  private scopes = new Map<string, ScopeState>();
  private readonly scopeOfKey = new Map<string, string>();
  private readonly dirty = new Set<string>();
  private configsDirty = false;
  folders: string[] = [];
  /** Scope roots loaded from outside the workspace folders (a file opened from anywhere), with the folder holding `.git` above each. */
  readonly outerRoots = new Map<string, string>();
  private internalErrors: string[] = [];

  /** Rules that threw since the last call (the server logs them). */
  takeInternalErrors(): string[] {
    const out = this.internalErrors;
    this.internalErrors = [];
    return out;
  }
  today: string | undefined;

  setText(key: string, text: string, open: boolean, version?: number): void {
    const prev = this.docs.get(key);
    if (prev && prev.parsed.source.text === text) {
      prev.open = open;
      prev.version = version;
      this.dirty.add(key);
      return;
    }
    const parsed = (prev && reparseIncrementally(prev.parsed, text)) ?? parseFile(key, text);
    // Validate and model now (cached): the file's plain data is released at once, which keeps the
    // peak memory of indexing a large workspace down.
    analyzeFile(parsed);
    if (!parsed.syntaxErrors.length) this.lastValid.set(key, parsed);
    else if (prev && !prev.parsed.syntaxErrors.length) this.lastValid.set(key, prev.parsed);
    this.docs.set(key, { key, parsed, open, version });
    this.dirty.add(key);
  }

  /** A file that cannot be read as text: MP001 at 1:1, and no last valid version stands in for it. */
  setUnreadable(key: string, reason: string): void {
    this.lastValid.delete(key);
    this.docs.set(key, { key, parsed: unreadableFile(key, reason), open: false, version: undefined });
    this.dirty.add(key);
  }

  /**
   * True when the file's current text has a syntax error (or cannot be read): its
   * last valid version may stand in for it, so no edit is computed into it and
   * no place in it is shown.
   */
  isBroken(key: string): boolean {
    return !!this.docs.get(key)?.parsed.syntaxErrors.length;
  }

  /** The text of a file as the server holds it now, unless it is broken (see `isBroken`). */
  liveSourceOf(key: string): SourceText | undefined {
    return this.isBroken(key) ? undefined : this.docs.get(key)?.parsed.source;
  }

  remove(key: string): void {
    if (!this.docs.delete(key)) return;
    this.lastValid.delete(key);
    this.dirty.add(key);
  }

  setConfig(file: string, text: string | undefined): void {
    const dir = path.dirname(file);
    if (text === undefined) this.configs.delete(dir);
    else this.configs.set(dir, parseFile(file, text));
    this.configsDirty = true;
  }

  get hasPendingWork(): boolean {
    return this.dirty.size > 0 || this.configsDirty;
  }

  /** Mark everything for re-analysis (settings changed, validate on demand). */
  invalidateAll(): void {
    for (const k of this.docs.keys()) this.dirty.add(k);
    this.configsDirty = true;
  }

  private boundaryOf(dir: string): string | undefined {
    let best: string | undefined;
    for (const f of [...this.folders, ...this.outerRoots.values()]) {
      if ((dir === f || dir.startsWith(f + path.sep)) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }

  private configFor(scope: ScopeFiles): { config: LoadedConfig; configPath: string | undefined } {
    if (!isFileKey(scope.root)) return { config: NO_CONFIG, configPath: undefined };
    const boundary = this.boundaryOf(scope.root);
    let dir = scope.root;
    for (;;) {
      const c = this.configs.get(dir);
      if (c) return { config: loadConfig(c, RULE_NAMES), configPath: c.path };
      if (dir === boundary) break;
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    return { config: NO_CONFIG, configPath: undefined };
  }

  private misplacedFor(scope: ScopeFiles, plannedRoots: ReadonlySet<string>, used: ReadonlySet<string>): ParsedFile[] {
    const dirs = misplacedConfigDirs(scope.root, plannedRoots, new Set(this.configs.keys()), used);
    return dirs.flatMap((d) => this.configs.get(d) ?? []);
  }

  /**
   * Recompute scopes and re-analyse those touched since the last call.
   * Returns the findings of every file of every re-analysed scope, and the keys removed.
   */
  flush(): { republish: Republish; removed: string[] } {
    const republish: Republish = new Map();
    const removed: string[] = [];
    if (!this.hasPendingWork) return { republish, removed };
    const fileDocs = [...this.docs.values()].filter((d) => isFileKey(d.key)).map((d) => d.parsed);
    const scopes = computeScopes(fileDocs);
    for (const d of this.docs.values()) {
      if (!isFileKey(d.key)) scopes.push({ root: d.key, planned: false, files: [d.parsed] });
    }
    const plannedRoots = new Set(scopes.filter((s) => s.planned).map((s) => s.root));
    const usedConfigs = new Set<string>();
    for (const scope of scopes) {
      const c = this.configFor(scope).configPath;
      if (c) usedConfigs.add(path.dirname(c));
    }
    const next = new Map<string, ScopeState>();
    const dirty = this.dirty;
    for (const scope of scopes) {
      const id = scope.planned ? scope.root : `lone:${scope.files[0].path}`;
      const { configPath } = this.configFor(scope);
      const signature = `${scope.files.map((f) => f.path).join('\n')}|${configPath ?? ''}`;
      const prev = this.scopes.get(id);
      const touched = !prev || prev.signature !== signature || scope.files.some((f) => dirty.has(f.path)) || this.configsDirty;
      next.set(id, { id, scope, signature, analysis: touched ? undefined : prev.analysis });
    }
    for (const key of dirty) if (!this.docs.has(key)) removed.push(key);
    this.scopes = next;
    this.scopeOfKey.clear();
    for (const s of next.values()) {
      for (const f of s.scope.files) this.scopeOfKey.set(f.path, s.id);
      if (s.analysis) continue;
      const { config } = this.configFor(s.scope);
      s.analysis = analyzeScope(s.scope, {
        config,
        misplacedConfigs: this.misplacedFor(s.scope, plannedRoots, usedConfigs),
        lastValid: this.lastValid,
        today: this.today,
      });
      this.internalErrors.push(...s.analysis.internalErrors);
      for (const f of s.scope.files) republish.set(f.path, []);
      for (const f of s.analysis.findings) {
        if (f.suppressed || this.isConfigPath(f.file)) continue;
        const list = republish.get(f.file);
        if (list) list.push(f);
        else republish.set(f.file, [f]);
      }
    }
    // Config files: the findings of every current analysis, deduplicated (several scopes may share one).
    if (republish.size) {
      for (const c of this.configs.values()) republish.set(c.path, []);
      const seen = new Set<string>();
      for (const s of next.values()) {
        for (const f of s.analysis?.findings ?? []) {
          if (f.suppressed || !this.isConfigPath(f.file)) continue;
          const key = `${f.file}:${f.span.offset}:${f.code}:${f.message}`;
          if (seen.has(key)) continue;
          seen.add(key);
          (republish.get(f.file) ?? republish.set(f.file, []).get(f.file))?.push(f);
        }
      }
    }
    this.dirty.clear();
    this.configsDirty = false;
    return { republish, removed };
  }

  private isConfigPath(p: string): boolean {
    return this.configs.get(path.dirname(p))?.path === p;
  }

  analysisOf(key: string): ScopeAnalysis | undefined {
    const id = this.scopeOfKey.get(key);
    return id ? this.scopes.get(id)?.analysis : undefined;
  }

  allAnalyses(): ScopeAnalysis[] {
    return [...this.scopes.values()].flatMap((s) => (s.analysis ? [s.analysis] : []));
  }

  /** The model of the current text of a file (recovered AST when it has syntax errors). */
  modelOf(key: string): FileModel | undefined {
    const d = this.docs.get(key);
    return d ? analyzeFile(d.parsed).model : undefined;
  }

  /** Findings of one file from its scope's latest analysis. */
  findingsOf(key: string): Finding[] {
    const a = this.analysisOf(key);
    return a ? a.findings.filter((f) => f.file === key) : [];
  }

  /** Path of a file relative to its scope root (for display). */
  relOf(key: string): string {
    const a = this.analysisOf(key);
    return a ? relPath(a.scope.root, key) : path.basename(key);
  }
}
