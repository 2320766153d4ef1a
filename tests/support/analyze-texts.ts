/** Analyse plans held in memory through the one analysis host, as the rule tables and engine tests do. */
import * as path from 'node:path';
import type { ScopeAnalysis } from '../../server/src/engine/analyze';
import type { Finding } from '../../server/src/engine/findings';
import { compareFindings } from '../../server/src/engine/findings';
import { AnalysisHost } from '../../server/src/engine/host/analysis-host';
import { uniqueFindings } from '../../server/src/engine/host/dedupe';
import type { ParsedFile } from '../../server/src/engine/parse/parse-file';
import { CONFIG_FILE } from '../../server/src/engine/scope/scopes';

export interface MemoryResult {
  host: AnalysisHost;
  files: Map<string, ParsedFile>;
  analyses: ScopeAnalysis[];
  findings: Finding[];
}

/**
 * `files` maps absolute paths to texts; a path ending in `mplan.config.yaml`
 * is a config (the nearest at or above a scope root applies, as on disk).
 */
export function analyzeTexts(files: ReadonlyMap<string, string>, today = '2027-01-01'): MemoryResult {
  const host = new AnalysisHost({ today });
  for (const [p, text] of files) {
    if (path.basename(p) === CONFIG_FILE) host.setConfig(p, text);
    else host.setText(p, text);
  }
  const analyses = host.allAnalyses();
  const parsed = new Map<string, ParsedFile>();
  for (const k of host.keys()) {
    const f = host.fileOf(k);
    if (f) parsed.set(k, f);
  }
  return { host, files: parsed, analyses, findings: uniqueFindings(analyses.flatMap((a) => a.findings)).sort(compareFindings) };
}
