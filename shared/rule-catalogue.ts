/**
 * The rule catalogue the VS Code client shows (Explain Rule): generated from
 * the engine's registry by `npm run gen` into `rule-catalogue.json` (a test
 * fails when it is stale), so the client carries data, not engine code.
 */
import entries from './rule-catalogue.json';

export interface CatalogueEntry {
  code: string;
  name: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  group: string;
  summary: string;
  explanation: string;
  /** docs/rules/<code>-<name>.md, relative to the extension's root. */
  docs: string;
  /** The same page online, under the repository URL (the `.vsix` does not ship the pages). */
  docsUrl: string;
}

export const RULE_CATALOGUE: readonly CatalogueEntry[] = entries as CatalogueEntry[];
