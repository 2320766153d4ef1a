/**
 * The rule catalogue for Explain Rule, straight from the engine's registry. When bundled, the import
 * of the registry is replaced by its metadata as plain data (see esbuild.config.mjs), so the client
 * carries no engine code.
 */
import { RULES } from '../../server/src/engine/rules/registry';
import { docsPath } from '../../server/src/engine/rules/docs-url';
import type { CatalogueEntry } from './api';

export type { CatalogueEntry };

export function catalogue(): CatalogueEntry[] {
  return RULES.map((r) => ({
    code: r.meta.code,
    name: r.meta.name,
    severity: r.meta.severity,
    group: r.meta.group,
    summary: r.meta.summary,
    explanation: r.meta.explanation,
    docs: docsPath(r.meta),
  }));
}

export function findEntry(word: string): CatalogueEntry | undefined {
  const w = word.trim();
  return catalogue().find((e) => e.code === w.toUpperCase() || e.name === w);
}
