/**
 * The JSON Schema (schemas/mplan.schema.json) is generated from the zod schema
 * and committed; editors without the language server validate with it. It
 * must be up to date, and it must accept the examples and reject a broken plan.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { planJsonSchema, planJsonSchemaText } from '../../schemas/json-schema';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SCHEMA_FILE = path.join(ROOT, 'schemas', 'mplan.schema.json');
const EXAMPLES = [
  'examples/questforge/plan.mplan.yaml',
  'examples/questforge/campaigns/launch.mplan.yaml',
  'examples/northwind-saas/northwind.mplan.yaml',
];

/** YAML text to plain data, as the engine reads it (YAML 1.2 core schema: dates stay strings). */
function yamlData(text: string): unknown {
  return parse(text, { schema: 'core', version: '1.2' });
}

function validator(): ReturnType<Ajv2020['compile']> {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  return ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>);
}

describe('JSON Schema', () => {
  it('schemas/mplan.schema.json is up to date with schemas/plan.ts', () => {
    assert.ok(fs.existsSync(SCHEMA_FILE), 'schemas/mplan.schema.json is missing: run npm run gen');
    const committed = fs.readFileSync(SCHEMA_FILE, 'utf8');
    assert.ok(
      committed === planJsonSchemaText(),
      'schemas/mplan.schema.json is stale (schemas/plan.ts changed): run npm run gen and commit the result',
    );
  });

  it('is a draft 2020-12 schema with an $id', () => {
    const schema = planJsonSchema();
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(typeof schema.$id, 'string');
  });

  for (const rel of EXAMPLES) {
    it(`accepts ${rel}`, () => {
      const validate = validator();
      const data = yamlData(fs.readFileSync(path.join(ROOT, rel), 'utf8'));
      const ok = validate(data);
      assert.ok(ok, `${rel}: ${JSON.stringify(validate.errors, null, 2)}`);
    });
  }

  it('accepts an empty plan file (every section optional) and a flow-style audience with {min, max}', () => {
    const validate = validator();
    assert.ok(validate({}), JSON.stringify(validate.errors));
    const data = yamlData(
      'downstream:\n  campaigns:\n    - { id: a, name: A, product: p, segments: [s], channels: [email], audience: { age: { min: 30, max: 60 }, genders: any }, schedule: { start: 2027-01-01, end: 2027-02-01 } }\n',
    );
    assert.ok(validate(data), JSON.stringify(validate.errors));
  });

  const invalid: Array<{ name: string; text: string; where: string; keyword: string }> = [
    {
      name: 'a campaign without its required schedule',
      text: 'downstream:\n  campaigns:\n    - { id: a, name: A, product: p, segments: [s], channels: [email] }\n',
      where: '/downstream/campaigns/0',
      keyword: 'required',
    },
    { name: 'an unknown top-level key', text: 'version: 1\nupstreem: {}\n', where: '', keyword: 'additionalProperties' },
    { name: 'version 2', text: 'version: 2\n', where: '/version', keyword: 'const' },
    {
      name: 'a bare-number percentage',
      text: 'upstream:\n  products:\n    - { id: p, name: P, segments: [s], pricing: { list: 10, maxDiscount: 25 } }\n',
      where: '/upstream/products/0/pricing/maxDiscount',
      keyword: 'type',
    },
    {
      name: 'an id in upper case',
      text: 'upstream:\n  segments:\n    - { id: Teens, name: Teens }\n',
      where: '/upstream/segments/0/id',
      keyword: 'pattern',
    },
    {
      name: 'an unknown enum value',
      text: 'upstream:\n  segments:\n    - { id: teens, name: Teens, status: paused }\n',
      where: '/upstream/segments/0/status',
      keyword: 'enum',
    },
  ];
  for (const c of invalid) {
    it(`rejects ${c.name}`, () => {
      const validate = validator();
      assert.equal(validate(yamlData(c.text)), false, 'expected the plan to be rejected');
      const errors = validate.errors ?? [];
      assert.ok(
        errors.some((e) => e.instancePath === c.where && e.keyword === c.keyword),
        `expected a ${c.keyword} error at '${c.where}', got ${JSON.stringify(errors.map((e) => [e.instancePath, e.keyword]))}`,
      );
    });
  }

  it('rejects the QuestForge plan with its campaign broken', () => {
    const validate = validator();
    const text = fs
      .readFileSync(path.join(ROOT, 'examples/questforge/campaigns/launch.mplan.yaml'), 'utf8')
      .replace('budget: 80000', 'budget: -5');
    assert.notEqual(text, fs.readFileSync(path.join(ROOT, 'examples/questforge/campaigns/launch.mplan.yaml'), 'utf8'));
    assert.equal(validate(yamlData(text)), false);
    assert.ok(
      (validate.errors ?? []).some((e) => e.instancePath === '/downstream/campaigns/0/budget'),
      JSON.stringify(validate.errors),
    );
  });
});
