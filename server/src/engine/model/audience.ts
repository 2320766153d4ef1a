/**
 * Audience arithmetic, done once for every rule that compares whom a campaign
 * reaches with whom upstream chose (MP101, MP102, MP104, MP403, MP502).
 *
 * People are described field by field: ages (a set of whole years, kept as
 * sorted disjoint ranges because differences can split a range), genders
 * (a set of the three genders) and regions (a finite set of codes, or
 * "every region except" a finite set). Meanings are compared, never spellings:
 * `[female, male, nonbinary]` is `any`, `{min: 65, max: 120}` is `65+`.
 *
 * A field can be unknown (`undefined`): it was written with an invalid value,
 * which is MP002's finding; comparisons with an unknown field find nothing.
 */
import { GENDERS } from '../../../../schemas/plan';
import type { ScopeIndex } from '../scope/scope-index';
import type { CampaignEntity, Field, InvalidFields, SegmentEntity } from './types';
import type { At } from './handles';
import { AGE_MAX, AGE_MIN, ALL_GENDERS, type AgeRange, type Gender, type GenderSet, type RegionSet } from './values';

export type AudienceField = 'age' | 'genders' | 'regions';
export const AUDIENCE_FIELDS: readonly AudienceField[] = ['age', 'genders', 'regions'];

// ---------------------------------------------------------------- ages

/** Whole years as sorted, disjoint, non-adjacent ranges. */
export type AgeSet = readonly AgeRange[];

export const ALL_AGE_SET: AgeSet = [{ min: AGE_MIN, max: AGE_MAX }];

/** The normal form of any ranges: sorted, merged where they touch or overlap. */
export function ageSet(...ranges: readonly AgeRange[]): AgeSet {
  const sorted = ranges
    .filter((r) => r.min <= r.max)
    .map((r) => ({ min: r.min, max: r.max }))
    .sort((a, b) => a.min - b.min);
  const out: AgeRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.min <= last.max + 1) last.max = Math.max(last.max, r.max);
    else out.push(r);
  }
  return out;
}

export function unionAges(a: AgeSet, b: AgeSet): AgeSet {
  return ageSet(...a, ...b);
}

/** The ages of `a` that are not in `b`. */
export function subtractAges(a: AgeSet, b: AgeSet): AgeSet {
  let rest: AgeRange[] = a.map((r) => ({ ...r }));
  for (const cut of b) {
    const next: AgeRange[] = [];
    for (const r of rest) {
      if (cut.max < r.min || cut.min > r.max) {
        next.push(r);
        continue;
      }
      if (cut.min > r.min) next.push({ min: r.min, max: cut.min - 1 });
      if (cut.max < r.max) next.push({ min: cut.max + 1, max: r.max });
    }
    rest = next;
  }
  return ageSet(...rest);
}

export function intersectAges(a: AgeSet, b: AgeSet): AgeSet {
  return subtractAges(a, subtractAges(a, b));
}

export function isAllAges(a: AgeSet): boolean {
  return a.length === 1 && a[0].min === AGE_MIN && a[0].max === AGE_MAX;
}

/** The smallest single range that covers every age of the set. */
export function coveringRange(a: AgeSet): AgeRange | undefined {
  if (!a.length) return undefined;
  return { min: a[0].min, max: a[a.length - 1].max };
}

/** The ages of the set below `age` (e.g. below the adult age). */
export function agesBelow(a: AgeSet, age: number): AgeSet {
  return age <= AGE_MIN ? [] : intersectAges(a, [{ min: AGE_MIN, max: age - 1 }]);
}

/** One range in words: `14-18`, `65+`, `14`, `any age`. */
export function formatAgeRange(r: AgeRange): string {
  if (r.min === AGE_MIN && r.max === AGE_MAX) return 'any age';
  if (r.max === AGE_MAX) return `${r.min}+`;
  if (r.min === r.max) return String(r.min);
  return `${r.min}-${r.max}`;
}

/** Ages in words: `any age`, `14-18`, `14-15, 60+`. */
export function formatAges(a: AgeSet): string {
  if (!a.length) return 'no age';
  return a.map(formatAgeRange).join(', ');
}

/** Ages as a phrase: `ages 14-15`, `age 14`, `ages 14-15, 60+`, `any age`. */
export function describeAges(a: AgeSet): string {
  if (isAllAges(a)) return 'any age';
  const single = a.length === 1 && a[0].min === a[0].max;
  return `${single ? 'age' : 'ages'} ${formatAges(a)}`;
}

// ---------------------------------------------------------------- genders

/** Genders in their canonical order (female, male, nonbinary). */
export function genderList(g: GenderSet): Gender[] {
  return GENDERS.filter((x) => g.has(x));
}

function unionGenders(a: GenderSet, b: GenderSet): GenderSet {
  return new Set(GENDERS.filter((x) => a.has(x) || b.has(x)));
}

export function subtractGenders(a: GenderSet, b: GenderSet): GenderSet {
  return new Set(GENDERS.filter((x) => a.has(x) && !b.has(x)));
}

export function isAllGenders(g: GenderSet): boolean {
  return GENDERS.every((x) => g.has(x));
}

/** `female, nonbinary`; `any gender` for all three. */
export function describeGenders(g: GenderSet): string {
  if (isAllGenders(g)) return 'any gender';
  return g.size ? genderList(g).join(', ') : 'no gender';
}

// ---------------------------------------------------------------- regions

/** A finite set of regions, or every region except a finite set. */
export interface Regions {
  readonly except: boolean;
  /** Codes in first-written order. */
  readonly codes: readonly string[];
}

export const ALL_REGIONS: Regions = { except: true, codes: [] };

export function regionsOf(r: RegionSet): Regions {
  return r === 'any' ? ALL_REGIONS : { except: false, codes: [...r] };
}

const uniq = (codes: readonly string[]): string[] => [...new Set(codes)];

export function unionRegions(a: Regions, b: Regions): Regions {
  if (!a.except && !b.except) return { except: false, codes: uniq([...a.codes, ...b.codes]) };
  if (a.except && b.except) return { except: true, codes: a.codes.filter((c) => b.codes.includes(c)) };
  const [co, fin] = a.except ? [a, b] : [b, a];
  return { except: true, codes: co.codes.filter((c) => !fin.codes.includes(c)) };
}

/** The regions of `a` that are not in `b`. */
export function subtractRegions(a: Regions, b: Regions): Regions {
  if (!a.except && !b.except) return { except: false, codes: a.codes.filter((c) => !b.codes.includes(c)) };
  if (!a.except && b.except) return { except: false, codes: a.codes.filter((c) => b.codes.includes(c)) };
  if (a.except && !b.except) return { except: true, codes: uniq([...a.codes, ...b.codes]) };
  // every region but A, minus every region but B = B's exceptions that A does not except
  return { except: false, codes: b.codes.filter((c) => !a.codes.includes(c)) };
}

function isEmptyRegions(r: Regions): boolean {
  return !r.except && r.codes.length === 0;
}

export function isAllRegions(r: Regions): boolean {
  return r.except && r.codes.length === 0;
}

/** `any region`, `FR, IT`, `every region but FR`. */
export function formatRegions(r: Regions): string {
  if (isAllRegions(r)) return 'any region';
  if (r.except) return `every region but ${r.codes.join(', ')}`;
  return r.codes.length ? r.codes.join(', ') : 'no region';
}

/** `regions IT, ES`, `region IT`, `regions other than FR`, `any region`. */
export function describeRegions(r: Regions): string {
  if (isAllRegions(r)) return 'any region';
  if (r.except) return `regions other than ${r.codes.join(', ')}`;
  return `${r.codes.length === 1 ? 'region' : 'regions'} ${r.codes.join(', ')}`;
}

// ---------------------------------------------------------------- people

/** Whom something reaches, field by field; `undefined` = unknown (an invalid value). */
export interface Reach {
  age: AgeSet | undefined;
  genders: GenderSet | undefined;
  regions: Regions | undefined;
}

/** A field's meaning: its value when written and valid, `everyone` when not written, unknown when invalid. */
function fieldOf<T, U>(
  invalid: InvalidFields<AudienceField>,
  key: AudienceField,
  f: Field<T> | undefined,
  convert: (v: T) => U,
  everyone: U,
): U | undefined {
  if (f) return convert(f.value);
  return invalid[key] ? undefined : everyone;
}

/** Each segment's reach, computed once: a segment entity never changes (a new text builds new entities). */
const reachOf = new WeakMap<SegmentEntity, Reach>();

/** A segment's people: an omitted age, genders or regions means everyone. Shared: callers never change a reach. */
export function segmentReach(s: SegmentEntity): Reach {
  let r = reachOf.get(s);
  if (!r) {
    r = {
      age: fieldOf(s.invalid, 'age', s.age, (v) => ageSet(v), ALL_AGE_SET),
      genders: fieldOf(s.invalid, 'genders', s.genders, (v) => v, ALL_GENDERS),
      regions: fieldOf(s.invalid, 'regions', s.regions, regionsOf, ALL_REGIONS),
    };
    reachOf.set(s, r);
  }
  return r;
}

/** The union of several reaches, field by field (unknown when any is unknown); undefined for none. */
export function unionReach(reaches: readonly Reach[]): Reach | undefined {
  if (!reaches.length) return undefined;
  let age: AgeSet | undefined = [];
  let genders: GenderSet | undefined = new Set<Gender>();
  let regions: Regions | undefined = { except: false, codes: [] };
  for (const r of reaches) {
    age = age && r.age ? unionAges(age, r.age) : undefined;
    genders = genders && r.genders ? unionGenders(genders, r.genders) : undefined;
    regions = regions && r.regions ? unionRegions(regions, r.regions) : undefined;
  }
  return { age, genders, regions };
}

/** The union of the segments' people. */
export function segmentsUnion(segments: readonly SegmentEntity[]): Reach | undefined {
  return unionReach(segments.map(segmentReach));
}

/** True when the campaign's audience writes the field (validly or not). */
function writesField(c: CampaignEntity, field: AudienceField): boolean {
  return !!c.audience && (!!c.audience[field] || !!c.audience.invalid[field]);
}

/**
 * The people a campaign's audience actually reaches: a written field as
 * written, an omitted field (or no audience at all) as the union of the
 * campaign's segments. Undefined when it names no resolved segment and
 * writes no audience field.
 */
export function effectiveAudience(c: CampaignEntity, segments: readonly SegmentEntity[]): Reach | undefined {
  const union = segmentsUnion(segments);
  const a = c.audience;
  if (!union && !AUDIENCE_FIELDS.some((f) => writesField(c, f))) return undefined;
  return {
    age: a ? fieldOf(a.invalid, 'age', a.age, (v) => ageSet(v), union?.age) : union?.age,
    genders: a ? fieldOf(a.invalid, 'genders', a.genders, (v) => v, union?.genders) : union?.genders,
    regions: a ? fieldOf(a.invalid, 'regions', a.regions, regionsOf, union?.regions) : union?.regions,
  };
}

/** The campaign's effective audience, from the scope's index. */
export function campaignAudience(index: ScopeIndex, c: CampaignEntity): Reach | undefined {
  return effectiveAudience(c, index.campaignSegments(c));
}

/** One field's difference between two reaches, with words for it. */
export type Gap =
  | { field: 'age'; ages: AgeSet; text: string }
  | { field: 'genders'; genders: GenderSet; text: string }
  | { field: 'regions'; regions: Regions; text: string };

/** The people of `a` that `b` does not include, in one field; undefined when none (or unknown). */
export function fieldGap(field: AudienceField, a: Reach, b: Reach): Gap | undefined {
  if (field === 'age') {
    if (!a.age || !b.age) return undefined;
    const ages = subtractAges(a.age, b.age);
    return ages.length ? { field, ages, text: describeAges(ages) } : undefined;
  }
  if (field === 'genders') {
    if (!a.genders || !b.genders) return undefined;
    const genders = subtractGenders(a.genders, b.genders);
    return genders.size ? { field, genders, text: describeGenders(genders) } : undefined;
  }
  if (!a.regions || !b.regions) return undefined;
  const regions = subtractRegions(a.regions, b.regions);
  return isEmptyRegions(regions) ? undefined : { field, regions, text: describeRegions(regions) };
}

/** What `audience` leaves out of `segment`: one gap per field that excludes part of it. */
export function leavesOut(segment: Reach, audience: Reach): Gap[] {
  return AUDIENCE_FIELDS.map((f) => fieldGap(f, segment, audience)).filter((g): g is Gap => !!g);
}

/** Where `audience` reaches beyond the union of its segments: one gap per field. */
export function reachesBeyond(audience: Reach, union: Reach): Gap[] {
  return AUDIENCE_FIELDS.map((f) => fieldGap(f, audience, union)).filter((g): g is Gap => !!g);
}

/** A segment in words: `14-18, any gender, in FR, IT, ES`. */
export function describeReach(r: Reach): string {
  const parts: string[] = [];
  if (r.age) parts.push(isAllAges(r.age) ? 'any age' : formatAges(r.age));
  if (r.genders) parts.push(describeGenders(r.genders));
  if (r.regions) parts.push(isAllRegions(r.regions) ? 'any region' : `in ${formatRegions(r.regions)}`);
  return parts.join(', ');
}

/**
 * A segment in a few words, for messages: its ages and genders (`14-18, any
 * gender`), and its regions too when they are what is compared
 * (`14-18, any gender, in FR, IT, ES`).
 */
export function summarize(r: Reach, field?: AudienceField): string {
  const parts: string[] = [];
  if (r.age) parts.push(isAllAges(r.age) ? 'any age' : formatAges(r.age));
  if (r.genders) parts.push(describeGenders(r.genders));
  if (field === 'regions' && r.regions) parts.push(isAllRegions(r.regions) ? 'any region' : `in ${formatRegions(r.regions)}`);
  return parts.join(', ');
}

/** One field of a reach as a phrase: `ages 16-18`, `male`, `regions FR, IT`, `any gender`. */
export function describeFieldPhrase(r: Reach, field: AudienceField): string {
  if (field === 'age') return r.age ? describeAges(r.age) : 'unknown ages';
  if (field === 'genders') return r.genders ? describeGenders(r.genders) : 'unknown genders';
  return r.regions ? describeRegions(r.regions) : 'unknown regions';
}

/** The segment's node for a field: its value when written, else its id (the default everyone). */
export function segmentFieldNode(s: SegmentEntity, field: AudienceField): At {
  return s[field]?.node ?? s.idNode;
}

/** A segment excluded in part by a campaign's audience, with what is left out. */
export interface Exclusion {
  segment: SegmentEntity;
  gaps: Gap[];
}

/** Every targeted segment that the campaign's audience leaves out in part (only written fields can). */
export function campaignExclusions(index: ScopeIndex, c: CampaignEntity): Exclusion[] {
  const segments = index.campaignSegments(c);
  const audience = effectiveAudience(c, segments);
  if (!audience) return [];
  const out: Exclusion[] = [];
  for (const s of segments) {
    const gaps = leavesOut(segmentReach(s), audience);
    if (gaps.length) out.push({ segment: s, gaps });
  }
  return out;
}

/** True when the campaign's audience (or, without one, its segments) includes ages below `age`. */
export function includesAgesBelow(index: ScopeIndex, c: CampaignEntity, age: number): boolean {
  const a = campaignAudience(index, c);
  return !!a?.age && agesBelow(a.age, age).length > 0;
}
