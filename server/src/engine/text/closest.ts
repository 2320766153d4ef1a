/** "Closest" (rules.md): Damerau-Levenshtein distance at most max(2, floor(length / 3)); ties by order. */
import damerau from 'damerau-levenshtein';

export function distance(a: string, b: string): number {
  return damerau(a, b).steps;
}

export function closestWithDistance(word: string, candidates: readonly string[]): { word: string; distance: number } | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: { word: string; distance: number } | undefined;
  for (const c of candidates) {
    if (c === word) continue;
    if (Math.abs(c.length - word.length) > limit) continue;
    const d = distance(word, c);
    if (d <= limit && (!best || d < best.distance)) best = { word: c, distance: d };
  }
  return best;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  return closestWithDistance(word, candidates)?.word;
}

/** Every candidate at the smallest distance within the limit (for "a single candidate at distance 1"). */
export function closestAll(word: string, candidates: readonly string[]): { words: string[]; distance: number } {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best = Infinity;
  let words: string[] = [];
  for (const c of candidates) {
    if (c === word || Math.abs(c.length - word.length) > limit) continue;
    const d = distance(word, c);
    if (d > limit) continue;
    if (d < best) {
      best = d;
      words = [c];
    } else if (d === best) words.push(c);
  }
  return { words, distance: best };
}
