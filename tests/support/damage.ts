/**
 * Damaged plans for property tests: the example plans the tests start from,
 * and random splices of short insertions into them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { EXAMPLES } from './fixtures';

/** Five example plan files (upstream and downstream, flow and block styles) as texts. */
export const EXAMPLE_PLAN_TEXTS: readonly string[] = [
  'questforge/plan.mplan.yaml',
  'questforge/campaigns/launch.mplan.yaml',
  'northwind-saas/northwind.mplan.yaml',
  'greenleaf-coffee/plan.mplan.yaml',
  'pulse-fitness/pulse.mplan.yaml',
].map((f) => fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));

/** Delete `del` characters at `at` (taken modulo the text's length plus one) and insert `ins` there. */
export interface Splice {
  at: number;
  del: number;
  ins: string;
}

/** One to four splices, each inserting one of `inserts`. */
export const splices = (inserts: readonly string[]): fc.Arbitrary<Splice[]> =>
  fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), ins: fc.constantFrom(...inserts) }), { minLength: 1, maxLength: 4 });

/** `text` with each splice applied in turn. */
export function applySplices(text: string, edits: readonly Splice[]): string {
  let t = text;
  for (const e of edits) {
    const at = e.at % (t.length + 1);
    t = t.slice(0, at) + e.ins + t.slice(at + e.del);
  }
  return t;
}
