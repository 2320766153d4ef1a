/** Check plans on disk: load the scopes of the given paths, analyse each, keep findings for the given paths. */
import * as path from 'node:path';
import { analyzeScope, type ScopeAnalysis } from '../analyze';
import { loadConfig, NO_CONFIG, type LoadedConfig } from '../config/config';
import type { Finding } from '../findings';
import { compareFindings } from '../findings';
import { RULE_NAMES } from '../rules/registry';
import { loadProject, type DiskProject, type LoadOptions } from './disk';
import { CONFIG_FILE, type ScopeFiles } from '../scope/scopes';

export interface CheckResult {
  project: DiskProject;
  analyses: ScopeAnalysis[];
  /** Findings for the requested files and the config files that apply, sorted. */
  findings: Finding[];
  /** Rules that threw (reported on stderr by the CLI). */
  internalErrors: string[];
  timings: { read: number; parse: number; analyze: number };
}

/** The config that applies to a scope on disk: the nearest at or above its root, up to the boundary (loaded once per file). */
export function configForScope(project: DiskProject, scope: ScopeFiles, cache: Map<string, LoadedConfig>): LoadedConfig {
  const boundary = project.boundaries.get(scope.root) ?? path.parse(scope.root).root;
  const configPath = project.loader.nearestConfig(scope.root, boundary);
  if (!configPath) return NO_CONFIG;
  let config = cache.get(configPath);
  if (!config) cache.set(configPath, (config = loadConfig(project.loader.loadConfig(configPath), RULE_NAMES)));
  return config;
}

export function checkPaths(paths: readonly string[], options: LoadOptions & { today?: string } = {}): CheckResult {
  const project = loadProject(paths, options);
  const today = options.today;
  const t0 = performance.now();
  const analyses: ScopeAnalysis[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const configs = new Map<string, LoadedConfig>();
  // Configs given by name whose findings some analysed scope reports (as the config applied, or as misplaced).
  const covered = new Set<string>();
  const keep = (analysis: ScopeAnalysis, reportsConfigs: boolean): void => {
    for (const f of analysis.findings) {
      const inRequested = project.requested.has(f.file) || (reportsConfigs && path.basename(f.file) === CONFIG_FILE);
      if (!inRequested) continue;
      const key = `${f.file}:${f.span.offset}:${f.span.length}:${f.code}:${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
  };
  for (const scope of project.scopes) {
    const config = configForScope(project, scope, configs);
    const misplacedConfigs = project.configsBelow.get(scope.root) ?? [];
    const analysis = analyzeScope(scope, { config, misplacedConfigs, today });
    analyses.push(analysis);
    if (config.file) covered.add(config.file.path);
    for (const m of misplacedConfigs) covered.add(m.path);
    keep(analysis, scope.files.some((f) => project.requested.has(f.path)));
  }
  // A config that configures no scope here and is misplaced in none: its own mistakes still count.
  for (const c of project.requestedConfigs) {
    if (covered.has(c)) continue;
    const file = project.loader.loadConfig(c);
    const analysis = analyzeScope({ root: path.dirname(c), planned: false, files: [] }, { config: loadConfig(file, RULE_NAMES), today });
    analyses.push(analysis);
    keep(analysis, true);
  }
  findings.sort(compareFindings);
  return { project, analyses, findings, internalErrors: [...new Set(analyses.flatMap((a) => a.internalErrors))], timings: { ...project.timings, analyze: performance.now() - t0 } };
}
