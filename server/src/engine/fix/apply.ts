/** Apply text edits to a text: non-overlapping, by offset. */
import type { Finding, Fix, TextEdit } from '../findings';

export function applyEdits(text: string, edits: readonly Omit<TextEdit, 'file'>[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset || b.length - a.length);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length);
  return out;
}

/** The fix `--fix` applies for a finding: its preferred safe fix (or, with unsafe, its preferred or first fix). */
function chosenFix(f: Finding, unsafe: boolean): Fix | undefined {
  if (f.suppressed) return undefined;
  const safe = f.fixes.filter((x) => x.safe);
  const pool = unsafe ? f.fixes.filter((x) => x.safe || x.preferred || f.fixes.length === 1) : safe;
  return pool.find((x) => x.preferred) ?? pool[0];
}

/**
 * Pick the chosen fixes to apply together, in finding order: a fix is taken
 * whole or not at all, only when none of its edits overlaps an edit already
 * taken and none writes a map key already written (two renames onto `name`,
 * an inserted key and a rename onto it). Safe fixes go first, so that a
 * rename of what the user wrote wins over a suggested skeleton of the same key.
 * What is left waits for the next round.
 */
export function collectEdits(findings: readonly Finding[], unsafe: boolean): Map<string, TextEdit[]> {
  const byFile = new Map<string, TextEdit[]>();
  const written = new Set<string>();
  const chosen = findings.flatMap((f) => chosenFix(f, unsafe) ?? []);
  for (const fix of [...chosen.filter((x) => x.safe), ...chosen.filter((x) => !x.safe)]) {
    const keys = fix.edits.flatMap((e) => (e.writesKey ? [writtenKey(e)] : []));
    if (keys.some((k) => written.has(k)) || new Set(keys).size < keys.length) continue;
    const free =
      fix.edits.every((e) => !overlapsTaken(byFile.get(e.file) ?? [], e)) &&
      fix.edits.every((e, i) => fix.edits.every((o, j) => j <= i || o.file !== e.file || !overlaps(o, e)));
    if (!free) continue;
    for (const k of keys) written.add(k);
    for (const e of fix.edits) {
      let list = byFile.get(e.file);
      if (!list) byFile.set(e.file, (list = []));
      list.splice(firstAtOrAfter(list, e), 0, e);
    }
  }
  return byFile;
}

/** Index of the first taken edit at or after `e` by (offset, length): the list is kept in that order. */
function firstAtOrAfter(list: readonly TextEdit[], e: TextEdit): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const o = list[mid];
    if (o.offset < e.offset || (o.offset === e.offset && o.length < e.length)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether `e` overlaps an edit already taken. The taken edits do not overlap
 * each other and are kept by (offset, length), so their ends never decrease:
 * only the neighbours of `e`'s place need a look, and picking stays linear.
 */
function overlapsTaken(list: readonly TextEdit[], e: TextEdit): boolean {
  const at = firstAtOrAfter(list, e);
  for (let i = at; i < list.length && list[i].offset <= e.offset + e.length; i++) if (overlaps(list[i], e)) return true;
  for (let i = at - 1; i >= 0; i--) {
    if (overlaps(list[i], e)) return true;
    if (list[i].offset + list[i].length < e.offset) break;
  }
  return false;
}

function writtenKey(e: TextEdit): string {
  return JSON.stringify([e.file, e.writesKey?.map, e.writesKey?.key]);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.length === 0 && b.length === 0) return a.offset === b.offset;
  return (
    (a.offset < b.offset + b.length && b.offset < a.offset + a.length) ||
    (a.length === 0 && a.offset > b.offset && a.offset < b.offset + b.length) ||
    (b.length === 0 && b.offset > a.offset && b.offset < a.offset + a.length)
  );
}
