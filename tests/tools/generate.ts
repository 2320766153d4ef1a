/**
 * `npm run gen`: write the generated artefacts that are committed to the
 * repository. Today: `schemas/mplan.schema.json`, the JSON Schema of the plan
 * format, generated from the zod schema (schemas/plan.ts), and `schemas/mplan-config.schema.json`,
 * that of `mplan.config.yaml` (schemas/config.ts), and `shared/rule-catalogue.json`, the
 * rule catalogue the VS Code client shows (Explain Rule). Tests fail when a committed file is stale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configJsonSchemaText, planJsonSchemaText } from '../../schemas/json-schema';
import { RULES } from '../../server/src/engine/rules/registry';
import { docsPath, docsUrl } from '../../server/src/engine/rules/docs-url';
import type { CatalogueEntry } from '../../shared/rule-catalogue';

/** The repository root (this file runs from out/tests/tools/). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SCHEMA_FILE = path.join(REPO_ROOT, 'schemas', 'mplan.schema.json');
export const CONFIG_SCHEMA_FILE = path.join(REPO_ROOT, 'schemas', 'mplan-config.schema.json');
export const CATALOGUE_FILE = path.join(REPO_ROOT, 'shared', 'rule-catalogue.json');

/** The rule catalogue as the client reads it: every rule's metadata, in code order, as JSON. */
export function catalogueJsonText(): string {
  const entries: CatalogueEntry[] = RULES.map((r) => ({
    code: r.meta.code,
    name: r.meta.name,
    severity: r.meta.severity,
    group: r.meta.group,
    summary: r.meta.summary,
    explanation: r.meta.explanation,
    docs: docsPath(r.meta),
    docsUrl: docsUrl(r.meta),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

function write(file: string, text: string): void {
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (old === text) {
    process.stdout.write(`${path.relative(process.cwd(), file)} is up to date\n`);
    return;
  }
  fs.writeFileSync(file, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}

function main(): void {
  write(SCHEMA_FILE, planJsonSchemaText());
  write(CONFIG_SCHEMA_FILE, configJsonSchemaText(RULES.map((r) => r.meta)));
  write(CATALOGUE_FILE, catalogueJsonText());
}

if (require.main === module) main();
