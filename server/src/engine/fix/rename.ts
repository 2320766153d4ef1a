/**
 * Renaming an unknown key to the closest known one (MP003), never onto a key
 * the map already holds (rules.md: a safe fix never creates a duplicate key).
 */
import { closestAll } from '../text/closest';
import { phrase, type Phrase } from '../messages/message';

/** Where a taken key already is, as a phrase of MP003: in this map, in mplan.config.yaml, configured, set. */
export type TakenWhere = 'takenMap' | 'takenConfig' | 'takenConfigured' | 'takenSet';

export interface RenameSuggestion {
  /** The first closest known key (rules.md "Closest") that the map does not hold yet. */
  target: string | undefined;
  /** Safe: the target is the single known key at distance 1. */
  safe: boolean;
  /** The first closest known key when the map already holds it (never a rename target). */
  taken: string | undefined;
}

/**
 * The rename for an unknown key: among the closest known keys, the first one
 * the map does not hold. A farther key is never offered in place of a closer
 * one the map holds (`nme` beside `name` is not renamed to `age`).
 */
export function renameSuggestion(word: string, known: readonly string[], held: (key: string) => boolean): RenameSuggestion {
  const near = closestAll(word, known);
  const target = near.words.find((k) => !held(k));
  return {
    target,
    safe: target !== undefined && near.words.length === 1 && near.distance === 1,
    taken: near.words.find((k) => held(k)),
  };
}

/** The message tail as a phrase of MP003: "; did you mean x?", and the closest key when the map already holds it. */
export function renameHint(s: RenameSuggestion, takenWhere: TakenWhere): Phrase {
  const taken = s.taken ? phrase(takenWhere, { key: s.taken }) : undefined;
  if (s.target) return taken ? phrase('hintNearTaken', { near: s.target, taken }) : phrase('hintNear', { near: s.target });
  return taken ? phrase('hintTaken', { taken }) : phrase('hintNone');
}
