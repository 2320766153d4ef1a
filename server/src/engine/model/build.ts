/**
 * Build a file's model from its YAML AST. Each field is read only when it is
 * valid by its own schema: an invalid field counts as absent (its MP002 is
 * the one finding for it), so rules never see malformed values.
 */
import { isMap, isScalar, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type * as z from 'zod';
import * as S from '../../../../schemas/plan';
import type { ParsedFile } from '../parse/parse-file';
import { WITH_NODES, type Handles, type MapAt, type ScalarAt, type SeqAt } from './handles';
import { splicedInside } from '../parse/incremental';
import { asMap, asSeq, findPair, isEmptyValue, scalarText } from '../parse/yaml-nodes';
import type {
  AudienceModel,
  CampaignEntity,
  ChannelEntity,
  Entity,
  Field,
  FileModel,
  InitiativeEntity,
  InvalidField,
  InvalidFields,
  KpiList,
  KpiRef,
  ListNode,
  PlanEntity,
  ProductEntity,
  Ref,
  RefKind,
  RefList,
  ResearchEntity,
  SegmentEntity,
  SignOff,
  UpstreamListKey,
  ValuePropEntity,
} from './types';
import { isPlaceholder, moneyFrom, parseAge, parseGenders, parseRegions, percentFrom, type Money, type Percent } from './values';

function plain(node: Node): unknown {
  return isScalar(node) ? node.value : node.toJSON();
}

function field<T>(
  o: Handles,
  map: YAMLMap,
  key: string,
  schema: z.ZodType,
  convert: (v: unknown, node: Node) => T | undefined,
): Field<T> | undefined {
  const pair = findPair(map, key);
  if (!pair || !pair.value || !isScalar(pair.key)) return undefined;
  const raw = plain(pair.value);
  if (!schema.safeParse(raw).success) return undefined;
  const value = convert(raw, pair.value);
  return value === undefined ? undefined : { value, node: o.at(pair.value), key: o.at(pair.key) };
}

const str = (o: Handles, map: YAMLMap, key: string, schema: z.ZodType = S.Id): Field<string> | undefined =>
  field(o, map, key, schema, (v) => (typeof v === 'string' ? v : undefined));
const text = (map: YAMLMap, key: string): string | undefined => {
  const v = findPair(map, key)?.value;
  return v && isScalar(v) && typeof v.value === 'string' ? v.value : undefined;
};
const money = (o: Handles, map: YAMLMap, key: string): Field<Money> | undefined =>
  field(o, map, key, S.Money, (v, node) => (typeof v === 'number' ? moneyFrom(v, isScalar(node) ? node.source : undefined) : undefined));
const percent = (o: Handles, map: YAMLMap, key: string): Field<Percent> | undefined =>
  field(o, map, key, S.Percentage, (v) => (typeof v === 'string' ? percentFrom(v) : undefined));
const date = (o: Handles, map: YAMLMap, key: string): Field<string> | undefined => str(o, map, key, S.DateString);

const NONE_INVALID: InvalidFields<string> = Object.freeze({});

/**
 * The fields of `read` written in `map` but not read (`read` holds undefined
 * for them): invalid by their own schema, or written with no value. One pass
 * over the map; the first pair of a key counts, as everywhere.
 */
function invalidFields<K extends string>(o: Handles, map: YAMLMap, read: Record<K, unknown>): InvalidFields<K> {
  let out: Partial<Record<K, InvalidField>> | undefined;
  for (const item of map.items) {
    const key = item.key;
    if (!isScalar(key) || key.value === null) continue;
    const name = scalarText(key.value);
    if (!Object.hasOwn(read, name)) continue;
    const k = name as K;
    if (read[k] !== undefined || out?.[k]) continue;
    out ??= {};
    const value = item.value as Node | null;
    const keyAt = o.at(key);
    out[k] = { key: keyAt, pair: { key: keyAt, value: value ? o.at(value) : undefined }, empty: isEmptyValue(value) };
  }
  return out ?? NONE_INVALID;
}

/** The list written under `key`, with its key. */
function writtenList(map: YAMLMap, key: string): { key: Scalar; seq: YAMLSeq } | undefined {
  const pair = findPair(map, key);
  const seq = asSeq(pair?.value);
  return pair && seq && isScalar(pair.key) ? { key: pair.key, seq } : undefined;
}

/** A written list's handles. */
function listNode(o: Handles, list: { key: Scalar; seq: YAMLSeq }): ListNode {
  return { key: o.at(list.key), seq: o.seq(list.seq) };
}

/**
 * Campaigns already read, by their map: an incremental re-parse keeps the maps
 * of the campaigns it did not touch, so those are not read again (their file
 * and references are moved to the new version of the file). A map an edit
 * changed inside (`splicedInside`) is read again.
 */
const campaignOf = new WeakMap<YAMLMap, CampaignEntity>();

/** The references a campaign writes, in the order the model reads them (product, segments, channels, value propositions). */
export function campaignRefs(c: CampaignEntity): Ref[] {
  const out: Ref[] = [];
  if (c.product) out.push(c.product);
  for (const list of [c.segments, c.channels, c.valueProps]) if (list) out.push(...list.items);
  return out;
}

class Builder {
  readonly model: FileModel;

  constructor(
    readonly file: ParsedFile,
    private readonly o: Handles,
  ) {
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
      sections: { root: undefined, upstream: undefined, downstream: undefined, upstreamLists: {} },
    };
  }

  /**
   * What every entity with an id starts with. Entities spell these five fields out in their own object
   * literal rather than spreading this one: V8 fills a spread object slowly and keeps it slow to read
   * (measured: the model of 10k campaigns 450-600 -> 210-235 ms, every rule faster).
   */
  private base(map: YAMLMap, index: number): { id: string; idNode: ScalarAt; map: MapAt; file: ParsedFile; index: number } | undefined {
    const idPair = findPair(map, 'id');
    const idNode = idPair?.value;
    if (!idNode || !isScalar(idNode) || typeof idNode.value !== 'string' || !S.Id.safeParse(idNode.value).success) return undefined;
    return { id: idNode.value, idNode: this.o.at(idNode), map: this.o.at(map), file: this.file, index };
  }

  private refList(map: YAMLMap, key: string, kind: RefKind, owner: Entity): RefList | undefined {
    const written = writtenList(map, key);
    if (!written) return undefined;
    const list: RefList = { key: this.o.at(written.key), seq: this.o.seq(written.seq), items: [] };
    for (const item of written.seq.items) {
      if (isScalar(item) && typeof item.value === 'string' && S.ID_PATTERN.test(item.value)) {
        const ref: Ref = { id: item.value, kind, node: this.o.at(item), file: this.file, list, owner };
        list.items.push(ref);
        this.model.refs.push(ref);
      }
    }
    // At its exact length: a list grown by `push` keeps room for 16 more (10k campaigns: 5 MB).
    list.items = list.items.slice();
    return list;
  }

  private kpis(map: YAMLMap): KpiList | undefined {
    const written = writtenList(map, 'kpis');
    if (!written) return undefined;
    const list = listNode(this.o, written);
    const items: KpiRef[] = [];
    for (const item of written.seq.items) {
      let node: unknown = item;
      if (isMap(item)) node = findPair(item, 'metric')?.value;
      if (isScalar(node) && typeof node.value === 'string') items.push({ metric: node.value, node: this.o.at(node) });
    }
    return { key: list.key, seq: list.seq, items: items.slice() };
  }

  private items(seq: YAMLSeq | undefined): YAMLMap[] {
    return seq ? seq.items.filter((i): i is YAMLMap => isMap(i)) : [];
  }

  private upstreamList(up: YAMLMap | undefined, key: UpstreamListKey): YAMLSeq | undefined {
    const seq = asSeq(up ? findPair(up, key)?.value : undefined);
    if (seq) (this.model.sections.upstreamLists as Partial<Record<UpstreamListKey, SeqAt>>)[key] = this.o.seq(seq);
    return seq;
  }

  build(): FileModel {
    const root = asMap(this.file.doc?.contents);
    this.model.sections.root = root && this.o.at(root);
    // An alias that cannot stand for a value: the file is not read (its MP002 says so).
    if (!root || this.file.aliasBomb) return this.model;
    const planPair = findPair(root, 'plan');
    const planMap = asMap(planPair?.value);
    if (planPair && planMap && isScalar(planPair.key)) this.plan(planMap, this.o.at(planPair.key));
    const up = asMap(findPair(root, 'upstream')?.value);
    const down = asMap(findPair(root, 'downstream')?.value);
    this.model.sections.upstream = up && this.o.at(up);
    this.model.sections.downstream = down && this.o.at(down);
    this.items(this.upstreamList(up, 'research')).forEach((m, i) => this.research(m, i));
    this.items(this.upstreamList(up, 'segments')).forEach((m, i) => this.segment(m, i));
    this.items(this.upstreamList(up, 'channels')).forEach((m, i) => this.channel(m, i));
    this.items(this.upstreamList(up, 'products')).forEach((m, i) => this.product(m, i));
    this.items(this.upstreamList(up, 'initiatives')).forEach((m, i) => this.initiative(m, i));
    this.items(asSeq(down ? findPair(down, 'campaigns')?.value : undefined)).forEach((m, i) => this.campaign(m, i));
    return this.model;
  }

  private plan(map: YAMLMap, planKey: ScalarAt): void {
    const o = this.o;
    const b = this.base(map, 0);
    const periodMap = asMap(findPair(map, 'period')?.value);
    const p: PlanEntity = {
      kind: 'plan',
      id: b?.id ?? '',
      idNode: b?.idNode ?? planKey,
      map: b?.map ?? o.at(map),
      file: this.file,
      index: 0,
      planKey,
      name: text(map, 'name'),
      period: {
        map: periodMap && o.at(periodMap),
        start: periodMap ? date(o, periodMap, 'start') : undefined,
        end: periodMap ? date(o, periodMap, 'end') : undefined,
      },
      currency: str(o, map, 'currency', S.Currency),
      budget: money(o, map, 'budget'),
      mission: str(o, map, 'mission', S.Plan.shape.mission),
      identity: str(o, map, 'identity', S.Plan.shape.identity),
      invalid: NONE_INVALID,
    };
    p.invalid = invalidFields(o, map, {
      period: periodMap,
      currency: p.currency,
      budget: p.budget,
      mission: p.mission,
      identity: p.identity,
    });
    this.model.plan = p;
  }

  private research(map: YAMLMap, index: number): void {
    const b = this.base(map, index);
    if (!b) return;
    const r: ResearchEntity = {
      id: b.id,
      idNode: b.idNode,
      map: b.map,
      file: b.file,
      index: b.index,
      kind: 'research',
      method: text(map, 'method'),
      completed: date(this.o, map, 'completed'),
      finding: text(map, 'finding'),
      segments: undefined,
      invalid: NONE_INVALID,
    };
    r.segments = this.refList(map, 'segments', 'segment', r);
    r.invalid = invalidFields(this.o, map, { completed: r.completed, segments: r.segments });
    this.model.research.push(r);
  }

  private segment(map: YAMLMap, index: number): void {
    const b = this.base(map, index);
    if (!b) return;
    const o = this.o;
    const status = str(o, map, 'status', S.Segment.shape.status.unwrap());
    const s: SegmentEntity = {
      id: b.id,
      idNode: b.idNode,
      map: b.map,
      file: b.file,
      index: b.index,
      kind: 'segment',
      name: text(map, 'name'),
      status: status?.value === 'retired' || status?.value === 'emerging' ? status.value : 'active',
      statusNode: status?.node,
      age: field(o, map, 'age', S.AgeRange, parseAge),
      genders: field(o, map, 'genders', S.Genders, parseGenders),
      regions: field(o, map, 'regions', S.Regions, parseRegions),
      channels: undefined,
      evidence: undefined,
      priceSensitivity: text(map, 'priceSensitivity'),
      willingnessToPay: money(o, map, 'willingnessToPay'),
      invalid: NONE_INVALID,
    };
    s.channels = this.refList(map, 'channels', 'channel', s);
    s.evidence = this.refList(map, 'evidence', 'research', s);
    s.invalid = invalidFields(o, map, {
      status,
      age: s.age,
      genders: s.genders,
      regions: s.regions,
      channels: s.channels,
      evidence: s.evidence,
      willingnessToPay: s.willingnessToPay,
    });
    this.model.segments.push(s);
  }

  private channel(map: YAMLMap, index: number): void {
    const b = this.base(map, index);
    if (!b) return;
    const c: ChannelEntity = {
      id: b.id,
      idNode: b.idNode,
      map: b.map,
      file: b.file,
      index: b.index,
      kind: 'channel',
      name: text(map, 'name'),
    };
    this.model.channels.push(c);
  }

  private product(map: YAMLMap, index: number): void {
    const b = this.base(map, index);
    if (!b) return;
    const o = this.o;
    const pricingMap = asMap(findPair(map, 'pricing')?.value);
    const valueProps = writtenList(map, 'valueProps');
    const list = pricingMap ? money(o, pricingMap, 'list') : undefined;
    const floor = pricingMap ? money(o, pricingMap, 'floor') : undefined;
    const p: ProductEntity = {
      id: b.id,
      idNode: b.idNode,
      map: b.map,
      file: b.file,
      index: b.index,
      kind: 'product',
      name: text(map, 'name'),
      segments: undefined,
      available: date(o, map, 'available'),
      valueProps: [],
      valuePropsList: valueProps && listNode(o, valueProps),
      pricing: pricingMap
        ? {
            map: o.at(pricingMap),
            list,
            // A floor above the list price is MP002's, and absent for every rule.
            floor: floor && list && floor.value.cents > list.value.cents ? undefined : floor,
            maxDiscount: percent(o, pricingMap, 'maxDiscount'),
            positioning: str(o, pricingMap, 'positioning', S.Pricing.shape.positioning.unwrap()),
          }
        : undefined,
      invalid: NONE_INVALID,
    };
    p.segments = this.refList(map, 'segments', 'segment', p);
    p.invalid = invalidFields(o, map, { segments: p.segments, available: p.available, valueProps: p.valuePropsList, pricing: pricingMap });
    const vps = valueProps?.seq;
    if (vps) {
      vps.items.forEach((item, i) => {
        if (!isMap(item)) return;
        const vb = this.base(item, i);
        if (!vb) return;
        const vp: ValuePropEntity = {
          id: vb.id,
          idNode: vb.idNode,
          map: vb.map,
          file: vb.file,
          index: vb.index,
          kind: 'valueProp',
          product: p,
          claim: text(item, 'claim'),
          segments: undefined,
          invalid: NONE_INVALID,
        };
        vp.segments = this.refList(item, 'segments', 'segment', vp);
        vp.invalid = invalidFields(o, item, { segments: vp.segments });
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
      id: b.id,
      idNode: b.idNode,
      map: b.map,
      file: b.file,
      index: b.index,
      kind: 'initiative',
      name: text(map, 'name'),
      initiativeKind: text(map, 'kind'),
      segments: undefined,
      products: undefined,
      due: date(this.o, map, 'due'),
      kpis: this.kpis(map),
      invalid: NONE_INVALID,
    };
    it.segments = this.refList(map, 'segments', 'segment', it);
    it.products = this.refList(map, 'products', 'product', it);
    it.invalid = invalidFields(this.o, map, { segments: it.segments, products: it.products, due: it.due, kpis: it.kpis });
    this.model.initiatives.push(it);
  }

  private signOff(map: YAMLMap, key: string, who: string): SignOff | undefined {
    const pair = findPair(map, key);
    if (!pair || !isScalar(pair.key)) return undefined;
    const m = asMap(pair.value);
    const whoNode = m ? findPair(m, who)?.value : undefined;
    const o = this.o;
    const placeholder = whoNode && isScalar(whoNode) && isPlaceholder(whoNode.value) ? o.at(whoNode) : undefined;
    return { key: o.at(pair.key), map: m && o.at(m), on: m ? date(o, m, 'on') : undefined, placeholder };
  }

  private audience(key: Scalar, map: YAMLMap): AudienceModel {
    const o = this.o;
    const age = field(o, map, 'age', S.AgeRange, parseAge);
    const genders = field(o, map, 'genders', S.Genders, parseGenders);
    const regions = field(o, map, 'regions', S.Regions, parseRegions);
    return { key: o.at(key), map: o.at(map), age, genders, regions, invalid: invalidFields(o, map, { age, genders, regions }) };
  }

  private campaign(map: YAMLMap, index: number): void {
    // Only a model that keeps nodes is re-read incrementally: its handles read their place from the nodes, which a re-parse moves.
    const known = this.o.nodes ? campaignOf.get(map) : undefined;
    if (known && known.index === index && known.file.path === this.file.path && !splicedInside(map)) {
      known.file = this.file;
      for (const ref of campaignRefs(known)) {
        ref.file = this.file;
        this.model.refs.push(ref);
      }
      this.model.campaigns.push(known);
      return;
    }
    const o = this.o;
    const b = this.base(map, index);
    if (!b) return;
    const audPair = findPair(map, 'audience');
    const audMap = asMap(audPair?.value);
    const offerPair = findPair(map, 'offer');
    const offerMap = asMap(offerPair?.value);
    const schedPair = findPair(map, 'schedule');
    const schedMap = asMap(schedPair?.value);
    const messageMap = asMap(findPair(map, 'message')?.value);
    const status = str(o, map, 'status', S.Campaign.shape.status.unwrap())?.value;
    const audience = audPair && audMap && isScalar(audPair.key) ? this.audience(audPair.key, audMap) : undefined;
    const c: CampaignEntity = {
      id: b.id,
      idNode: b.idNode,
      map: b.map,
      file: b.file,
      index: b.index,
      kind: 'campaign',
      name: text(map, 'name'),
      status: status ?? 'planned',
      product: undefined,
      segments: undefined,
      audience,
      channels: undefined,
      messageMap: messageMap && o.at(messageMap),
      valueProps: undefined,
      offer:
        offerPair && offerMap && isScalar(offerPair.key)
          ? {
              key: o.at(offerPair.key),
              map: o.at(offerMap),
              price: money(o, offerMap, 'price'),
              discount: percent(o, offerMap, 'discount'),
              currency: str(o, offerMap, 'currency', S.Currency),
            }
          : undefined,
      schedule:
        schedPair && schedMap && isScalar(schedPair.key)
          ? { key: o.at(schedPair.key), map: o.at(schedMap), start: date(o, schedMap, 'start'), end: date(o, schedMap, 'end') }
          : undefined,
      budget: money(o, map, 'budget'),
      kpis: this.kpis(map),
      salesReview: this.signOff(map, 'salesReview', 'by'),
      pretest: this.signOff(map, 'pretest', 'method'),
      compliance: this.signOff(map, 'compliance', 'approvedBy'),
      invalid: NONE_INVALID,
    };
    const productNode = findPair(map, 'product')?.value;
    if (productNode && isScalar(productNode) && typeof productNode.value === 'string' && S.ID_PATTERN.test(productNode.value)) {
      c.product = { id: productNode.value, kind: 'product', node: o.at(productNode), file: this.file, list: undefined, owner: c };
      this.model.refs.push(c.product);
    }
    c.segments = this.refList(map, 'segments', 'segment', c);
    c.channels = this.refList(map, 'channels', 'channel', c);
    c.valueProps = messageMap ? this.refList(messageMap, 'valueProps', 'valueProp', c) : undefined;
    c.invalid = invalidFields(o, map, {
      product: c.product,
      segments: c.segments,
      audience: c.audience,
      channels: c.channels,
      offer: c.offer,
      schedule: c.schedule,
      budget: c.budget,
      kpis: c.kpis,
    });
    this.model.campaigns.push(c);
    if (o.nodes) campaignOf.set(map, c);
  }
}

/** The model of a file; with `options.nodes` false its handles hold offsets only (see handles.ts). */
export function buildFileModel(file: ParsedFile, options: Handles = WITH_NODES): FileModel {
  return new Builder(file, options).build();
}
