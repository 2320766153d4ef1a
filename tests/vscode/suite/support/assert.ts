/**
 * The few assertions the extension-host suite uses, with the meaning of `node:assert/strict`, in a
 * form that runs in both extension hosts: Node and the web worker (no Node there, so no `assert`).
 */

class AssertionError extends Error {
  override name = 'AssertionError';
}

const show = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v);
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
};

function fail(message: string | undefined, fallback: string): never {
  throw new AssertionError(message ? `${message}\n  ${fallback}` : fallback);
}

/** Strict deep equality (Object.is for primitives; same prototype, same own enumerable keys; arrays, Maps, Sets). */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => same(x, bb[i]));
  }
  if (a instanceof Map) {
    const bm = b as Map<unknown, unknown>;
    return a.size === bm.size && [...a].every(([k, v]) => bm.has(k) && same(v, bm.get(k)));
  }
  if (a instanceof Set) {
    const bs = b as Set<unknown>;
    return a.size === bs.size && [...a].every((x) => bs.has(x));
  }
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return same(ka, kb) && ka.every((k) => same(ra[k], rb[k]));
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${show(value)}`);
}

export function equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `expected ${show(expected)}, got ${show(actual)}`);
}

export function notEqual(actual: unknown, expected: unknown, message?: string): void {
  if (Object.is(actual, expected)) fail(message, `expected anything but ${show(expected)}`);
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!same(actual, expected)) fail(message, `expected ${show(expected)}\n  got      ${show(actual)}`);
}

export function match(actual: string, re: RegExp, message?: string): void {
  if (!re.test(actual)) fail(message, `expected ${show(actual)} to match ${String(re)}`);
}

export function doesNotMatch(actual: string, re: RegExp, message?: string): void {
  if (re.test(actual)) fail(message, `expected ${show(actual)} not to match ${String(re)}`);
}

/** Resolves when `promise` rejects with an error whose message matches `re`. */
export async function rejects(promise: Promise<unknown>, re: RegExp, message?: string): Promise<void> {
  let error: unknown;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  if (error === undefined) fail(message, `expected a rejection matching ${String(re)}`);
  const text = error instanceof Error ? error.message : show(error);
  if (!re.test(text)) fail(message, `expected a rejection matching ${String(re)}, got ${show(text)}`);
}
