import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  ALL_AGE_SET,
  ALL_REGIONS,
  ageSet,
  agesBelow,
  campaignAudience,
  campaignExclusions,
  coveringRange,
  describeAges,
  describeGenders,
  describeFieldPhrase,
  describeReach,
  describeRegions,
  effectiveAudience,
  includesAgesBelow,
  intersectAges,
  isAllAges,
  isAllGenders,
  isAllRegions,
  leavesOut,
  reachesBeyond,
  regionsOf,
  segmentReach,
  segmentsUnion,
  subtractAges,
  subtractGenders,
  subtractRegions,
  summarize,
  unionAges,
  unionRegions,
  type Reach,
} from '../../server/src/engine/model/audience';
import type { Gender } from '../../server/src/engine/model/values';
import { analyzeTexts } from '../support/analyze-texts';
import type { ScopeIndex } from '../../server/src/engine/scope/scope-index';

const g = (...xs: Gender[]): Set<Gender> => new Set(xs);

function indexOf(text: string): ScopeIndex {
  const result = analyzeTexts(new Map([[path.resolve('/virtual/a/plan.mplan.yaml'), text]]));
  return result.analyses[0].index;
}

describe('age sets', () => {
  it('normalises: sorted, merged where ranges touch or overlap', () => {
    assert.deepEqual(ageSet({ min: 20, max: 30 }, { min: 14, max: 18 }, { min: 19, max: 19 }), [{ min: 14, max: 30 }]);
    assert.deepEqual(ageSet({ min: 20, max: 30 }, { min: 10, max: 12 }), [
      { min: 10, max: 12 },
      { min: 20, max: 30 },
    ]);
    assert.deepEqual(unionAges([{ min: 0, max: 10 }], [{ min: 5, max: 120 }]), ALL_AGE_SET);
  });

  it('subtracts into non-contiguous sets', () => {
    assert.deepEqual(subtractAges([{ min: 14, max: 18 }], [{ min: 16, max: 16 }]), [
      { min: 14, max: 15 },
      { min: 17, max: 18 },
    ]);
    assert.deepEqual(subtractAges([{ min: 14, max: 18 }], [{ min: 16, max: 120 }]), [{ min: 14, max: 15 }]);
    assert.deepEqual(subtractAges([{ min: 14, max: 18 }], [{ min: 0, max: 120 }]), []);
    assert.deepEqual(subtractAges(ALL_AGE_SET, [{ min: 18, max: 64 }]), [
      { min: 0, max: 17 },
      { min: 65, max: 120 },
    ]);
    assert.deepEqual(intersectAges([{ min: 10, max: 20 }], [{ min: 15, max: 30 }]), [{ min: 15, max: 20 }]);
  });

  it('covers, tests and filters', () => {
    assert.deepEqual(
      coveringRange([
        { min: 14, max: 15 },
        { min: 30, max: 40 },
      ]),
      { min: 14, max: 40 },
    );
    assert.equal(coveringRange([]), undefined);
    assert.equal(isAllAges(ageSet({ min: 0, max: 60 }, { min: 61, max: 120 })), true);
    assert.deepEqual(agesBelow([{ min: 14, max: 30 }], 18), [{ min: 14, max: 17 }]);
    assert.deepEqual(agesBelow([{ min: 18, max: 30 }], 18), []);
    assert.deepEqual(agesBelow(ALL_AGE_SET, 0), []);
  });

  it('describes ages in words', () => {
    assert.equal(describeAges([{ min: 14, max: 15 }]), 'ages 14-15');
    assert.equal(describeAges([{ min: 14, max: 14 }]), 'age 14');
    assert.equal(
      describeAges([
        { min: 14, max: 15 },
        { min: 65, max: 120 },
      ]),
      'ages 14-15, 65+',
    );
    assert.equal(describeAges(ALL_AGE_SET), 'any age');
  });
});

describe('gender and region sets', () => {
  it('compares gender meanings, not spellings', () => {
    assert.equal(isAllGenders(g('nonbinary', 'female', 'male')), true);
    assert.equal(isAllGenders(g('female', 'male')), false);
    assert.deepEqual([...subtractGenders(g('female', 'male', 'nonbinary'), g('male'))], ['female', 'nonbinary']);
    assert.equal(describeGenders(g('nonbinary', 'female')), 'female, nonbinary');
    assert.equal(describeGenders(g('male', 'female', 'nonbinary')), 'any gender');
  });

  it('does set algebra on finite and "all but" region sets', () => {
    const fr = regionsOf(new Set(['FR']));
    const fries = regionsOf(new Set(['FR', 'IT', 'ES']));
    assert.deepEqual(subtractRegions(fries, fr), { except: false, codes: ['IT', 'ES'] });
    assert.deepEqual(subtractRegions(ALL_REGIONS, fr), { except: true, codes: ['FR'] });
    assert.deepEqual(subtractRegions(fr, ALL_REGIONS), { except: false, codes: [] });
    assert.deepEqual(subtractRegions({ except: true, codes: ['FR'] }, { except: true, codes: ['FR', 'IT'] }), {
      except: false,
      codes: ['IT'],
    });
    assert.deepEqual(subtractRegions(fries, { except: true, codes: ['IT'] }), { except: false, codes: ['IT'] });
    assert.deepEqual(unionRegions(fr, regionsOf(new Set(['IT']))), { except: false, codes: ['FR', 'IT'] });
    assert.equal(isAllRegions(unionRegions({ except: true, codes: ['FR'] }, fr)), true);
    assert.equal(isAllRegions(regionsOf('any')), true);
    assert.equal(describeRegions({ except: false, codes: ['IT', 'ES'] }), 'regions IT, ES');
    assert.equal(describeRegions({ except: false, codes: ['IT'] }), 'region IT');
    assert.equal(describeRegions({ except: true, codes: ['FR'] }), 'regions other than FR');
  });
});

describe('whom segments and audiences reach', () => {
  const plan = [
    'upstream:',
    '  segments:',
    '    - { id: teens, name: Teens, age: 14-18, genders: any, regions: [FR, IT, ES] }',
    '    - { id: seniors, name: Seniors, age: { min: 65, max: 120 } }',
    '    - { id: broken, name: Broken, age: 18-14 }',
    '  products:',
    '    - { id: game, name: Game, segments: [teens, seniors] }',
    'downstream:',
    '  campaigns:',
    '    - { id: boys, name: Boys, product: game, segments: [teens], audience: { genders: [male] }, channels: [web], schedule: { start: 2027-01-01, end: 2027-01-31 } }',
    '    - { id: all, name: All, product: game, segments: [teens, seniors], channels: [web], schedule: { start: 2027-01-01, end: 2027-01-31 } }',
    '    - { id: wide, name: Wide, product: game, segments: [teens], audience: { age: any, genders: [female, male, nonbinary], regions: [FR, IT, ES, DE] }, channels: [web], schedule: { start: 2027-01-01, end: 2027-01-31 } }',
    '    - { id: bad, name: Bad, product: game, segments: [broken], audience: { age: 10-12 }, channels: [web], schedule: { start: 2027-01-01, end: 2027-01-31 } }',
  ].join('\n');
  const index = indexOf(plan);
  const seg = (id: string) => {
    const s = index.segment(id);
    assert.ok(s);
    return s;
  };
  const camp = (id: string) => {
    const c = index.get('campaign', id);
    assert.ok(c);
    return c;
  };

  it('reads a segment, omitted fields meaning everyone and spellings meaning the same', () => {
    const seniors = segmentReach(seg('seniors'));
    assert.deepEqual(seniors.age, [{ min: 65, max: 120 }]);
    assert.equal(isAllGenders(seniors.genders ?? new Set()), true);
    assert.deepEqual(seniors.regions, ALL_REGIONS);
    assert.equal(describeReach(segmentReach(seg('teens'))), '14-18, any gender, in FR, IT, ES');
  });

  it('summarises a segment for messages: ages and genders, regions only when they are compared', () => {
    const teens = segmentReach(seg('teens'));
    assert.equal(summarize(teens), '14-18, any gender');
    assert.equal(summarize(teens, 'genders'), '14-18, any gender');
    assert.equal(summarize(teens, 'regions'), '14-18, any gender, in FR, IT, ES');
    assert.equal(summarize(segmentReach(seg('seniors')), 'regions'), '65+, any gender, any region');
    assert.equal(describeFieldPhrase(teens, 'age'), 'ages 14-18');
    assert.equal(describeFieldPhrase(teens, 'genders'), 'any gender');
    assert.equal(describeFieldPhrase(teens, 'regions'), 'regions FR, IT, ES');
  });

  it('an invalid field is unknown, and an unknown field finds nothing', () => {
    const broken = segmentReach(seg('broken'));
    assert.equal(broken.age, undefined);
    assert.deepEqual(
      leavesOut(broken, segmentReach(seg('teens'))).map((x) => x.field),
      ['regions'],
    );
    assert.deepEqual(leavesOut(segmentReach(seg('teens')), broken), []);
  });

  it('the union of segments, field by field', () => {
    const u = segmentsUnion([seg('teens'), seg('seniors')]);
    assert.ok(u);
    assert.deepEqual(u.age, [
      { min: 14, max: 18 },
      { min: 65, max: 120 },
    ]);
    assert.deepEqual(u.regions, ALL_REGIONS);
    assert.equal(segmentsUnion([]), undefined);
  });

  it('an audience that leaves out a field takes it from the segments; no audience is exactly their union', () => {
    const boys = campaignAudience(index, camp('boys'));
    assert.ok(boys);
    assert.deepEqual(boys.age, [{ min: 14, max: 18 }]);
    assert.deepEqual([...(boys.genders ?? [])], ['male']);
    assert.deepEqual(boys.regions, { except: false, codes: ['FR', 'IT', 'ES'] });
    const all = effectiveAudience(camp('all'), [seg('teens'), seg('seniors')]);
    assert.deepEqual(all, segmentsUnion([seg('teens'), seg('seniors')]));
  });

  it('leaves out (segment minus audience) and reaches beyond (audience minus segments)', () => {
    const teens = segmentReach(seg('teens'));
    const boys = campaignAudience(index, camp('boys')) as Reach;
    assert.deepEqual(
      leavesOut(teens, boys).map((x) => x.text),
      ['female, nonbinary'],
    );
    const wide = campaignAudience(index, camp('wide')) as Reach;
    assert.deepEqual(leavesOut(teens, wide), []);
    assert.deepEqual(
      reachesBeyond(wide, teens).map((x) => x.text),
      ['ages 0-13, 19+', 'region DE'],
    );
    assert.deepEqual(
      campaignExclusions(index, camp('boys')).map((x) => x.segment.id),
      ['teens'],
    );
    assert.deepEqual(campaignExclusions(index, camp('all')), []);
  });

  it('answers whether a campaign reaches ages below a limit', () => {
    assert.equal(includesAgesBelow(index, camp('boys'), 18), true);
    assert.equal(includesAgesBelow(index, camp('boys'), 14), false);
    assert.equal(includesAgesBelow(index, camp('bad'), 13), true);
    assert.equal(includesAgesBelow(index, camp('bad'), 10), false);
  });
});
