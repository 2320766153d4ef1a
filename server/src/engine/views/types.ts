/**
 * View data as the engine computes it: the shapes of `shared/view-types.ts`
 * with places written as absolute file paths. (The language server sends the
 * same shapes with URIs; see `shared/protocol.ts` `mplan/scopeViews`.)
 */
import type * as V from '../../../../shared/view-types';
import type { Range } from '../text/source-file';

export type {
  Amount,
  BudgetLine,
  BudgetMonth,
  BudgetSplit,
  CampaignPart,
  DateRange,
  EntityKey,
  MapEdge,
  MapLayer,
  MilestoneKind,
  SeverityCounts,
  SignOffDate,
  ViewEntityKind,
} from '../../../../shared/view-types';

export interface Place {
  file: string;
  range: Range;
}

export type EntityRef = V.EntityRef<Place>;
export type ViewFinding = V.ViewFinding<Place>;
export type PlanSummary = V.PlanSummary<Place>;
export type Milestone = V.Milestone<Place>;
export type TimelineCampaign = V.TimelineCampaign<Place>;
export type Timeline = V.Timeline<Place>;
export type BudgetView = V.BudgetView<Place>;
export type MapNode = V.MapNode<Place>;
export type PlanMap = V.PlanMap<Place>;
export type ScopeViews = V.ScopeViews<Place>;
