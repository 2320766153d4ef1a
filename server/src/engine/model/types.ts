/** The plan model: entities of one file, with handles on the YAML nodes they came from (handles.ts). */
import type { ParsedFile } from '../parse/parse-file';
import type { At, MapAt, ScalarAt, SeqAt } from './handles';
import type { AgeRange, GenderSet, Money, Percent, RegionSet } from './values';

/** A valid field: its parsed value, the value node and its key. */
export interface Field<T> {
  value: T;
  node: At;
  key: ScalarAt;
}

/**
 * A field written but not read: its value fails its own schema (MP002 says
 * so), or there is none (`evidence:`). A rule that must tell such a field from
 * an absent one, or place something on it, finds it here; its value is never
 * read.
 */
export interface InvalidField {
  key: ScalarAt;
  /** The pair as written: its key and its value, absent for `key:` with nothing after it. */
  pair: { key: ScalarAt; value: At | undefined };
  /** Written with no value (`evidence:`). */
  empty: boolean;
}

/** The fields of `K` written but invalid, by key; a field valid or absent has no entry. */
export type InvalidFields<K extends string> = Readonly<Partial<Record<K, InvalidField>>>;

/** A list written under a key: the key and the list node. */
export interface ListNode {
  key: ScalarAt;
  seq: SeqAt;
}

export type RefKind = 'research' | 'segment' | 'channel' | 'product' | 'valueProp' | 'metric';

/** One reference to an id, at a list item or a scalar value. */
export interface Ref {
  id: string;
  kind: RefKind;
  node: ScalarAt;
  file: ParsedFile;
  /** Its list, when it is a list item. */
  list: RefList | undefined;
  /** The entity whose field holds this reference. */
  owner: Entity;
}

export interface RefList extends ListNode {
  items: Ref[];
}

interface EntityBase {
  id: string;
  idNode: ScalarAt;
  map: MapAt;
  file: ParsedFile;
  /** Position in the file's list (declaration order). */
  index: number;
}

export interface PlanEntity extends EntityBase {
  kind: 'plan';
  /** The `plan` key. */
  planKey: ScalarAt;
  name: string | undefined;
  period: { start: Field<string> | undefined; end: Field<string> | undefined; map: MapAt | undefined };
  currency: Field<string> | undefined;
  budget: Field<Money> | undefined;
  mission: Field<string> | undefined;
  identity: Field<string> | undefined;
  invalid: InvalidFields<'period' | 'currency' | 'budget' | 'mission' | 'identity'>;
}

export interface ResearchEntity extends EntityBase {
  kind: 'research';
  method: string | undefined;
  completed: Field<string> | undefined;
  finding: string | undefined;
  segments: RefList | undefined;
  invalid: InvalidFields<'completed' | 'segments'>;
}

export interface SegmentEntity extends EntityBase {
  kind: 'segment';
  name: string | undefined;
  status: 'active' | 'emerging' | 'retired';
  /** The written `status` value, when valid (none: `active`). */
  statusNode: At | undefined;
  age: Field<AgeRange> | undefined;
  genders: Field<GenderSet> | undefined;
  regions: Field<RegionSet> | undefined;
  channels: RefList | undefined;
  evidence: RefList | undefined;
  priceSensitivity: string | undefined;
  willingnessToPay: Field<Money> | undefined;
  invalid: InvalidFields<'status' | 'age' | 'genders' | 'regions' | 'channels' | 'evidence' | 'willingnessToPay'>;
}

export interface ChannelEntity extends EntityBase {
  kind: 'channel';
  name: string | undefined;
}

export interface PricingModel {
  map: MapAt;
  list: Field<Money> | undefined;
  floor: Field<Money> | undefined;
  maxDiscount: Field<Percent> | undefined;
  positioning: Field<string> | undefined;
}

export interface ProductEntity extends EntityBase {
  kind: 'product';
  name: string | undefined;
  segments: RefList | undefined;
  available: Field<string> | undefined;
  valueProps: ValuePropEntity[];
  /** The `valueProps` list as written (its items that are not valid value propositions included). */
  valuePropsList: ListNode | undefined;
  pricing: PricingModel | undefined;
  invalid: InvalidFields<'segments' | 'available' | 'valueProps' | 'pricing'>;
}

export interface ValuePropEntity extends EntityBase {
  kind: 'valueProp';
  product: ProductEntity;
  claim: string | undefined;
  segments: RefList | undefined;
  invalid: InvalidFields<'segments'>;
}

export interface KpiRef {
  metric: string;
  node: ScalarAt;
}

/** A `kpis` list: its key, the list node, and the metrics read from its items. */
export interface KpiList extends ListNode {
  items: KpiRef[];
}

export interface InitiativeEntity extends EntityBase {
  kind: 'initiative';
  name: string | undefined;
  initiativeKind: string | undefined;
  segments: RefList | undefined;
  products: RefList | undefined;
  due: Field<string> | undefined;
  kpis: KpiList | undefined;
  invalid: InvalidFields<'segments' | 'products' | 'due' | 'kpis'>;
}

export interface AudienceModel {
  key: ScalarAt;
  map: MapAt;
  age: Field<AgeRange> | undefined;
  genders: Field<GenderSet> | undefined;
  regions: Field<RegionSet> | undefined;
  invalid: InvalidFields<'age' | 'genders' | 'regions'>;
}

export interface OfferModel {
  key: ScalarAt;
  map: MapAt;
  price: Field<Money> | undefined;
  discount: Field<Percent> | undefined;
  currency: Field<string> | undefined;
}

export interface SignOff {
  key: ScalarAt;
  map: MapAt | undefined;
  on: Field<string> | undefined;
  /**
   * The sign-off's text value (`by`, `method`, `approvedBy`) when it is a
   * placeholder (`TODO`): the sign-off then counts as missing for every rule.
   */
  placeholder: ScalarAt | undefined;
}

export interface CampaignEntity extends EntityBase {
  kind: 'campaign';
  name: string | undefined;
  status: string;
  product: Ref | undefined;
  segments: RefList | undefined;
  audience: AudienceModel | undefined;
  channels: RefList | undefined;
  messageMap: MapAt | undefined;
  valueProps: RefList | undefined;
  offer: OfferModel | undefined;
  schedule: { key: ScalarAt; map: MapAt; start: Field<string> | undefined; end: Field<string> | undefined } | undefined;
  budget: Field<Money> | undefined;
  kpis: KpiList | undefined;
  salesReview: SignOff | undefined;
  pretest: SignOff | undefined;
  compliance: SignOff | undefined;
  invalid: InvalidFields<'product' | 'segments' | 'audience' | 'channels' | 'offer' | 'schedule' | 'budget' | 'kpis'>;
}

export type Entity =
  PlanEntity | ResearchEntity | SegmentEntity | ChannelEntity | ProductEntity | ValuePropEntity | InitiativeEntity | CampaignEntity;

/** What one file contributes to its scope. */
export interface FileModel {
  file: ParsedFile;
  plan: PlanEntity | undefined;
  research: ResearchEntity[];
  segments: SegmentEntity[];
  channels: ChannelEntity[];
  products: ProductEntity[];
  valueProps: ValuePropEntity[];
  initiatives: InitiativeEntity[];
  campaigns: CampaignEntity[];
  /** Every reference written in the file. */
  refs: Ref[];
  /** The document's map and its sections, for placing inserted stubs. */
  sections: {
    root: MapAt | undefined;
    upstream: MapAt | undefined;
    downstream: MapAt | undefined;
    /** The lists of the `upstream` section, by key, as written. */
    upstreamLists: Readonly<Partial<Record<UpstreamListKey, SeqAt>>>;
  };
}

export type UpstreamListKey = 'research' | 'segments' | 'channels' | 'products' | 'initiatives';
