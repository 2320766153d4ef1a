/**
 * `npm run gen`: write the generated artefacts that are committed to the
 * repository. Today: `schemas/mplan.schema.json`, the JSON Schema of the plan
 * format, generated from the zod schema (schemas/plan.ts), and `schemas/mplan-config.schema.json`,
 * that of `mplan.config.yaml` (schemas/config.ts). Tests fail when a committed file is stale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configJsonSchemaText, planJsonSchemaText } from '../../schemas/json-schema';
import { RULES } from '../../server/src/engine/rules/registry';

/** The repository root (this file runs from out/tests/tools/). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SCHEMA_FILE = path.join(REPO_ROOT, 'schemas', 'mplan.schema.json');
export const CONFIG_SCHEMA_FILE = path.join(REPO_ROOT, 'schemas', 'mplan-config.schema.json');

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
}

if (require.main === module) main();
