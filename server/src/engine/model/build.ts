/**
 * Build a file's model from its YAML AST. Each field is read only when it is
 * valid by its own schema: an invalid field counts as absent (its MP002 is
 * the one finding for it), so rules never see malformed values.
 */
import { isMap, isScalar, type Node, type Scalar, type YAMLMap } from 'yaml';
import type * as z from 'zod';
import * as S from '../../../../schemas/plan';
import type { ParsedFile } from '../parse/parse-file';
import { splicedInside } from '../parse/incremental';
import { asMap, asSeq, findPair } from '../parse/yaml-nodes';
import type {
  CampaignEntity,
  ChannelEntity,
  Entity,
  Field,
  FileModel,
  InitiativeEntity,
  KpiRef,
  PlanEntity,
  ProductEntity,
  Ref,
  RefKind,
  RefList,
  ResearchEntity,
  SegmentEntity,
  SignOff,
  ValuePropEntity,
} from './types';
import { isPlaceholder, moneyFrom, parseAge, parseGenders, parseRegions, percentFrom, type Money, type Percent } from './values';

function plain(node: Node): unknown {
  return isScalar(node) ? node.value : node.toJSON();
}

function field<T>(map: YAMLMap, key: string, schema: z.ZodType, convert: (v: unknown, node: Node) => T | undefined): Field<T> | undefined {
  const pair = findPair(map, key);
  if (!pair || !pair.value || !isScalar(pair.key)) return undefined;
  const raw = plain(pair.value);
  if (!schema.safeParse(raw).success) return undefined;
  const value = convert(raw, pair.value);
  return value === undefined ? undefined : { value, node: pair.value, key: pair.key, pair };
}

const str = (map: YAMLMap, key: string, schema: z.ZodType = S.Id): Field<string> | undefined =>
  field(map, key, schema, (v) => (typeof v === 'string' ? v : undefined));
const text = (map: YAMLMap, key: string): string | undefined => {
  const v = findPair(map, key)?.value;
  return v && isScalar(v) && typeof v.value === 'string' ? v.value : undefined;
};
const money = (map: YAMLMap, key: string): Field<Money> | undefined =>
  field(map, key, S.Money, (v, node) => (typeof v === 'number' ? moneyFrom(v, isScalar(node) ? node.source : undefined) : undefined));
const percent = (map: YAMLMap, key: string): Field<Percent> | undefined =>
  field(map, key, S.Percentage, (v) => (typeof v === 'string' ? percentFrom(v) : undefined));
const date = (map: YAMLMap, key: string): Field<string> | undefined => str(map, key, S.DateString);

/**
 * Campaigns already read, by their map: an incremental re-parse keeps the maps
 * of the campaigns it did not touch, so those are not read again (their file
 * and references are moved to the new version of the file). A map an edit
 * changed inside (`splicedInside`) is read again.
 */
const campaignOf = new WeakMap<YAMLMap, CampaignEntity>();

function refsOf(c: CampaignEntity): Ref[] {
  const out: Ref[] = [];
  if (c.product) out.push(c.product);
  for (const list of [c.segments, c.channels, c.valueProps]) if (list) out.push(...list.items);
  return out;
}

class Builder {
  readonly model: FileModel;

  constructor(readonly file: ParsedFile) {
    this.model = {
      file,
      plan: undefined,
      research: [],
      segments: [],
      channels: [],
      products: [],
      valueProps: [],
      initiatives: [],
      campaigns: [],
      refs: [],
      sections: { upstream: undefined, downstream: undefined },
    };
  }

  private base(map: YAMLMap, index: number): { id: string; idNode: Scalar; map: YAMLMap; file: ParsedFile; index: number } | undefined {
    const idPair = findPair(map, 'id');
    const idNode = idPair?.value;
    if (!idNode || !isScalar(idNode) || typeof idNode.value !== 'string' || !S.Id.safeParse(idNode.value).success) return undefined;
    return { id: idNode.value, idNode, map, file: this.file, index };
  }

  private refList(map: YAMLMap, key: string, kind: RefKind, owner: Entity): RefList | undefined {
    const pair = findPair(map, key);
    const seq = asSeq(pair?.value);
    if (!pair || !seq || !isScalar(pair.key)) return undefined;
    const list: RefList = { key: pair.key, seq, items: [] };
    for (const item of seq.items) {
      if (isScalar(item) && typeof item.value === 'string' && S.ID_PATTERN.test(item.value)) {
        const ref: Ref = { id: item.value, kind, node: item, file: this.file, list, owner };
        list.items.push(ref);
        this.model.refs.push(ref);
      }
    }
    return list;
  }

  private kpis(map: YAMLMap): { key: Scalar; items: KpiRef[] } | undefined {
    const pair = findPair(map, 'kpis');
    const seq = asSeq(pair?.value);
    if (!pair || !seq || !isScalar(pair.key)) return undefined;
    const items: KpiRef[] = [];
    for (const item of seq.items) {
      let node: unknown = item;
      if (isMap(item)) node = findPair(item, 'metric')?.value;
      if (isScalar(node) && typeof node.value === 'string') items.push({ metric: node.value, node });
    }
    return { key: pair.key, items };
  }

  private items(section: YAMLMap | undefined, key: string): YAMLMap[] {
    const seq = asSeq(section ? findPair(section, key)?.value : undefined);
    return seq ? seq.items.filter((i): i is YAMLMap => isMap(i)) : [];
  }

  build(): FileModel {
    const root = asMap(this.file.doc?.contents);
    // An alias that cannot stand for a value: the file is not read (its MP002 says so).
    if (!root || this.file.aliasBomb) return this.model;
    const planPair = findPair(root, 'plan');
    const planMap = asMap(planPair?.value);
    if (planPair && planMap && isScalar(planPair.key)) this.plan(planMap, planPair.key);
    const up = asMap(findPair(root, 'upstream')?.value);
    const down = asMap(findPair(root, 'downstream')?.value);
    this.model.sections = { upstream: up, downstream: down };
    this.items(up, 'research').forEach((m, i) => this.research(m, i));
    this.items(up, 'segments').forEach((m, i) => this.segment(m, i));
    this.items(up, 'channels').forEach((m, i) => this.channel(m, i));
    this.items(up, 'products').forEach((m, i) => this.product(m, i));
    this.items(up, 'initiatives').forEach((m, i) => this.initiative(m, i));
    this.items(down, 'campaigns').forEach((m, i) => this.campaign(m, i));
    return this.model;
  }

  private plan(map: YAMLMap, planKey: Scalar): void {
    const b = this.base(map, 0);
    const periodMap = asMap(findPair(map, 'period')?.value);
    const p: PlanEntity = {
      kind: 'plan',
      id: b?.id ?? '',
      idNode: b?.idNode ?? planKey,
      map,
      file: this.file,
      index: 0,
      planKey,
      name: text(map, 'name'),
      period: {
        map: periodMap,
        start: periodMap ? date(periodMap, 'start') : undefined,
        end: periodMap ? date(periodMap, 'end') : undefined,
      },
      currency: str(map, 'currency', S.Currency),
      budget: money(map, 'budget'),
      mission: str(map, 'mission', S.Plan.shape.mission),
      identity: str(map, 'identity', S.Plan.shape.identity),
    };
    this.model.plan = p;
  }

  private research(map: YAMLMap, index: number): void {
    const b = this.base(map, index);
    if (!b) return;
    const r: ResearchEntity = {
      ...b,
      kind: 'research',
      method: text(map, 'method'),
      completed: date(map, 'completed'),
      finding: text(map, 'finding'),
      segments: undefined,
    };
    r.segments = this.refList(map, 'segments', 'segment', r);
    this.model.research.push(r);
  }

  private segment(map: YAMLMap, index: number): void {
    const b = this.base(map, index);
    if (!b) return;
    const status = str(map, 'status', S.Segment.shape.status.unwrap())?.value;
    const s: SegmentEntity = {
      ...b,
      kind: 'segment',
      name: text(map, 'name'),
      status: status === 'retired' || status === 'emerging' ? status : 'active',
      age: field(map, 'age', S.AgeRange, parseAge),
      genders: field(map, 'genders', S.Genders, parseGenders),
      regions: field(map, 'regions', S.Regions, parseRegions),
      channels: undefined,
      evidence: undefined,
      priceSensitivity: text(map, 'priceSensitivity'),
      willingnessToPay: money(map, 'willingnessToPay'),
    };
    s.channels = this.refList(map, 'channels', 'channel', s);
    s.evidence = this.refList(map, 'evidence', 'research', s);
    this.model.segments.push(s);
  }

  private channel(map: YAMLMap, index: number): void {
    const b = this.base(map, index);
    if (!b) return;
    const c: ChannelEntity = { ...b, kind: 'channel', name: text(map, 'name') };
    this.model.channels.push(c);
  }

  private product(map: YAMLMap, index: number): void {
    const b = this.base(map, index);
    if (!b) return;
    const pricingMap = asMap(findPair(map, 'pricing')?.value);
    const list = pricingMap ? money(pricingMap, 'list') : undefined;
    const floor = pricingMap ? money(pricingMap, 'floor') : undefined;
    const p: ProductEntity = {
      ...b,
      kind: 'product',
      name: text(map, 'name'),
      segments: undefined,
      available: date(map, 'available'),
      valueProps: [],
      pricing: pricingMap
        ? {
            map: pricingMap,
            list,
            // A floor above the list price is MP002's, and absent for every rule.
            floor: floor && list && floor.value.cents > list.value.cents ? undefined : floor,
            maxDiscount: percent(pricingMap, 'maxDiscount'),
            positioning: str(pricingMap, 'positioning', S.Pricing.shape.positioning.unwrap()),
          }
        : undefined,
    };
    p.segments = this.refList(map, 'segments', 'segment', p);
    const vps = asSeq(findPair(map, 'valueProps')?.value);
    if (vps) {
      vps.items.forEach((item, i) => {
        if (!isMap(item)) return;
        const vb = this.base(item, i);
        if (!vb) return;
        const vp: ValuePropEntity = { ...vb, kind: 'valueProp', product: p, claim: text(item, 'claim'), segments: undefined };
        vp.segments = this.refList(item, 'segments', 'segment', vp);
        p.valueProps.push(vp);
        this.model.valueProps.push(vp);
      });
    }
    this.model.products.push(p);
  }

  private initiative(map: YAMLMap, index: number): void {
    const b = this.base(map, index);
    if (!b) return;
    const it: InitiativeEntity = {
      ...b,
      kind: 'initiative',
      name: text(map, 'name'),
      initiativeKind: text(map, 'kind'),
      segments: undefined,
      products: undefined,
      due: date(map, 'due'),
      kpis: this.kpis(map),
    };
    it.segments = this.refList(map, 'segments', 'segment', it);
    it.products = this.refList(map, 'products', 'product', it);
    this.model.initiatives.push(it);
  }

  private signOff(map: YAMLMap, key: string, who: string): SignOff | undefined {
    const pair = findPair(map, key);
    if (!pair || !isScalar(pair.key)) return undefined;
    const m = asMap(pair.value);
    const whoNode = m ? findPair(m, who)?.value : undefined;
    const placeholder = whoNode && isScalar(whoNode) && isPlaceholder(whoNode.value) ? whoNode : undefined;
    return { key: pair.key, map: m, on: m ? date(m, 'on') : undefined, placeholder };
  }

  private campaign(map: YAMLMap, index: number): void {
    const known = campaignOf.get(map);
    if (known && known.index === index && known.file.path === this.file.path && !splicedInside(map)) {
      known.file = this.file;
      for (const ref of refsOf(known)) {
        ref.file = this.file;
        this.model.refs.push(ref);
      }
      this.model.campaigns.push(known);
      return;
    }
    const b = this.base(map, index);
    if (!b) return;
    const audPair = findPair(map, 'audience');
    const audMap = asMap(audPair?.value);
    const offerPair = findPair(map, 'offer');
    const offerMap = asMap(offerPair?.value);
    const schedPair = findPair(map, 'schedule');
    const schedMap = asMap(schedPair?.value);
    const messageMap = asMap(findPair(map, 'message')?.value);
    const status = str(map, 'status', S.Campaign.shape.status.unwrap())?.value;
    const c: CampaignEntity = {
      ...b,
      kind: 'campaign',
      name: text(map, 'name'),
      status: status ?? 'planned',
      product: undefined,
      segments: undefined,
      audience:
        audPair && audMap && isScalar(audPair.key)
          ? {
              key: audPair.key,
              map: audMap,
              age: field(audMap, 'age', S.AgeRange, parseAge),
              genders: field(audMap, 'genders', S.Genders, parseGenders),
              regions: field(audMap, 'regions', S.Regions, parseRegions),
            }
          : undefined,
      channels: undefined,
      messageMap,
      valueProps: undefined,
      offer:
        offerPair && offerMap && isScalar(offerPair.key)
          ? {
              key: offerPair.key,
              map: offerMap,
              price: money(offerMap, 'price'),
              discount: percent(offerMap, 'discount'),
              currency: str(offerMap, 'currency', S.Currency),
            }
          : undefined,
      schedule:
        schedPair && schedMap && isScalar(schedPair.key)
          ? { key: schedPair.key, map: schedMap, start: date(schedMap, 'start'), end: date(schedMap, 'end') }
          : undefined,
      budget: money(map, 'budget'),
      kpis: this.kpis(map),
      salesReview: this.signOff(map, 'salesReview', 'by'),
      pretest: this.signOff(map, 'pretest', 'method'),
      compliance: this.signOff(map, 'compliance', 'approvedBy'),
    };
    const productNode = findPair(map, 'product')?.value;
    if (productNode && isScalar(productNode) && typeof productNode.value === 'string' && S.ID_PATTERN.test(productNode.value)) {
      c.product = { id: productNode.value, kind: 'product', node: productNode, file: this.file, list: undefined, owner: c };
      this.model.refs.push(c.product);
    }
    c.segments = this.refList(map, 'segments', 'segment', c);
    c.channels = this.refList(map, 'channels', 'channel', c);
    c.valueProps = messageMap ? this.refList(messageMap, 'valueProps', 'valueProp', c) : undefined;
    this.model.campaigns.push(c);
    campaignOf.set(map, c);
  }
}

export function buildFileModel(file: ParsedFile): FileModel {
  return new Builder(file).build();
}
