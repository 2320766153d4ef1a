/**
 * A field of the model is absent, valid (value and node) or written but
 * invalid (its key and pair in the entity's `invalid`, never its value): what
 * rules read instead of looking at the YAML themselves.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { isScalar, type Node } from 'yaml';
import { buildFileModel } from '../../server/src/engine/model/build';
import { parseFile } from '../../server/src/engine/parse/parse-file';

const keyText = (n: Node): unknown => (isScalar(n) ? n.value : undefined);

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
    assert.equal(s1.invalid.age!.pair.key, s1.invalid.age!.key);
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
    assert.equal(s1.statusNode && isScalar(s1.statusNode) ? s1.statusNode.value : undefined, 'retired');
    assert.equal(s2.statusNode, undefined);
    const p1 = m.products[0];
    assert.equal(keyText(p1.valuePropsList!.key), 'valueProps');
    assert.equal(p1.valuePropsList!.seq.items.length, 2);
    assert.deepEqual(
      p1.valueProps.map((v) => v.id),
      ['v1'],
    );
    assert.deepEqual(Object.keys(m.sections.upstreamLists).sort(), ['products', 'research', 'segments']);
    assert.equal(m.sections.upstreamLists.segments?.items.length, 3);
    assert.equal(m.sections.root, m.file.doc?.contents);
  });

  it('a campaign: its kpis list node, an invalid kpis, an invalid audience field', () => {
    const [c1, c2] = m.campaigns;
    assert.equal(c1.kpis?.seq.items.length, 0);
    assert.deepEqual(Object.keys(c1.invalid), []);
    assert.deepEqual(Object.keys(c1.audience!.invalid), ['age']);
    assert.equal(c2.kpis, undefined);
    assert.deepEqual(Object.keys(c2.invalid), ['kpis']);
  });
});
