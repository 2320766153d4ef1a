/**
 * The JSON Schema of mplan.config.yaml (schemas/mplan-config.schema.json) is generated from its zod
 * schema and committed (other YAML tools validate with it). It must be up to date, and it must agree
 * with the engine's own config check: a config is valid by the schema exactly when the engine finds
 * no problem in it. Two limits of JSON Schema are left to the engine: duplicate keys (JSON data cannot
 * hold them) and money's two decimals (`multipleOf: 0.01` misfires on binary fractions in validators).
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { configJsonSchemaText } from '../../schemas/json-schema';
import { RULES, RULE_NAMES } from '../../server/src/engine/rules/registry';
import { loadConfig } from '../../server/src/engine/config/config';
import { parseFile } from '../../server/src/engine/parse/parse-file';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const FILE = path.join(ROOT, 'schemas', 'mplan-config.schema.json');

const CONFIGS: readonly string[] = [
  '',
  'rules:\n  MP401: off\n  segment-without-campaign: warning\n',
  'thresholds:\n  pretestBudget: 50000\n  premiumDiscountLimit: 20%\n  adultAge: 18\n',
  'rules: { MP204: hint, missing-kpis: error }\nthresholds: { adultAge: 21 }\n',
  'rules:\n  MP999: off\n',
  'rules:\n  MP001: off\n',
  'rules:\n  yaml-syntax: off\n',
  'rules:\n  MP401: loud\n',
  'rules:\n  MP401: true\n',
  'thresholds:\n  pretestBudget: -5\n',
  'thresholds:\n  premiumDiscountLimit: 20\n',
  'thresholds:\n  premiumDiscountLimit: 120%\n',
  'thresholds:\n  adultAge: 18.5\n',
  'thresholds:\n  adultAge: 200\n',
  'thresholds:\n  minimumAge: 18\n',
  'rule:\n  MP401: off\n',
  'rules: [MP401]\n',
];

describe('JSON Schema of mplan.config.yaml', () => {
  it('schemas/mplan-config.schema.json is up to date with schemas/config.ts and the rule registry', () => {
    const committed = fs.readFileSync(FILE, 'utf8');
    assert.ok(
      committed === configJsonSchemaText(RULES.map((r) => r.meta)),
      'schemas/mplan-config.schema.json is stale: run npm run gen and commit the result',
    );
  });

  it('is contributed to YAML tooling for mplan.config.yaml and shipped in both packages', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { yamlValidation: { fileMatch: string; url: string }[] };
      files: string[];
    };
    assert.ok(
      pkg.contributes.yamlValidation.some((v) => v.fileMatch === 'mplan.config.yaml' && v.url === './schemas/mplan-config.schema.json'),
    );
    assert.ok(pkg.files.includes('schemas/mplan-config.schema.json'));
    assert.match(fs.readFileSync(path.join(ROOT, 'client/scripts/package-vsix.mjs'), 'utf8'), /'schemas\/mplan-config\.schema\.json'/);
  });

  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(
    JSON.parse(fs.readFileSync(FILE, 'utf8')) as Record<string, unknown>,
  );
  for (const text of CONFIGS) {
    it(`agrees with the engine on ${JSON.stringify(text)}`, () => {
      const engine = loadConfig(parseFile('mplan.config.yaml', text), RULE_NAMES).problems.map((p) => `${p.code} ${p.messageId}`);
      const data: unknown = parse(text, { schema: 'core', version: '1.2' }) ?? {};
      const schemaOk = validate(data);
      assert.equal(
        schemaOk,
        engine.length === 0,
        `schema ${schemaOk ? 'accepts' : `rejects (${JSON.stringify(validate.errors)})`}; engine: ${JSON.stringify(engine)}`,
      );
    });
  }
});
