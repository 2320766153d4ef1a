/**
 * `mplan.config.yaml`: rule severities by code or name, thresholds. Its own
 * mistakes are problems with exact ranges in the config file (MP002, MP003).
 */
import type { FriendlyError } from '../parse/friendly-errors';
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { KeyWrite, Severity } from '../findings';
import { renameHint, renameSuggestion, type TakenWhere } from '../fix/rename';
import type { MessageData } from '../messages/message';
import type { ParsedFile } from '../parse/parse-file';
import { keysOf, mapId, spanOf } from '../parse/yaml-nodes';
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
  /** A message of the rule of `code` (MP001, MP002 or MP003) with its values. */
  messageId: string;
  data: MessageData;
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
  const problem = (code: 'MP002', node: Node, messageId: string, data: MessageData = {}): void => {
    problems.push({ code, file, span: at(node), messageId, data });
  };
  /** MP003 for an unknown word, with a rename that never writes a key the map already holds. */
  const unknown = (
    node: Node,
    messageId: string,
    word: string,
    known: readonly string[],
    map: YAMLMap,
    held: (w: string) => boolean,
    keyOf: (w: string) => string,
    takenWhere: TakenWhere,
  ): void => {
    const s = renameSuggestion(word, known, held);
    const found: ConfigProblem = {
      code: 'MP003',
      file,
      span: at(node),
      messageId,
      data: { key: word, hint: renameHint(s, takenWhere) },
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
      problems.push({ code: 'MP001', file, span: e.span, messageId: 'configSyntax', data: { detail: e.message }, friendly: e.friendly });
    return { file, settings, thresholds, problems };
  }
  for (const d of file.duplicateKeys) {
    const key = file.source.text.slice(d.span.offset, d.span.offset + d.span.length);
    problems.push({ code: 'MP002', file, span: d.span, messageId: 'duplicateKey', data: { key } });
  }
  for (const d of file.extraDocuments) problems.push({ code: 'MP002', file, span: d, messageId: 'configSecondDocument', data: {} });
  if (!root) return { file, settings, thresholds, problems };
  if (!isMap(root)) {
    problem('MP002', root, 'configNotMap');
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
        'unknownConfigKey',
        k,
        TOP_KEYS,
        root,
        (w) => topKeys.has(w),
        (w) => w,
        'takenConfig',
      );
      continue;
    }
    if (!value || (isScalar(value) && value.value === null)) continue;
    if (!isMap(value)) {
      problem('MP002', value, 'sectionNotMap', { key: k });
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
        unknown(ik, 'unknownRule', word, names.words(), map, held, (w) => names.codeOf(w) ?? w, 'takenConfigured');
        continue;
      }
      const earlier = first.get(code);
      if (earlier) {
        const line = file.source.positionAt(at(earlier).offset).line + 1;
        const again = word === code ? code : `${word} (${code})`;
        problem('MP002', ik, 'ruleTwice', { rule: again, first: wordOf(earlier), line });
        continue;
      }
      first.set(code, ik);
      const setting = iv && isScalar(iv) ? String(iv.value) : '';
      if (!iv || !SETTINGS.includes(setting as RuleSetting)) {
        problem('MP002', iv ?? ik, 'badSeverity', { rule: word });
        continue;
      }
      if (setting === 'off' && (code === 'MP001' || code === 'MP002')) {
        problem('MP002', iv, 'cannotTurnOff', { code });
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
          'unknownThreshold',
          word,
          THRESHOLD_KEYS,
          map,
          (w) => held.has(w),
          (w) => w,
          'takenSet',
        );
        continue;
      }
      const v = iv && isScalar(iv) ? iv.value : undefined;
      if (word === 'pretestBudget') {
        if (typeof v === 'number' && v >= 0 && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6)
          thresholds.pretestBudgetCents = Math.round(v * 100);
        else problem('MP002', iv ?? ik, 'badPretestBudget');
      } else if (word === 'premiumDiscountLimit') {
        const m = typeof v === 'string' ? /^(\d+(?:\.\d+)?)%$/.exec(v) : null;
        if (m && Number(m[1]) <= 100) thresholds.premiumDiscountLimitBp = Math.round(Number(m[1]) * 100);
        else problem('MP002', iv ?? ik, 'badPremiumDiscountLimit');
      } else {
        if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 120) thresholds.adultAge = v;
        else problem('MP002', iv ?? ik, 'badAdultAge');
      }
    }
  }
}
