/** What a rule is: metadata, an explanation for a marketer, and a check. */
import type { Fix, Severity, TextEdit } from '../findings';
import type { Placed } from '../model/handles';
import type { ParsedFile } from '../parse/parse-file';
import type { StructureProblem } from '../parse/validate';
import type { ScopeIndex } from '../scope/scope-index';
import type { ScopeFiles } from '../scope/scopes';
import type { Span } from '../text/source-file';
import type { ConfigProblem, RuleSetting, Thresholds } from '../config/config';
import type { Directive } from '../suppress/suppressions';
import type { MessageData, MessageTemplates } from '../messages/message';

export type RuleGroup = 'structure' | 'alignment' | 'pricing' | 'timing' | 'governance' | 'flow';

export interface RuleMeta {
  code: string;
  name: string;
  severity: Severity;
  group: RuleGroup;
  /** One line for `mplan rules`. */
  summary: string;
  /** Two to five sentences for a marketer: the contradiction, why it hurts, what to change. */
  explanation: string;
  /** Its message templates by message id (English); placeholders are `{name}`. */
  messages: MessageTemplates;
}

export interface RelatedSpec {
  file: ParsedFile;
  node?: Placed;
  span?: Span;
  /** A key of the rule's `meta.messages` (by convention `related.*`). */
  messageId: string;
  data?: MessageData;
}

export interface FixSpec {
  /** A key of the rule's `meta.messages` (by convention `fix.*`): the fix's title. */
  titleId: string;
  titleData?: MessageData;
  safe?: boolean;
  preferred?: boolean;
  edits: TextEdit[];
}

export interface ReportSpec {
  file: ParsedFile;
  /** The node (or handle) the range covers; or `span`. */
  node?: Placed;
  span?: Span;
  /** A key of the rule's `meta.messages`. */
  messageId: string;
  data: MessageData;
  related?: RelatedSpec[];
  fixes?: FixSpec[];
}

export interface RuleContext {
  readonly scope: ScopeFiles;
  readonly index: ScopeIndex;
  readonly thresholds: Thresholds;
  /** Structure problems (MP002, MP003, MP006) of each plan file of the scope. */
  readonly problems: ReadonlyMap<ParsedFile, readonly StructureProblem[]>;
  /** Problems of the scope's `mplan.config.yaml`. */
  readonly configProblems: readonly ConfigProblem[];
  /** Config files in folders below the scope's root (MP008). */
  readonly misplacedConfigs: readonly ParsedFile[];
  /** The placeholder date: the plan period's start, else today. */
  readonly placeholderDate: string;
  readonly currency: string;
  /** Suppression comments per file, marked used; set only for rules that run after suppression (MP000). */
  readonly directives: ReadonlyMap<ParsedFile, readonly Directive[]>;
  /** The configured setting of a rule code (its default when not configured). */
  settingOf(code: string): RuleSetting;
  /** The code of a rule code or name, when such a rule exists. */
  codeOf(word: string): string | undefined;
  report(spec: ReportSpec): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  /** Runs after suppression comments are applied (MP000 only). */
  readonly afterSuppression?: boolean;
  /** The scope-wide part: runs once per analysis over the whole index. */
  check?(ctx: RuleContext): void;
  /**
   * The part that judges campaigns one at a time: run per campaign unit with
   * the unit's view of the index (`ctx.index.campaigns` is the unit's
   * campaigns), so its work is reused while the unit's key holds
   * (units/campaign-units.ts); `check`, when the rule has one, leaves campaigns
   * alone. A rule whose findings on a campaign depend only on that campaign and
   * what it resolves upstream has only this part.
   */
  checkCampaigns?(ctx: RuleContext): void;
}

export type { Fix };
