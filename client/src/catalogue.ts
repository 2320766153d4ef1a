/** The rule catalogue for Explain Rule: the generated JSON of shared/rule-catalogue.json (no engine code in the client). */
import { RULE_CATALOGUE, type CatalogueEntry } from '../../shared/rule-catalogue';

export type { CatalogueEntry };

export function catalogue(): CatalogueEntry[] {
  return [...RULE_CATALOGUE];
}

export function findEntry(word: string): CatalogueEntry | undefined {
  const w = word.trim();
  return RULE_CATALOGUE.find((e) => e.code === w.toUpperCase() || e.name === w);
}
