/**
 * `mplan.config.yaml`: rule severities by code or name, thresholds. Its own
 * mistakes are problems with exact ranges in the config file (MP002, MP003).
 */
import type { FriendlyError } from '../parse/friendly-errors';
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { KeyWrite, Severity } from '../findings';
import { keysOf, mapId } from '../fix/key-maps';
import { renameHint, renameSuggestion } from '../fix/rename';
import type { ParsedFile } from '../parse/parse-file';
import { spanOf } from '../parse/yaml-nodes';
import type { Span } from '../text/source-file';

export type RuleSetting = Severity | 'off';

export interface Thresholds {
  /** MP402, in cents. */
  pretestBudgetCents: number;
  /** MP204, in basis points. */
  premiumDiscountLimitBp: number;
  /** MP403. */
  adultAge: number;
}

const DEFAULT_THRESHOLDS: Thresholds = { pretestBudgetCents: 50000_00, premiumDiscountLimitBp: 2000, adultAge: 18 };

export interface ConfigProblem {
  code: 'MP001' | 'MP002' | 'MP003';
  file: ParsedFile;
  span: Span;
  message: string;
  /** For MP003: the closest known word, if any. */
  suggestion?: string;
  /** For MP003: the suggestion is the single candidate at distance 1 (a safe fix). */
  suggestionSafe?: boolean;
  /** For MP003: the key the rename writes (never one the map already holds). */
  writesKey?: KeyWrite;
  /** For MP001: the mistake in a marketer's terms, when it is a known one. */
  friendly?: FriendlyError;
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
  const problem = (code: 'MP002', node: Node, message: string): void => {
    problems.push({ code, file, span: at(node), message });
  };
  /** MP003 for an unknown word, with a rename that never writes a key the map already holds. */
  const unknown = (
    node: Node,
    what: string,
    word: string,
    known: readonly string[],
    map: YAMLMap,
    held: (w: string) => boolean,
    keyOf: (w: string) => string,
    takenWhere: string,
  ): void => {
    const s = renameSuggestion(word, known, held);
    const found: ConfigProblem = {
      code: 'MP003',
      file,
      span: at(node),
      message: `${what}${renameHint(s, takenWhere)}`,
      suggestionSafe: s.safe,
    };
    if (s.target) {
      found.suggestion = s.target;
      found.writesKey = { map: mapId(map), key: keyOf(s.target) };
    }
    problems.push(found);
  };
  const root = file.doc?.contents;
  if (file.syntaxErrors.length) {
    for (const e of file.syntaxErrors)
      problems.push({ code: 'MP001', file, span: e.span, message: `YAML syntax error: ${e.message}`, friendly: e.friendly });
    return { file, settings, thresholds, problems };
  }
  for (const d of file.duplicateKeys) problems.push({ code: 'MP002', file, span: d.span, message: d.message });
  for (const d of file.extraDocuments) {
    problems.push({ code: 'MP002', file, span: d, message: 'mplan.config.yaml holds one YAML document; this second document is not read' });
  }
  if (!root) return { file, settings, thresholds, problems };
  if (!isMap(root)) {
    problem('MP002', root, 'mplan.config.yaml must be a map with `rules` and `thresholds`');
    return { file, settings, thresholds, problems };
  }
  const topKeys = keysOf(root);
  for (const pair of root.items) {
    const key = pair.key as Node;
    const k = isScalar(key) ? String(key.value) : '';
    const value = pair.value as Node | null;
    if (!TOP_KEYS.includes(k)) {
      unknown(
        key,
        `unknown key ${k} in mplan.config.yaml`,
        k,
        TOP_KEYS,
        root,
        (w) => topKeys.has(w),
        (w) => w,
        'in mplan.config.yaml',
      );
      continue;
    }
    if (!value || (isScalar(value) && value.value === null)) continue;
    if (!isMap(value)) {
      problem('MP002', value, `${k} must be a map`);
      continue;
    }
    if (k === 'rules') readRules(value);
    else readThresholds(value);
  }
  return { file, settings, thresholds, problems };

  function readRules(map: YAMLMap): void {
    const wordOf = (ik: Node): string => (isScalar(ik) ? String(ik.value) : '');
    const configured = new Set<string>();
    for (const item of map.items) {
      const code = names.codeOf(wordOf(item.key as Node));
      if (code) configured.add(code);
    }
    /** The first entry of each rule: it counts, a later one is MP002. */
    const first = new Map<string, Node>();
    for (const item of map.items) {
      const ik = item.key as Node;
      const word = wordOf(ik);
      const iv = item.value as Node | null;
      const code = names.codeOf(word);
      if (!code) {
        const held = (w: string): boolean => configured.has(names.codeOf(w) ?? w);
        unknown(ik, `unknown rule ${word}`, word, names.words(), map, held, (w) => names.codeOf(w) ?? w, 'configured');
        continue;
      }
      const earlier = first.get(code);
      if (earlier) {
        const line = file.source.positionAt(at(earlier).offset).line + 1;
        const again = word === code ? code : `${word} (${code})`;
        problem(
          'MP002',
          ik,
          `${again} is configured twice: the first entry, ${wordOf(earlier)} on line ${line}, counts and this one is ignored`,
        );
        continue;
      }
      first.set(code, ik);
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
    }
  }

  function readThresholds(map: YAMLMap): void {
    const held = keysOf(map);
    for (const item of map.items) {
      const ik = item.key as Node;
      const word = isScalar(ik) ? String(ik.value) : '';
      const iv = item.value as Node | null;
      if (!THRESHOLD_KEYS.includes(word)) {
        unknown(
          ik,
          `unknown threshold ${word}`,
          word,
          THRESHOLD_KEYS,
          map,
          (w) => held.has(w),
          (w) => w,
          'set',
        );
        continue;
      }
      const v = iv && isScalar(iv) ? iv.value : undefined;
      if (word === 'pretestBudget') {
        if (typeof v === 'number' && v >= 0 && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6)
          thresholds.pretestBudgetCents = Math.round(v * 100);
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
