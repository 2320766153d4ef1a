/**
 * Splitting whole cents without losing one: by weights, largest remainder
 * first (ties to the earlier part), so the parts always sum to the whole.
 * Computed in BigInt, so huge budgets split exactly too.
 */

export function apportion(cents: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, w) => a + w, 0);
  if (total <= 0 || cents <= 0) return weights.map(() => 0);
  const whole = BigInt(cents);
  const t = BigInt(total);
  const parts = weights.map((w) => (whole * BigInt(w)) / t);
  let left = whole - parts.reduce((a, p) => a + p, 0n);
  const order = weights
    .map((w, i) => ({ i, rest: (whole * BigInt(w)) % t }))
    .sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const { i } of order) {
    if (left <= 0n) break;
    parts[i]++;
    left--;
  }
  return parts.map(Number);
}

/** Equal shares; the first parts take the leftover cents. */
export function splitEvenly(cents: number, parts: number): number[] {
  return apportion(
    cents,
    Array.from({ length: parts }, () => 1),
  );
}
