/**
 * Edits that set an audience field to a new meaning, minimally and in the
 * field's own spelling: `any` when the new set is everything; genders and
 * regions kept, dropped or appended item by item (flow or block as written);
 * an age range in the original spelling (`14-18` / `65+`, or `{min, max}`
 * with only the changed numbers rewritten).
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { TextEdit } from '../findings';
import { replaceScalar } from './edits';
import { genderList, isAllGenders, isAllRegions, type Regions } from '../model/audience';
import type { Field } from '../model/types';
import { nodeOf } from '../model/handles';
import { AGE_MAX, AGE_MIN, type AgeRange, type GenderSet, type RegionSet } from '../model/values';
import type { ParsedFile } from '../parse/parse-file';
import { findPair } from '../parse/yaml-nodes';
import { replaceValue, rewriteList } from './list-edits';

const scalarValue = (n: Node): unknown => (isScalar(n) ? n.value : undefined);

/** `14-18`, `65+` or `any`: an age range in the string spelling. */
export function spellAgeRange(r: AgeRange): string {
  if (r.min === AGE_MIN && r.max === AGE_MAX) return 'any';
  if (r.max === AGE_MAX) return `${r.min}+`;
  return `${r.min}-${r.max}`;
}

/** Set an audience `age` to a range, in its original spelling. */
export function setAgeEdits(file: ParsedFile, field: Field<AgeRange>, target: AgeRange): TextEdit[] {
  const all = target.min === AGE_MIN && target.max === AGE_MAX;
  const node = nodeOf(field.node);
  if (all || !isMap(node)) return [replaceValue(file, field, spellAgeRange(target))];
  const edits: TextEdit[] = [];
  for (const key of ['min', 'max'] as const) {
    const v = findPair(node, key)?.value;
    if (v && isScalar(v) && v.value !== target[key]) edits.push(replaceScalar(file, v, String(target[key])));
  }
  return edits;
}

/** Set an audience `genders` to a set: `any` for all three, else items kept, dropped, appended. */
export function setGendersEdits(file: ParsedFile, field: Field<GenderSet>, target: GenderSet): TextEdit[] {
  if (isAllGenders(target)) return [replaceValue(file, field, 'any')];
  const node = nodeOf(field.node);
  if (!isSeq(node)) return [replaceValue(file, field, `[${genderList(target).join(', ')}]`)];
  const have = new Set(node.items.map((i) => scalarValue(i as Node)));
  const add = genderList(target).filter((g) => !have.has(g));
  const names: readonly string[] = genderList(target);
  return rewriteList(file, node, (i) => names.includes(String(scalarValue(i))), add);
}

/** Set an audience `regions` to a set: `any` for every region; undefined for "all but some" (not writable). */
export function setRegionsEdits(file: ParsedFile, field: Field<RegionSet>, target: Regions): TextEdit[] | undefined {
  if (isAllRegions(target)) return [replaceValue(file, field, 'any')];
  if (target.except) return undefined;
  const node = nodeOf(field.node);
  if (!isSeq(node)) return [replaceValue(file, field, `[${target.codes.join(', ')}]`)];
  const have = new Set(node.items.map((i) => scalarValue(i as Node)));
  const add = target.codes.filter((c) => !have.has(c));
  return rewriteList(file, node, (i) => target.codes.includes(String(scalarValue(i))), add);
}
