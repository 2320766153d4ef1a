/** Check plans on disk: load the scopes of the given paths, analyse each, keep findings for the given paths. */
import * as path from 'node:path';
import { analyzeScope, type ScopeAnalysis } from '../analyze';
import { loadConfig, NO_CONFIG, type LoadedConfig } from '../config/config';
import type { Finding } from '../findings';
import { compareFindings } from '../findings';
import { RULE_NAMES } from '../rules/registry';
import { loadProject, type DiskProject } from './disk';
import type { ScopeFiles } from '../scope/scopes';

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

export function checkPaths(paths: readonly string[], options: { today?: string; overlay?: ReadonlyMap<string, string> } = {}): CheckResult {
  const project = loadProject(paths, options.overlay);
  const today = options.today;
  const t0 = performance.now();
  const analyses: ScopeAnalysis[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const configs = new Map<string, LoadedConfig>();
  for (const scope of project.scopes) {
    const analysis = analyzeScope(scope, {
      config: configForScope(project, scope, configs),
      misplacedConfigs: project.configsBelow.get(scope.root) ?? [],
      today,
    });
    analyses.push(analysis);
    for (const f of analysis.findings) {
      const inRequested = project.requested.has(f.file) || path.basename(f.file) === 'mplan.config.yaml';
      if (!inRequested) continue;
      const key = `${f.file}:${f.span.offset}:${f.span.length}:${f.code}:${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
  }
  findings.sort(compareFindings);
  return { project, analyses, findings, internalErrors: [...new Set(analyses.flatMap((a) => a.internalErrors))], timings: { ...project.timings, analyze: performance.now() - t0 } };
}
