/**
 * Check plans on disk: find the files of the given paths and their scopes
 * (`disk.ts`), hand them to an `AnalysisHost`, keep the findings of the given
 * paths (and of the configs that apply).
 */
import * as path from 'node:path';
import type { ScopeAnalysis } from '../analyze';
import type { Finding } from '../findings';
import { compareFindings } from '../findings';
import { AnalysisHost, scopeId } from '../host/analysis-host';
import { uniqueFindings } from '../host/dedupe';
import { loadProject, type DiskProject, type LoadOptions } from './disk';
import { CONFIG_FILE, computeScopes } from '../scope/scopes';

export interface CheckResult {
  project: DiskProject;
  analyses: ScopeAnalysis[];
  /** Findings for the requested files and the config files that apply, sorted. */
  findings: Finding[];
  /** Rules that threw (reported on stderr by the CLI). */
  internalErrors: string[];
  timings: { read: number; parse: number; model: number; analyze: number };
}

/** A host holding what `loadProject` read: every plan file, every config met, the `.git` boundaries. */
export function hostOfProject(project: DiskProject, today?: string, fixes = true): AnalysisHost {
  // The CLI analyses once: nothing is recorded for a next analysis.
  const host = new AnalysisHost({ today, incremental: false, fixes });
  for (const f of project.files.values()) host.setParsed(f);
  // The config that applies to each scope: the nearest at or above its root, up to its boundary.
  for (const s of computeScopes(project.files.values())) {
    const boundary = project.boundaries.get(s.root) ?? path.parse(s.root).root;
    const c = project.loader.nearestConfig(s.root, boundary);
    if (c) project.loader.loadConfig(c);
  }
  for (const c of project.loader.configs.values()) host.setParsedConfig(c);
  host.setBoundaries([...project.boundaries.values()]);
  return host;
}

export function checkPaths(paths: readonly string[], options: LoadOptions & { today?: string } = {}): CheckResult {
  const project = loadProject(paths, options);
  const t0 = performance.now();
  const host = hostOfProject(project, options.today, options.fixes);
  const analyses: ScopeAnalysis[] = [];
  const kept: Finding[] = [];
  // Configs given by name whose findings some analysed scope reports (as the config applied, or as misplaced).
  const covered = new Set<string>();
  const keep = (analysis: ScopeAnalysis, reportsConfigs: boolean): void => {
    for (const f of analysis.findings) {
      if (project.requested.has(f.file) || (reportsConfigs && path.basename(f.file) === CONFIG_FILE)) kept.push(f);
    }
  };
  const wanted = new Set(project.scopes.map(scopeId));
  for (const scope of host.allScopes()) {
    if (!wanted.has(scopeId(scope))) continue;
    const analysis = host.analysisOfScope(scope);
    if (!analysis) continue;
    analyses.push(analysis);
    const config = host.configFor(scope).file;
    if (config) covered.add(config.path);
    for (const m of host.misplacedConfigsOf(scope)) covered.add(m.path);
    keep(
      analysis,
      scope.files.some((f) => project.requested.has(f.path)),
    );
  }
  // A config that configures no scope here and is misplaced in none: its own mistakes still count.
  for (const c of project.requestedConfigs) {
    if (covered.has(c)) continue;
    const analysis = host.analysisOfConfigAlone(c);
    if (!analysis) continue;
    analyses.push(analysis);
    keep(analysis, true);
  }
  const findings = uniqueFindings(kept).sort(compareFindings);
  return {
    project,
    analyses,
    findings,
    internalErrors: host.takeInternalErrors(),
    timings: { ...project.timings, analyze: performance.now() - t0 },
  };
}
