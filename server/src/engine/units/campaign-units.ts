/**
 * Units of rule work, for incremental analysis. A campaign rule's findings on
 * the campaigns of one file depend only on those campaigns, on the upstream
 * entities of the scope (research, segments, products, value propositions,
 * initiatives, channels, the plan) and on the config: so each file's campaigns
 * are one unit, checked against a view of the scope index that holds only
 * them, and kept while their dependency key is unchanged. Every other rule is
 * scope-wide and runs over the whole index each time (they read small indexes:
 * duplicates, references, the plan).
 */
import type { LoadedConfig } from '../config/config';
import type { CampaignEntity, FileModel } from '../model/types';
import type { ScopeIndex } from '../scope/scope-index';

/**
 * Rules whose findings for a campaign depend on that campaign and what it
 * resolves upstream, never on another campaign (MP404 sums every budget,
 * MP301 also judges the plan period: both are scope-wide).
 */
export const CAMPAIGN_RULES: ReadonlySet<string> = new Set([
  'MP101',
  'MP102',
  'MP103',
  'MP104',
  'MP105',
  'MP106',
  'MP107',
  'MP201',
  'MP202',
  'MP203',
  'MP204',
  'MP205',
  'MP206',
  'MP207',
  'MP302',
  'MP303',
  'MP304',
  'MP305',
  'MP401',
  'MP402',
  'MP403',
  'MP405',
]);

/** A number per object, for dependency keys made of identities. */
const ids = new WeakMap<object, number>();
let nextId = 1;
function idOf(o: object): number {
  let id = ids.get(o);
  if (id === undefined) ids.set(o, (id = nextId++));
  return id;
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

export interface CampaignUnit {
  /** The file whose campaigns the unit checks. */
  file: string;
  campaigns: CampaignEntity[];
  /** Equal keys, equal findings. */
  key: string;
}

/**
 * The units of a scope: one per file with campaigns in the index. A unit's key
 * names its campaigns (a campaign that another file's duplicate displaces
 * changes it), every file holding upstream entities (by identity: a new text
 * is a new model), the config and the dates and currency the rules read.
 */
export function campaignUnits(index: ScopeIndex, config: LoadedConfig, placeholderDate: string, currency: string): CampaignUnit[] {
  const upstream = index.models
    .filter(holdsUpstream)
    .map((m) => idOf(m))
    .join(',');
  const shared = `${upstream}|${idOf(config)}|${placeholderDate}|${currency}`;
  const byFile = new Map<string, CampaignEntity[]>();
  for (const c of index.campaigns) {
    const list = byFile.get(c.file.path);
    if (list) list.push(c);
    else byFile.set(c.file.path, [c]);
  }
  return [...byFile].map(([file, campaigns]) => ({ file, campaigns, key: `${campaigns.map(idOf).join(',')}|${shared}` }));
}

/** The scope index as a campaign rule of one unit sees it: every entity, but only the unit's campaigns to judge. */
export function indexForUnit(index: ScopeIndex, campaigns: CampaignEntity[]): ScopeIndex {
  // The view inherits every entity, reference and cache of the full index; only `campaigns` differs.
  const view = Object.create(index, { campaigns: { value: campaigns, enumerable: true } }) as ScopeIndex;
  return view;
}
