/** The JSON Schema of the format, generated from the zod schema (zod v4's own output). */
import * as z from 'zod';
import { PlanFile } from './plan';
import { configSchema, type RuleEntry } from './config';

export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanFile, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $id: 'https://github.com/mplan-dev/mplan/blob/main/schemas/mplan.schema.json', ...schema };
}

export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}

/** The JSON Schema of `mplan.config.yaml`, generated from its zod schema with the rule catalogue given. */
export function configJsonSchema(rules: readonly RuleEntry[]): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema(rules), { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $id: 'https://github.com/mplan-dev/mplan/blob/main/schemas/mplan-config.schema.json', ...schema };
}

export function configJsonSchemaText(rules: readonly RuleEntry[]): string {
  return `${JSON.stringify(configJsonSchema(rules), null, 2)}\n`;
}
