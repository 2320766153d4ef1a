/**
 * The zod schema of `mplan.config.yaml`: rule severities by code or by name, and thresholds. The rule
 * catalogue is a parameter (schemas/ sits below the engine), so the schema lists every code and name.
 */
import * as z from 'zod';
import { Money, Percentage } from './plan';

/** `Percentage`'s pattern with its 100% ceiling spelled out, so that JSON Schema tools enforce it too. */
const PERCENT_UP_TO_100 = '^0*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)%$';

export const RULE_SETTINGS = ['error', 'warning', 'info', 'hint', 'off'] as const;

/** Rules that cannot be turned off (rules.md "Configuration"). */
export const ALWAYS_ON = ['MP001', 'MP002'] as const;

export interface RuleEntry {
  code: string;
  name: string;
  severity: string;
  summary: string;
}

export function configSchema(rules: readonly RuleEntry[]) {
  const on = z.enum(['error', 'warning', 'info', 'hint']);
  const any = z.enum(RULE_SETTINGS);
  const shape: Record<string, z.ZodOptional<typeof on> | z.ZodOptional<typeof any>> = {};
  for (const r of rules) {
    const setting = (ALWAYS_ON as readonly string[]).includes(r.code) ? on : any;
    const description = `${r.code} ${r.name} (default ${r.severity}): ${r.summary}`;
    shape[r.code] = setting.optional().meta({ description });
    shape[r.name] = setting.optional().meta({ description });
  }
  return z
    .strictObject({
      rules: z
        .strictObject(shape)
        .optional()
        .meta({ description: 'Rule severities by code (MP401) or by name (missing-sales-review): error, warning, info, hint or off.' }),
      thresholds: z
        .strictObject({
          pretestBudget: Money.optional().meta({ description: 'MP402: campaign budgets at or above this need a pretest (default 50000).' }),
          premiumDiscountLimit: Percentage.meta({ pattern: PERCENT_UP_TO_100 })
            .optional()
            .meta({ description: 'MP204: the deepest discount for a premium product (default 20%).' }),
          adultAge: z
            .number()
            .int()
            .min(0)
            .max(120)
            .optional()
            .meta({ description: 'MP403: audiences reaching younger people need a compliance sign-off (default 18).' }),
        })
        .optional(),
    })
    .meta({
      title: 'mplan.config.yaml',
      description: 'Configuration of the mplan rules for the plans in this folder and below (the nearest file wins whole).',
    });
}
