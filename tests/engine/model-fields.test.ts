/**
 * A field of the model is absent, valid (value and node) or written but
 * invalid (its key and pair in the entity's `invalid`, never its value): what
 * rules read instead of looking at the YAML themselves.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { isScalar } from 'yaml';
import { buildFileModel } from '../../server/src/engine/model/build';
import { nodeOf, OFFSETS_ONLY, type At } from '../../server/src/engine/model/handles';
import { parseFile } from '../../server/src/engine/parse/parse-file';

const keyText = (a: At): unknown => {
  const n = nodeOf(a);
  return n && isScalar(n) ? n.value : undefined;
};

const PLAN = [
  'plan: { id: p, name: P, mission: 42 }',
  'upstream:',
  '  research:',
  '    - { id: r1, method: survey, completed: soon }',
  '  segments:',
  '    - id: s1',
  '      status: retired',
  '      age: old',
  '      evidence:',
  '    - { id: s2, evidence: nothing }',
  '    - { id: s3, age: 18-34, evidence: [r1] }',
  '  products:',
  '    - id: p1',
  '      segments: [s1]',
  '      valueProps: [{ id: v1, claim: C, segments: 7 }, nope]',
  'downstream:',
  '  campaigns:',
  '    - { id: c1, product: p1, audience: { age: young }, kpis: [] }',
  '    - { id: c2, product: p1, kpis: conversions }',
  '',
].join('\n');

describe('model fields: absent, valid, or invalid with their pair', () => {
  const m = buildFileModel(parseFile('/x/plan.mplan.yaml', PLAN));

  it('an invalid field has no value, and its key, pair and emptiness are in the entity', () => {
    const [s1, s2, s3] = m.segments;
    assert.equal(s1.age, undefined);
    assert.deepEqual(Object.keys(s1.invalid).sort(), ['age', 'evidence']);
    assert.equal(keyText(s1.invalid.age!.key), 'age');
    const ageAt = PLAN.indexOf('age: old');
    assert.deepEqual(s1.invalid.age!.key.range.slice(0, 2), [ageAt, ageAt + 3]);
    assert.equal(s1.invalid.age!.pair.key, s1.invalid.age!.key);
    assert.deepEqual(s1.invalid.age!.pair.value?.range.slice(0, 2), [ageAt + 5, ageAt + 8]);
    assert.equal(s1.invalid.age!.empty, false);
    assert.equal(s1.invalid.evidence!.empty, true);
    assert.deepEqual(Object.keys(s2.invalid), ['evidence']);
    assert.equal(s2.invalid.evidence!.empty, false);
    assert.deepEqual(Object.keys(s3.invalid), []);
    assert.deepEqual(s3.age?.value, { min: 18, max: 34 });
    assert.equal(s3.evidence?.items[0].id, 'r1');
    assert.deepEqual(Object.keys(m.plan!.invalid), ['mission']);
    assert.deepEqual(Object.keys(m.research[0].invalid), ['completed']);
    assert.deepEqual(Object.keys(m.valueProps[0].invalid), ['segments']);
  });

  it('the nodes rules place findings on or insert into', () => {
    const [s1, s2] = m.segments;
    assert.equal(s1.status, 'retired');
    assert.equal(s1.statusNode && keyText(s1.statusNode), 'retired');
    assert.equal(s2.statusNode, undefined);
    const p1 = m.products[0];
    assert.equal(keyText(p1.valuePropsList!.key), 'valueProps');
    assert.equal(p1.valuePropsList!.seq.count, 2);
    assert.deepEqual(
      p1.valueProps.map((v) => v.id),
      ['v1'],
    );
    assert.deepEqual(Object.keys(m.sections.upstreamLists).sort(), ['products', 'research', 'segments']);
    assert.equal(m.sections.upstreamLists.segments?.count, 3);
    assert.equal(nodeOf(m.sections.root!), m.file.doc?.contents);
  });

  it('a campaign: its kpis list node, an invalid kpis, an invalid audience field', () => {
    const [c1, c2] = m.campaigns;
    assert.equal(c1.kpis?.seq.count, 0);
    assert.deepEqual(Object.keys(c1.invalid), []);
    assert.deepEqual(Object.keys(c1.audience!.invalid), ['age']);
    assert.equal(c2.kpis, undefined);
    assert.deepEqual(Object.keys(c2.invalid), ['kpis']);
  });
});

describe('a model of offsets only', () => {
  /** The model as plain data: each handle as its range and whether it holds its node. */
  function shape(v: unknown, seen = new Set<object>()): unknown {
    if (typeof v !== 'object' || v === null) return v;
    if (seen.has(v)) return '<seen>';
    seen.add(v);
    if ('range' in v && 'node' in v) return { range: (v as At).range, node: (v as At).node !== undefined };
    if (Array.isArray(v)) return v.map((x) => shape(x, seen));
    if (v instanceof Set) return [...v].map((x) => shape(x, seen));
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = k === 'file' ? (x as { path: string }).path : shape(x, seen);
    return out;
  }

  it('is the model with nodes, every handle at the same place, less the nodes', () => {
    const file = parseFile('/x/plan.mplan.yaml', PLAN);
    const held = JSON.stringify(shape(buildFileModel(file)));
    const offsets = JSON.stringify(shape(buildFileModel(file, OFFSETS_ONLY)));
    assert.ok(held.includes('"node":true') && !held.includes('"node":false'));
    assert.equal(offsets, held.replaceAll('"node":true', '"node":false'));
  });
});
