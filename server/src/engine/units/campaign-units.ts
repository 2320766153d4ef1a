/**
 * Units of rule work, for incremental analysis. What a rule's campaign part
 * (`Rule.checkCampaigns`) finds on a campaign depends only on that campaign,
 * on the upstream entities of the scope it resolves (research, segments,
 * products, value propositions, initiatives, channels, the plan) and on the
 * config: so campaigns are units, checked against a view of the scope index
 * that holds only them, and kept while their dependency key is unchanged. A
 * rule's scope-wide part (`Rule.check`) runs over the whole index each time
 * (it reads small indexes: duplicates, references, budgets, the plan).
 */
import type { LoadedConfig } from '../config/config';
import type { CampaignEntity, Entity, FileModel, PlanEntity, Ref, RefKind, SegmentEntity } from '../model/types';
import type { ScopeIndex } from '../scope/scope-index';
import type { ParsedFile } from '../parse/parse-file';

/** A number per object, for dependency keys made of identities. */
const ids = new WeakMap<object, number>();
let nextId = 1;
function idOf(o: object): number {
  let id = ids.get(o);
  if (id === undefined) ids.set(o, (id = nextId++));
  return id;
}

export interface CampaignUnit {
  /** The unit's name across analyses: its campaign's id (unique in the index), or its file when units are files. */
  id: string;
  campaigns: CampaignEntity[];
  /**
   * What the unit depends on besides the upstream entities it resolves: its
   * campaign (by `fingerprint`; per file, its campaigns by identity: a new
   * text is a new model; a campaign that another file's duplicate displaces
   * changes it), the config, the dates and currency.
   */
  key: string;
  /** The config, the dates and currency, apart from `key`: a key is compared by identity when its campaign is unchanged. */
  shared: string;
}

/**
 * The units of a scope: one per campaign (`perCampaign`: an analysis kept for
 * the next one, where a unit is reused alone), else one per file with campaigns
 * (a one-off analysis: fewer, larger units; the findings are the same).
 */
export function campaignUnits(
  index: ScopeIndex,
  config: LoadedConfig,
  placeholderDate: string,
  currency: string,
  perCampaign: boolean,
): CampaignUnit[] {
  const shared = `${idOf(config)}|${placeholderDate}|${currency}`;
  // The campaign's fingerprint as it is (one string per campaign, kept): an unchanged campaign's key is the same string.
  if (perCampaign) return index.campaigns.map((c) => ({ id: `#${c.id}`, campaigns: [c], key: fingerprint(c), shared }));
  const byFile = new Map<string, CampaignEntity[]>();
  for (const c of index.campaigns) {
    const list = byFile.get(c.file.path);
    if (list) list.push(c);
    else byFile.set(c.file.path, [c]);
  }
  return [...byFile].map(([file, campaigns]) => ({ id: file, campaigns, key: campaigns.map(idOf).join(','), shared }));
}

/**
 * What a unit read of the upstream entities, each query by name with a
 * fingerprint of its answer. A unit is reused while every query answers the
 * same in the new index: editing one segment re-checks only the units whose
 * campaigns resolved it (or asked whether it exists, or listed the ids of its kind).
 */
export type UnitDependencies = ReadonlyMap<string, string>;

type Kind = Exclude<Entity, PlanEntity | CampaignEntity>['kind'];
const SEP = '\u0000';

/**
 * A fingerprint of an entity's content and place: its file and the file's line
 * break, where it starts (offset, line, column: the ranges of findings placed in
 * it) and its text up to the end of its last line and one character more (an
 * edit inserted at the end of a line; a range that must not end between a CR
 * and its LF). A value proposition is read with its product (`vp.product`): the
 * product's text. A campaign is keyed by it too: a campaign whose text and place
 * are unchanged keeps its findings when another campaign of its file is edited.
 */
const prints = new WeakMap<Entity, { file: ParsedFile; print: string }>();
function fingerprint(e: Entity | undefined): string {
  if (!e) return '-';
  const whole = e.kind === 'valueProp' ? e.product : e;
  // An entity read once is kept by the next version of its file when unchanged (model/build.ts): its print is per version.
  let p = prints.get(e)?.file === whole.file ? prints.get(e)?.print : undefined;
  if (p === undefined) {
    const source = whole.file.source;
    const range = whole.map.range;
    if (!range) {
      // No place to read it by: its identity (a new text is a new entity).
      p = `#${idOf(e)}`;
    } else {
      const at = source.positionAt(range[0]);
      const end = source.lineEnd(source.positionAt(range[2]).line) + 1;
      p = `${whole.file.path}${SEP}${JSON.stringify(source.eol)}${SEP}${range[0]}:${at.line}:${at.character}${SEP}${e.index}${SEP}${source.text.slice(range[0], Math.max(end, range[2] + 1))}`;
    }
    prints.set(e, { file: whole.file, print: p });
  }
  return p;
}

const allPrints = (list: readonly Entity[]): string => list.map(fingerprint).join(SEP + SEP);

/** Answers of dependency queries in one index (each computed once per analysis). */
const answers = new WeakMap<ScopeIndex, Map<string, string>>();

/** The answer to one dependency query in `index`, as a fingerprint. */
function answer(index: ScopeIndex, query: string): string {
  let memo = answers.get(index);
  if (!memo) answers.set(index, (memo = new Map<string, string>()));
  let a = memo.get(query);
  if (a !== undefined) return a;
  const [what, kind, id] = splitQuery(query);
  switch (what) {
    case 'get':
      a = fingerprint(index.get(kind as Kind, id));
      break;
    case 'known':
      a = index.isKnown({ kind: kind as RefKind, id }) ? '1' : '0';
      break;
    case 'ids':
      a = index.candidates(kind as RefKind).join(SEP);
      break;
    case 'backing': {
      const s = index.segment(id);
      a = s ? allPrints(index.researchBacking(s)) : '-';
      break;
    }
    case 'refsTo': {
      const e = index.get(kind as Kind, id);
      a = e
        ? index
            .referencesTo(e)
            .map((r) => `${fingerprint(r.owner)}${SEP}${r.node.start}`)
            .join(SEP + SEP)
        : '-';
      break;
    }
    case 'plans':
      a = allPrints(index.plans);
      break;
    case 'list':
      a = listPrint(index, kind);
      break;
    default:
      a = `?${query}`;
  }
  memo.set(query, a);
  return a;
}

function splitQuery(query: string): [string, string, string] {
  const i = query.indexOf(SEP);
  const j = query.indexOf(SEP, i + 1);
  return [query.slice(0, i), query.slice(i + 1, j), query.slice(j + 1)];
}

type ListName =
  'research' | 'segments' | 'channels' | 'products' | 'valueProps' | 'initiatives' | 'refs' | 'upstreamRefs' | 'duplicates' | 'models';

function listPrint(index: ScopeIndex, name: string): string {
  switch (name as ListName) {
    case 'refs':
    case 'upstreamRefs':
      return index[name as 'refs' | 'upstreamRefs']
        .map((r) => `${r.file.path}${SEP}${r.node.start}${SEP}${r.kind}${SEP}${r.id}`)
        .join(SEP + SEP);
    case 'duplicates':
      return index.duplicates.map((d) => `${fingerprint(d.entity)}${SEP}${fingerprint(d.first)}`).join(SEP + SEP);
    case 'models':
      return index.models.map((m) => idOf(m)).join(',');
    default:
      return allPrints(index[name as Exclude<ListName, 'refs' | 'upstreamRefs' | 'duplicates' | 'models'>]);
  }
}

/** Query prefixes by what then kind, made once. */
const prefixes = new Map<string, Map<string, string>>();
function prefixOf(what: string, kind = ''): string {
  let byKind = prefixes.get(what);
  if (!byKind) prefixes.set(what, (byKind = new Map<string, string>()));
  let p = byKind.get(kind);
  if (p === undefined) byKind.set(kind, (p = `${what}${SEP}${kind}${SEP}`));
  return p;
}

/**
 * The scope index as the campaign rules of one unit see it: every entity, but
 * only the unit's campaigns to judge; every query of the upstream entities is
 * recorded in `deps` with its answer (when there is `deps`: a one-off analysis
 * records nothing). A plain object delegating to the index: one is made per
 * unit, so it must cost little.
 */
class UnitView {
  /** Queries seen, by prefix then id: most queries repeat, and this answers them without building a string. */
  private readonly seen = new Map<string, Set<string>>();

  constructor(
    private readonly base: ScopeIndex,
    readonly campaigns: CampaignEntity[],
    private readonly deps: Map<string, string> | undefined,
  ) {}

  private note(prefix: string, id = ''): void {
    if (!this.deps) return;
    let ids = this.seen.get(prefix);
    if (!ids) this.seen.set(prefix, (ids = new Set<string>()));
    if (ids.has(id)) return;
    ids.add(id);
    const q = prefix + id;
    this.deps.set(q, answer(this.base, q));
  }

  private list<N extends ListName>(name: N): ScopeIndex[N] {
    this.note(prefixOf('list', name));
    return this.base[name];
  }

  get research(): ScopeIndex['research'] {
    return this.list('research');
  }
  get segments(): ScopeIndex['segments'] {
    return this.list('segments');
  }
  get channels(): ScopeIndex['channels'] {
    return this.list('channels');
  }
  get products(): ScopeIndex['products'] {
    return this.list('products');
  }
  get valueProps(): ScopeIndex['valueProps'] {
    return this.list('valueProps');
  }
  get initiatives(): ScopeIndex['initiatives'] {
    return this.list('initiatives');
  }
  get refs(): ScopeIndex['refs'] {
    return this.list('refs');
  }
  get upstreamRefs(): ScopeIndex['upstreamRefs'] {
    return this.list('upstreamRefs');
  }
  get duplicates(): ScopeIndex['duplicates'] {
    return this.list('duplicates');
  }
  get models(): ScopeIndex['models'] {
    return this.list('models');
  }

  get plans(): ScopeIndex['plans'] {
    this.note(prefixOf('plans'));
    return this.base.plans;
  }

  get plan(): ScopeIndex['plan'] {
    this.note(prefixOf('plans'));
    return this.base.plan;
  }

  get: ScopeIndex['get'] = (kind, id) => {
    this.note(prefixOf('get', kind), id);
    return this.base.get(kind, id);
  };

  segment(id: string): SegmentEntity | undefined {
    this.note(prefixOf('get', 'segment'), id);
    return this.base.segment(id);
  }

  resolve(ref: Ref): ReturnType<ScopeIndex['resolve']> {
    if (ref.kind !== 'metric') this.note(prefixOf('get', ref.kind), ref.id);
    return this.base.resolve(ref);
  }

  isKnown(ref: { kind: RefKind; id: string }): boolean {
    if (ref.kind !== 'metric') this.note(prefixOf('known', ref.kind), ref.id);
    return this.base.isKnown(ref);
  }

  candidates(kind: RefKind): string[] {
    if (kind !== 'metric') this.note(prefixOf('ids', kind));
    return this.base.candidates(kind);
  }

  referencesTo(e: Entity): readonly Ref[] {
    if (e.kind === 'plan' || e.kind === 'campaign' || this.base.get(e.kind, e.id) !== e) this.note(prefixOf('list', 'refs'));
    else this.note(prefixOf('refsTo', e.kind), e.id);
    return this.base.referencesTo(e);
  }

  campaignSegments(c: CampaignEntity): SegmentEntity[] {
    for (const r of c.segments?.items ?? []) this.note(prefixOf('get', 'segment'), r.id);
    return this.base.campaignSegments(c);
  }

  researchBacking(s: SegmentEntity): ReturnType<ScopeIndex['researchBacking']> {
    if (this.base.segment(s.id) === s) this.note(prefixOf('backing', 'segment'), s.id);
    else this.note(prefixOf('list', 'research'));
    return this.base.researchBacking(s);
  }
}

export function indexForUnit(index: ScopeIndex, campaigns: CampaignEntity[], deps: Map<string, string> | undefined): ScopeIndex {
  // Every public member of ScopeIndex is answered by the view (its private caches stay the index's): the compiler checks it here.
  const view: { [K in keyof ScopeIndex]: ScopeIndex[K] } = new UnitView(index, campaigns, deps);
  return view as ScopeIndex;
}

function holdsUpstream(m: FileModel): boolean {
  return !!(
    m.plan ||
    m.research.length ||
    m.segments.length ||
    m.channels.length ||
    m.products.length ||
    m.valueProps.length ||
    m.initiatives.length
  );
}

/**
 * The files holding upstream entities, by identity (a new text is a new model),
 * in path order: while it is unchanged, every query of the upstream entities
 * answers the same (only queries that read campaigns or references need asking
 * again: see `readsDownstream`).
 */
export function upstreamSignature(index: ScopeIndex): string {
  return index.models
    .filter(holdsUpstream)
    .map((m) => idOf(m))
    .join(',');
}

/** True when a unit's queries read more than the upstream entities: a whole list, the references to an entity, a campaign. */
export function readsDownstream(deps: UnitDependencies): boolean {
  for (const q of deps.keys()) {
    const [what, kind] = splitQuery(q);
    if (what === 'list' || what === 'refsTo' || kind === 'campaign') return true;
  }
  return false;
}

/** True while every query a unit made answers the same in `index`. */
export function dependenciesHold(index: ScopeIndex, deps: UnitDependencies): boolean {
  for (const [q, a] of deps) if (answer(index, q) !== a) return false;
  return true;
}
