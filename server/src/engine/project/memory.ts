/** Analyse plans held in memory (tests, the language server's open documents). */
import * as path from 'node:path';
import { analyzeScope, type ScopeAnalysis } from '../analyze';
import { loadConfig, NO_CONFIG } from '../config/config';
import type { Finding } from '../findings';
import { compareFindings } from '../findings';
import { parseFile, type ParsedFile } from '../parse/parse-file';
import { RULE_NAMES } from '../rules/registry';
import { CONFIG_FILE, computeScopes } from '../scope/scopes';
import { misplacedConfigDirs, nearestConfigDir } from '../config/placement';

export interface MemoryResult {
  files: Map<string, ParsedFile>;
  analyses: ScopeAnalysis[];
  findings: Finding[];
}

/**
 * `files` maps absolute paths to texts; a path ending in `mplan.config.yaml`
 * is a config (the nearest at or above a scope root applies, as on disk).
 */
export function analyzeTexts(files: ReadonlyMap<string, string>, today = '2027-01-01'): MemoryResult {
  const parsed = new Map<string, ParsedFile>();
  const configs = new Map<string, ParsedFile>();
  for (const [p, text] of files) {
    if (path.basename(p) === CONFIG_FILE) configs.set(path.dirname(p), parseFile(p, text));
    else parsed.set(p, parseFile(p, text));
  }
  const scopes = computeScopes(parsed.values());
  const analyses: ScopeAnalysis[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const plannedRoots = new Set(scopes.filter((s) => s.planned).map((s) => s.root));
  const configDirs = new Set(configs.keys());
  const used = new Set<string>();
  for (const scope of scopes) {
    const d = nearestConfigDir(scope.root, configDirs, undefined);
    if (d) used.add(d);
  }
  for (const scope of scopes) {
    const dir = nearestConfigDir(scope.root, configDirs, undefined);
    const configFile = dir ? configs.get(dir) : undefined;
    const config = configFile ? loadConfig(configFile, RULE_NAMES) : NO_CONFIG;
    const misplaced = misplacedConfigDirs(scope.root, plannedRoots, configDirs, used).flatMap((d) => configs.get(d) ?? []);
    const a = analyzeScope(scope, { config, misplacedConfigs: misplaced, today });
    analyses.push(a);
    for (const f of a.findings) {
      const key = `${f.file}:${f.span.offset}:${f.code}:${f.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        findings.push(f);
      }
    }
  }
  findings.sort(compareFindings);
  return { files: parsed, analyses, findings };
}
