/**
 * `npm run gen`: write the generated artefacts that are committed to the
 * repository. Today: `schemas/mplan.schema.json`, the JSON Schema of the plan
 * format, generated from the zod schema (schemas/plan.ts). tests/engine/schema.test.ts
 * fails when the committed file is stale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { planJsonSchemaText } from '../../schemas/json-schema';

/** The repository root (this file runs from out/tests/tools/). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SCHEMA_FILE = path.join(REPO_ROOT, 'schemas', 'mplan.schema.json');

function main(): void {
  const text = planJsonSchemaText();
  const old = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : undefined;
  if (old === text) {
    process.stdout.write(`${path.relative(process.cwd(), SCHEMA_FILE)} is up to date\n`);
    return;
  }
  fs.writeFileSync(SCHEMA_FILE, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
}

if (require.main === module) main();
