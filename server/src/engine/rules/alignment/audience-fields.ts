/** Words, related places and edits for the audience fields (MP101, MP102, MP104, MP502). */
import type { TextEdit } from '../../findings';
import {
  coveringRange,
  formatAges,
  formatRegions,
  genderList,
  isAllGenders,
  isAllRegions,
  segmentFieldNode,
  type AudienceField,
  type Reach,
} from '../../model/audience';
import type { AudienceModel, SegmentEntity } from '../../model/types';
import type { ParsedFile } from '../../parse/parse-file';
import type { RelatedSpec } from '../rule';
import { fieldValueArg } from '../../messages/people';
import { setAgeEdits, setGendersEdits, setRegionsEdits, spellAgeRange } from '../../fix/audience-edits';

/**
 * The related place of a segment's field: its value when written, else its id (everyone). Its messages
 * are templates of every rule that uses it (AUDIENCE_RELATED).
 */
export function segmentFieldRelated(s: SegmentEntity, reach: Reach, field: AudienceField): RelatedSpec {
  return {
    file: s.file,
    node: segmentFieldNode(s, field),
    messageId: s[field] ? 'related.covers' : `related.writesNo.${field}`,
    data: { segment: s.id, value: fieldValueArg(reach, field) },
  };
}

/** A field's target value as it will be written, for fix titles. */
export function spellTarget(field: AudienceField, target: Reach): string {
  if (field === 'age') {
    const r = target.age && coveringRange(target.age);
    return r ? spellAgeRange(r) : formatAges(target.age ?? []);
  }
  if (field === 'genders') return !target.genders || isAllGenders(target.genders) ? 'any' : `[${genderList(target.genders).join(', ')}]`;
  return !target.regions || isAllRegions(target.regions) ? 'any' : `[${formatRegions(target.regions)}]`;
}

/**
 * Edits that set the written audience field to the target's value (ages: the
 * smallest covering range; with `exact`, only when the target is one range).
 * Undefined when the field is not validly written or the target not writable.
 */
export function setFieldEdits(
  file: ParsedFile,
  audience: AudienceModel,
  field: AudienceField,
  target: Reach,
  exact: boolean,
): TextEdit[] | undefined {
  if (field === 'age') {
    const f = audience.age;
    if (!f || !target.age || (exact && target.age.length !== 1)) return undefined;
    const range = coveringRange(target.age);
    return range ? setAgeEdits(file, f, range) : undefined;
  }
  if (field === 'genders') {
    const f = audience.genders;
    return f && target.genders ? setGendersEdits(file, f, target.genders) : undefined;
  }
  const f = audience.regions;
  return f && target.regions ? setRegionsEdits(file, f, target.regions) : undefined;
}

/** The templates of `segmentFieldRelated`'s messages and of the audience fix titles, for the rules that use them. */
export const AUDIENCE_RELATED = {
  'related.covers': 'segment {segment} covers {value}',
  'related.writesNo.age': 'segment {segment} writes no age: it covers {value}',
  'related.writesNo.genders': 'segment {segment} writes no genders: it covers {value}',
  'related.writesNo.regions': 'segment {segment} writes no regions: it covers {value}',
} as const;
