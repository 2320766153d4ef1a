/** Sets of people as message values: phrased for people, translated once (phrases.ts). */
import {
  formatAges,
  formatRegions,
  isAllAges,
  isAllGenders,
  genderList,
  isAllRegions,
  type AgeSet,
  type AudienceField,
  type Gap,
  type Reach,
  type Regions,
} from '../model/audience';
import type { GenderSet } from '../model/values';
import { list, phrase, type MessageArg, type Phrase } from './message';

function gendersArg(g: GenderSet): MessageArg {
  if (isAllGenders(g)) return phrase('genders.any');
  if (!g.size) return phrase('genders.none');
  return list(genderList(g).map((x) => phrase(`gender.${x}`)));
}

export function agesArg(a: AgeSet): Phrase {
  if (!a.length) return phrase('ages.none');
  if (isAllAges(a)) return phrase('ages.any');
  const single = a.length === 1 && a[0].min === a[0].max;
  return phrase(single ? 'ages.one' : 'ages.some', { ages: formatAges(a) });
}

function regionsArg(r: Regions): Phrase {
  if (isAllRegions(r)) return phrase('regions.any');
  if (r.except) return phrase('regions.except', { regions: list(r.codes) });
  if (!r.codes.length) return phrase('regions.none');
  return phrase(r.codes.length === 1 ? 'regions.one' : 'regions.some', { regions: list(r.codes) });
}

/** One field of a reach as a phrase: "ages 16-18", "men", "regions FR and IT". */
export function fieldArg(r: Reach, field: AudienceField): MessageArg {
  if (field === 'age') return r.age ? agesArg(r.age) : phrase('unknown', { field: phrase('field.age') });
  if (field === 'genders') return r.genders ? gendersArg(r.genders) : phrase('unknown', { field: phrase('field.genders') });
  return r.regions ? regionsArg(r.regions) : phrase('unknown', { field: phrase('field.regions') });
}

/** A segment in a few words: its ages and genders, and its regions when they are compared. */
export function reachArg(r: Reach, field?: AudienceField): MessageArg {
  const parts: MessageArg[] = [];
  if (r.age) parts.push(agesArg(r.age));
  if (r.genders) parts.push(gendersArg(r.genders));
  if (field === 'regions' && r.regions)
    parts.push(isAllRegions(r.regions) ? phrase('regions.any') : phrase('reach.in', { regions: list(r.regions.codes) }));
  return list(parts);
}

/** What a gap leaves out, as a phrase. */
export function gapArg(g: Gap): MessageArg {
  if (g.field === 'age') return agesArg(g.ages);
  if (g.field === 'genders') return gendersArg(g.genders);
  return regionsArg(g.regions);
}

/** A field of a reach as a segment or audience states it: ages as written (14-18), regions as codes (FR, IT), genders in words. */
export function fieldValueArg(r: Reach, field: AudienceField): MessageArg {
  if (field === 'age') return r.age ? (isAllAges(r.age) ? phrase('ages.any') : formatAges(r.age)) : fieldArg(r, field);
  if (field === 'genders') return r.genders ? gendersArg(r.genders) : fieldArg(r, field);
  if (!r.regions) return fieldArg(r, field);
  return r.regions.codes.length && !r.regions.except && !isAllRegions(r.regions) ? formatRegions(r.regions) : regionsArg(r.regions);
}
