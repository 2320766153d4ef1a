/**
 * Analyse one scope: model -> index -> rules -> suppressions -> findings.
 * Pure and editor-independent: the CLI and the language server both call it.
 */
import type { LoadedConfig, RuleSetting } from './config/config';
import type { Finding, Severity } from './findings';
import { compareFindings } from './findings';
import { buildFileModel } from './model/build';
import { WITH_NODES, type Handles } from './model/handles';
import { NO_TREE } from './fix/edits';
import type { FileModel } from './model/types';
import type { ParsedFile } from './parse/parse-file';
import { validateFile, type StructureProblem } from './parse/validate';
import { spanOf } from './parse/yaml-nodes';
import { RULES, codeOf } from './rules/registry';
import type { FixSpec, ReportSpec, Rule, RuleContext } from './rules/rule';
import { ScopeIndex } from './scope/scope-index';
import type { ScopeFiles } from './scope/scopes';
import { applySuppressions, findDirectives, type Directive } from './suppress/suppressions';
import { renderMessage } from './messages/render';
import {
  campaignUnits,
  dependenciesHold,
  indexForUnit,
  readsDownstream,
  upstreamSignature,
  type UnitDependencies,
} from './units/campaign-units';

/** What the campaign rules found on one file's campaigns, kept for the next analysis while its key holds. */
export interface UnitResult {
  key: string;
  shared: string;
  /** The upstream queries its rules made, with their answers (see units/campaign-units.ts). */
  deps: UnitDependencies;
  /** True when `deps` read more than the upstream entities (see `readsDownstream`): they are asked again whatever changed. */
  downstream: boolean;
  /** Findings as the rules reported them (before suppression; copied on reuse). */
  findings: readonly Finding[];
  internalErrors: readonly string[];
}

export interface ScopeAnalysis {
  scope: ScopeFiles;
  index: ScopeIndex;
  models: FileModel[];
  findings: Finding[];
  /** Rules that threw: the rest of the analysis went on without them. */
  internalErrors: string[];
  /** The campaign rules' work per campaign, reused by the next analysis of the scope (see units/campaign-units.ts); empty for a one-off analysis. */
  units: ReadonlyMap<string, UnitResult>;
  /** How many units this analysis checked (the rest it reused). */
  unitsChecked: number;
  /** The files holding upstream entities, by identity (`upstreamSignature`). */
  upstream: string;
}

export interface AnalyzeOptions {
  config: LoadedConfig;
  misplacedConfigs?: readonly ParsedFile[];
  /** Files whose model stands in for a file with a syntax error (the language server's last valid version). */
  lastValid?: ReadonlyMap<string, ParsedFile>;
  /** Today's date (YYYY-MM-DD) for placeholders when the scope has no plan period. */
  today?: string;
  /** The scope's previous analysis: campaign units whose dependency key is unchanged are reused. */
  previous?: ScopeAnalysis;
  /** False for an analysis made once (the CLI): no campaign unit is recorded for a next one. */
  incremental?: boolean;
  /**
   * False when no fix is wanted (the CLI's outputs that show none): findings
   * carry no fixes, and the scope's models may be built without nodes
   * (`analyzeFile`'s `handles`), their files' trees released.
   */
  fixes?: boolean;
}

/** Per-file work that does not depend on the rest of the scope; cacheable by text. */
export interface FileAnalysis {
  model: FileModel;
  problems: StructureProblem[];
  /** The file's suppression comments, none used yet (each analysis works on a copy). */
  directives: readonly Directive[];
}

const fileCache = new WeakMap<ParsedFile, FileAnalysis>();

/**
 * Validate and model a file, once (cached by file). With `handles` that keep
 * no nodes (`OFFSETS_ONLY`), everything an analysis without fixes reads is
 * then held apart from the tree, and the caller may release it (`releaseTree`).
 * A file is analysed one way: the first call's `handles` are the ones kept.
 */
export function analyzeFile(file: ParsedFile, handles: Handles = WITH_NODES): FileAnalysis {
  let a = fileCache.get(file);
  if (!a) {
    a = {
      model: buildFileModel(file, handles),
      problems: file.syntaxErrors.length ? [] : validateFile(file, 'items', handles),
      directives: findDirectives(file),
    };
    // The plain data served validation only: let it go (large workspaces stay small in memory).
    file.data = undefined;
    fileCache.set(file, a);
  }
  return a;
}

function settingOf(config: LoadedConfig, rule: Rule): RuleSetting {
  return config.settings.get(rule.meta.code) ?? rule.meta.severity;
}

export function analyzeScope(scope: ScopeFiles, options: AnalyzeOptions): ScopeAnalysis {
  const config = options.config;
  const problems = new Map<ParsedFile, StructureProblem[]>();
  const models: FileModel[] = [];
  for (const file of scope.files) {
    const stand = file.syntaxErrors.length ? options.lastValid?.get(file.path) : undefined;
    const a = analyzeFile(stand ?? file);
    models.push(a.model);
    problems.set(file, a.problems);
  }
  const index = new ScopeIndex(models);
  const findings: Finding[] = [];
  const plan = index.plan;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const directives = new Map<ParsedFile, Directive[]>();
  for (const f of scope.files) directives.set(f, unusedCopies(analyzeFile(f).directives));
  const fixes = options.fixes ?? true;

  const internalErrors: string[] = [];
  let current: Rule | undefined;
  let severity: Severity = 'error';
  const ctx: RuleContext = {
    scope,
    index,
    thresholds: config.thresholds,
    problems,
    configProblems: config.problems,
    misplacedConfigs: options.misplacedConfigs ?? [],
    placeholderDate: plan?.period.start?.value ?? today,
    currency: plan?.currency?.value ?? 'EUR',
    directives,
    settingOf: (code) => {
      const r = RULES.find((x) => x.meta.code === code);
      return r ? settingOf(config, r) : 'off';
    },
    codeOf,
    report: (spec: ReportSpec) => {
      if (!current) return;
      findings.push(toFinding(current, severity, spec, fixes));
    },
  };
  const run = (rule: Rule, context: RuleContext = ctx, part: 'check' | 'checkCampaigns' = 'check'): void => {
    const setting = settingOf(config, rule);
    if (setting === 'off') return;
    current = rule;
    severity = setting;
    const before = findings.length;
    try {
      if (part === 'check') rule.check?.(context);
      else rule.checkCampaigns?.(context);
    } catch (e) {
      // One broken rule must not take the other findings with it.
      findings.length = before;
      internalErrors.push(`${rule.meta.code} ${rule.meta.name} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    current = undefined;
  };
  for (const rule of RULES) if (!rule.afterSuppression && rule.check !== undefined) run(rule);
  // The part of rules that judges campaigns one at a time runs per unit.
  const campaignRules = RULES.filter((r) => !r.afterSuppression && r.checkCampaigns !== undefined);
  const units = new Map<string, UnitResult>();
  const incremental = options.incremental ?? true;
  let unitsChecked = 0;
  const upstream = incremental ? upstreamSignature(index) : '';
  // The upstream files unchanged: a unit that read only upstream entities needs no query asked again.
  const sameUpstream = options.previous?.upstream === upstream;
  for (const unit of campaignUnits(index, config, ctx.placeholderDate, ctx.currency, incremental)) {
    const prev = options.previous?.units.get(unit.id);
    if (
      prev?.key === unit.key &&
      prev.shared === unit.shared &&
      ((sameUpstream && !prev.downstream) || dependenciesHold(index, prev.deps))
    ) {
      for (const f of prev.findings) findings.push({ ...f });
      internalErrors.push(...prev.internalErrors);
      units.set(unit.id, prev);
      continue;
    }
    unitsChecked++;
    const findingsBefore = findings.length;
    const errorsBefore = internalErrors.length;
    const deps = incremental ? new Map<string, string>() : undefined;
    const unitCtx: RuleContext = { ...ctx, index: indexForUnit(index, unit.campaigns, deps) };
    for (const rule of campaignRules) run(rule, unitCtx, 'checkCampaigns');
    if (deps)
      units.set(unit.id, {
        key: unit.key,
        shared: unit.shared,
        deps,
        downstream: readsDownstream(deps),
        findings: findings.slice(findingsBefore).map((f) => ({ ...f })),
        internalErrors: internalErrors.slice(errorsBefore),
      });
  }

  // A file with a syntax error yields its MP001 and nothing else inside it.
  const broken = new Set(scope.files.filter((f) => f.syntaxErrors.length).map((f) => f.path));
  const kept = findings.filter((f) => f.code === 'MP001' || !broken.has(f.file));
  applySuppressions(kept, scope.files, directives, codeOf);
  findings.length = 0;
  for (const rule of RULES) if (rule.afterSuppression) run(rule);
  for (const f of findings) if (!broken.has(f.file)) kept.push(f);
  kept.sort(compareFindings);
  return { scope, index, models, findings: kept, internalErrors: [...new Set(internalErrors)], units, unitsChecked, upstream };
}

/** Directives as found, none used: suppression marks what it uses on its own copy. */
function unusedCopies(found: readonly Directive[]): Directive[] {
  return found.map((d) => ({ ...d, tokens: d.tokens.map((t) => ({ ...t, used: false })) }));
}

function toFinding(rule: Rule, severity: Severity, spec: ReportSpec, withFixes: boolean): Finding {
  const file = spec.file;
  const span = file.source.normalize(spec.span ?? (spec.node ? spanOf(spec.node, file.source) : { offset: 0, length: 0 }));
  return {
    code: rule.meta.code,
    name: rule.meta.name,
    severity,
    messageId: spec.messageId,
    data: spec.data,
    message: renderMessage(rule.meta.messages, spec.messageId, spec.data),
    file: file.path,
    span,
    range: file.source.rangeOf(span),
    related: (spec.related ?? []).map((r) => {
      const s = r.file.source.normalize(r.span ?? (r.node ? spanOf(r.node, r.file.source) : { offset: 0, length: 0 }));
      const data = r.data ?? {};
      const message = renderMessage(rule.meta.messages, r.messageId, data);
      return { file: r.file.path, span: s, range: r.file.source.rangeOf(s), message, messageId: r.messageId, data };
    }),
    // A fix that would have to edit inside a value an alias stands for is not offered (rules.md "Aliases").
    fixes: fixesOf(spec, withFixes)
      .filter((f) => !f.edits.some((e) => e.throughAlias))
      .map((f) => {
        const titleData = f.titleData ?? {};
        const title = renderMessage(rule.meta.messages, f.titleId, titleData);
        return { title, titleId: f.titleId, titleData, safe: f.safe ?? false, preferred: f.preferred ?? false, edits: f.edits };
      }),
    suppressed: false,
  };
}

/**
 * The fixes a finding offers: none when the analysis wants none. A fix computed on a model
 * without nodes (`NO_TREE`) is the rule's internal error, never an edit offered.
 */
function fixesOf(spec: ReportSpec, wanted: boolean): FixSpec[] {
  if (!wanted) return [];
  const fixes = spec.fixes ?? [];
  if (fixes.some((f) => f.edits.includes(NO_TREE))) throw new Error('a fix was asked of a plan read without its tree');
  return fixes;
}
