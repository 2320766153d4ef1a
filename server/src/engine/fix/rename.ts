/**
 * Renaming an unknown key to the closest known one (MP003), never onto a key
 * the map already holds (rules.md: a safe fix never creates a duplicate key).
 */
import { closestAll } from '../text/closest';

export interface RenameSuggestion {
  /** The closest known key the map does not hold yet, if any within the limit. */
  target: string | undefined;
  /** Safe: the target is the single known key at distance 1. */
  safe: boolean;
  /** The closest known key when the map already holds it (so it is not offered). */
  taken: string | undefined;
}

export function renameSuggestion(word: string, known: readonly string[], held: (key: string) => boolean): RenameSuggestion {
  const near = closestAll(word, known);
  const target = closestAll(word, known.filter((k) => !held(k))).words[0];
  const best = near.words[0];
  return {
    target,
    safe: target !== undefined && near.words.length === 1 && near.distance === 1 && target === best,
    taken: best !== undefined && best !== target && held(best) ? best : undefined,
  };
}

/** The message tail: `; did you mean `x`?`, and the closest key when the map already holds it. */
export function renameHint(s: RenameSuggestion, takenWhere: string): string {
  const taken = s.taken ? `\`${s.taken}\` is already ${takenWhere}` : '';
  if (s.target) return `; did you mean \`${s.target}\`?${taken ? ` (${taken})` : ''}`;
  return taken ? `; ${taken}` : '';
}
