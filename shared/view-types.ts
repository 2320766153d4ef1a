/**
 * View data: what the timeline, the budget and the plan map show of one scope.
 * Plain, serialisable data (no YAML nodes), computed by the engine
 * (`server/src/engine/views/`) so that every face (the CLI's report, the
 * language server, the editor's views) shows the same. Pure types, shared by
 * the engine and every client.
 *
 * The shapes are generic in how a place is written: the engine writes a file
 * path (`{ file, range }`), the language server's `mplan/scopeViews` a URI
 * (`{ uri, range }`, the default here). Ranges are LSP ranges (0-based, UTF-16).
 */

export type ViewSeverity = 'error' | 'warning' | 'info' | 'hint';

export interface ViewPosition {
  line: number;
  character: number;
}

export interface ViewRange {
  start: ViewPosition;
  end: ViewPosition;
}

/** A place as the language server sends it. */
export interface UriPlace {
  uri: string;
  range: ViewRange;
}

/** `kind:id`, e.g. `campaign:spring-launch`: unique within a scope. */
export type EntityKey = string;

export type ViewEntityKind = 'plan' | 'research' | 'segment' | 'channel' | 'product' | 'initiative' | 'campaign';

export interface EntityRef<P = UriPlace> {
  key: EntityKey;
  kind: ViewEntityKind;
  id: string;
  /** The entity's name, or its id when it has none. */
  label: string;
  /** Where its id is written. */
  place: P;
}

/** Where, inside a campaign, a finding sits (for drawing it at its date). */
export type CampaignPart = 'schedule' | 'salesReview' | 'pretest' | 'compliance' | 'budget';

export interface ViewFinding<P = UriPlace> {
  code: string;
  name: string;
  /** The rule's group (`structure`, `alignment`, `pricing`, `timing`, `governance`, `flow`). */
  group: string;
  severity: ViewSeverity;
  message: string;
  place: P;
  /** The entity whose entry holds the finding; undefined for findings outside every entity (a syntax error, a config). */
  owner: EntityKey | undefined;
  /** The part of a campaign it sits in, when its owner is a campaign. */
  part: CampaignPart | undefined;
  /** The entities its related places are in (the upstream decisions it contradicts), in order, without repeats. */
  relatedEntities: EntityKey[];
  related: Array<{ place: P; message: string }>;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export interface DateRange {
  start: string;
  end: string;
}

/** An amount of money: whole cents, and its text in the plan's style (without the currency). */
export interface Amount {
  cents: number;
  text: string;
}

export interface PlanSummary<P = UriPlace> {
  entity: EntityRef<P>;
  name: string;
  period: DateRange | undefined;
  currency: string | undefined;
  budget: Amount | undefined;
  mission: string | undefined;
  identity: string | undefined;
}

export type MilestoneKind = 'research-completed' | 'product-available' | 'initiative-due';

export interface Milestone<P = UriPlace> {
  kind: MilestoneKind;
  entity: EntityRef<P>;
  date: string;
  findings: ViewFinding<P>[];
  counts: SeverityCounts;
}

export interface SignOffDate {
  kind: 'salesReview' | 'pretest' | 'compliance';
  date: string;
}

export interface TimelineCampaign<P = UriPlace> {
  entity: EntityRef<P>;
  status: string;
  /** The product id as written, when written. */
  product: string | undefined;
  segments: string[];
  channels: string[];
  /** Undefined when the schedule is missing or invalid. */
  schedule: DateRange | undefined;
  budget: Amount | undefined;
  signOffs: SignOffDate[];
  /** Milestones this campaign depends on: research behind its segments, its product, initiatives for its segments or product. */
  upstream: EntityKey[];
  findings: ViewFinding<P>[];
  counts: SeverityCounts;
  worst: ViewSeverity | undefined;
}

export interface Timeline<P = UriPlace> {
  period: DateRange | undefined;
  /** From the earliest to the latest date shown (period, milestones, schedules, sign-offs); undefined when there is no date at all. */
  axis: DateRange | undefined;
  milestones: Milestone<P>[];
  /** In schedule order (start, then end, then id); campaigns without a valid schedule last, by id. */
  campaigns: TimelineCampaign<P>[];
}

export interface BudgetLine {
  /** The id as the campaigns write it; '' for campaigns that name none. */
  key: string;
  label: string;
  amount: Amount;
  /** Campaigns that put money here, in the timeline's order. */
  campaigns: string[];
  /** True when part of this amount is an even share of a campaign split over several segments or channels. */
  shared: boolean;
}

export interface BudgetMonth {
  /** `YYYY-MM`. */
  month: string;
  amount: Amount;
}

/** A campaign whose budget is split evenly over several segments or channels. */
export interface BudgetSplit {
  campaign: string;
  over: 'segments' | 'channels';
  parts: number;
  amount: Amount;
}

export interface BudgetView<P = UriPlace> {
  currency: string | undefined;
  /** Sum of the campaign budgets. */
  total: Amount;
  planBudget: Amount | undefined;
  /** planBudget - total (negative when over). */
  remaining: Amount | undefined;
  over: boolean;
  bySegment: BudgetLine[];
  byChannel: BudgetLine[];
  byProduct: BudgetLine[];
  /**
   * Each campaign's budget spread over the days of its schedule (both ends
   * included), so a month gets the share of the days it holds; cents are
   * apportioned by largest remainder, so the months sum to the budget exactly.
   */
  byMonth: BudgetMonth[];
  /** Budget of campaigns with no valid schedule (in no month). */
  unscheduled: Amount;
  splits: BudgetSplit[];
  /** Campaigns with no budget, in the timeline's order. */
  withoutBudget: EntityRef<P>[];
}

export type MapLayer = 'research' | 'segment' | 'initiative' | 'product' | 'campaign';

export interface MapNode<P = UriPlace> {
  entity: EntityRef<P>;
  layer: MapLayer;
  worst: ViewSeverity | undefined;
  counts: SeverityCounts;
}

export interface MapEdge {
  from: EntityKey;
  to: EntityKey;
  kind: 'backs' | 'aims-at' | 'made-for' | 'targets' | 'promotes';
  /** The worst finding of the target that relates to the source (a contradiction along this flow). */
  worst: ViewSeverity | undefined;
  codes: string[];
}

export interface PlanMap<P = UriPlace> {
  nodes: MapNode<P>[];
  edges: MapEdge[];
}

export interface ScopeViews<P = UriPlace> {
  /** The scope's root folder (a path from the engine, a URI from the server). */
  root: string;
  /** Its plan files (paths from the engine, URIs from the server). */
  files: string[];
  plan: PlanSummary<P> | undefined;
  timeline: Timeline<P>;
  budget: BudgetView<P>;
  map: PlanMap<P>;
  /** Every finding of the scope that is not suppressed, in finding order. */
  findings: ViewFinding<P>[];
  counts: SeverityCounts;
}
