/**
 * `mplan.config.yaml`: rule severities by code or name, thresholds. Its own
 * mistakes are problems with exact ranges in the config file (MP002, MP003).
 */
import { isMap, isScalar, type Node, type Scalar } from 'yaml';
import type { Severity } from '../findings';
import type { ParsedFile } from '../parse/parse-file';
import { spanOf } from '../parse/yaml-nodes';
import type { Span } from '../text/source-file';
import { closest, closestAll } from '../text/closest';

export type RuleSetting = Severity | 'off';

export interface Thresholds {
  /** MP402, in cents. */
  pretestBudgetCents: number;
  /** MP204, in basis points. */
  premiumDiscountLimitBp: number;
  /** MP403. */
  adultAge: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { pretestBudgetCents: 50000_00, premiumDiscountLimitBp: 2000, adultAge: 18 };

export interface ConfigProblem {
  code: 'MP001' | 'MP002' | 'MP003';
  file: ParsedFile;
  span: Span;
  message: string;
  /** For MP003: the closest known word, if any. */
  suggestion?: string;
  /** For MP003: the suggestion is the single candidate at distance 1 (a safe fix). */
  suggestionSafe?: boolean;
}

export interface LoadedConfig {
  file: ParsedFile | undefined;
  settings: ReadonlyMap<string, RuleSetting>;
  thresholds: Thresholds;
  problems: ConfigProblem[];
}

export interface RuleNames {
  /** Code for a code or a name, or undefined. */
  codeOf(word: string): string | undefined;
  words(): string[];
}

export const NO_CONFIG: LoadedConfig = { file: undefined, settings: new Map(), thresholds: DEFAULT_THRESHOLDS, problems: [] };

const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'hint', 'off'];
const TOP_KEYS = ['rules', 'thresholds'];
const THRESHOLD_KEYS = ['pretestBudget', 'premiumDiscountLimit', 'adultAge'];

export function loadConfig(file: ParsedFile, names: RuleNames): LoadedConfig {
  const settings = new Map<string, RuleSetting>();
  const thresholds: Thresholds = { ...DEFAULT_THRESHOLDS };
  const problems: ConfigProblem[] = [];
  const at = (node: Node): Span => spanOf(node, file.source);
  const problem = (code: 'MP002' | 'MP003', node: Node, message: string, suggestion?: string, candidates?: readonly string[]): void => {
    let suggestionSafe = false;
    if (suggestion && candidates && isScalar(node)) {
      const near = closestAll(String(node.value), candidates);
      suggestionSafe = near.words.length === 1 && near.distance === 1;
    }
    problems.push({ code, file, span: at(node), message, suggestion, suggestionSafe });
  };
  const root = file.doc?.contents;
  if (file.syntaxErrors.length) {
    for (const e of file.syntaxErrors) problems.push({ code: 'MP001', file, span: e.span, message: `YAML syntax error: ${e.message}` });
    return { file, settings, thresholds, problems };
  }
  if (!root) return { file, settings, thresholds, problems };
  if (!isMap(root)) {
    problem('MP002', root, 'mplan.config.yaml must be a map with `rules` and `thresholds`');
    return { file, settings, thresholds, problems };
  }
  for (const pair of root.items) {
    const key = pair.key as Node;
    const k = isScalar(key) ? String(key.value) : '';
    const value = pair.value as Node | null;
    if (!TOP_KEYS.includes(k)) {
      const s = closest(k, TOP_KEYS);
      problem('MP003', key, `unknown key \`${k}\` in mplan.config.yaml${s ? `; did you mean \`${s}\`?` : ''}`, s, TOP_KEYS);
      continue;
    }
    if (!value || (isScalar(value) && value.value === null)) continue;
    if (!isMap(value)) {
      problem('MP002', value, `\`${k}\` must be a map`);
      continue;
    }
    for (const item of value.items) {
      const ik = item.key as Node;
      const word = isScalar(ik) ? String(ik.value) : '';
      const iv = item.value as Node | null;
      if (k === 'rules') {
        const code = names.codeOf(word);
        if (!code) {
          const s = closest(word, names.words());
          problem('MP003', ik, `unknown rule \`${word}\`${s ? `; did you mean \`${s}\`?` : ''}`, s, names.words());
          continue;
        }
        const setting = iv && isScalar(iv) ? String(iv.value) : '';
        if (!iv || !SETTINGS.includes(setting as RuleSetting)) {
          problem('MP002', iv ?? ik, `severity of ${word} must be one of error, warning, info, hint, off`);
          continue;
        }
        if (setting === 'off' && (code === 'MP001' || code === 'MP002')) {
          problem('MP002', iv, `${code} cannot be turned off: a plan that cannot be read cannot be checked`);
          continue;
        }
        settings.set(code, setting as RuleSetting);
      } else {
        if (!THRESHOLD_KEYS.includes(word)) {
          const s = closest(word, THRESHOLD_KEYS);
          problem('MP003', ik, `unknown threshold \`${word}\`${s ? `; did you mean \`${s}\`?` : ''}`, s, THRESHOLD_KEYS);
          continue;
        }
        const v = iv && isScalar(iv) ? (iv as Scalar).value : undefined;
        if (word === 'pretestBudget') {
          if (typeof v === 'number' && v >= 0 && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6) thresholds.pretestBudgetCents = Math.round(v * 100);
          else problem('MP002', iv ?? ik, 'pretestBudget must be an amount of money (a non-negative number)');
        } else if (word === 'premiumDiscountLimit') {
          const m = typeof v === 'string' ? /^(\d+(?:\.\d+)?)%$/.exec(v) : null;
          if (m && Number(m[1]) <= 100) thresholds.premiumDiscountLimitBp = Math.round(Number(m[1]) * 100);
          else problem('MP002', iv ?? ik, 'premiumDiscountLimit must be a percentage such as 20%');
        } else {
          if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 120) thresholds.adultAge = v;
          else problem('MP002', iv ?? ik, 'adultAge must be a whole number of years from 0 to 120');
        }
      }
    }
  }
  return { file, settings, thresholds, problems };
}
