import { ruleTester } from '../../support/rule-tester';
import { audienceExcludesSegment } from '../../../server/src/engine/rules/alignment/mp101-audience-excludes-segment';

const PLAN =
  'version: 1\nplan:\n  id: questforge-2027\n  name: QuestForge 2027\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const TEENS = '    - id: teen-gamers\n      name: Teen gamers\n      age: 14-18\n      genders: any\n';
const COLLECTORS = '    - id: adult-collectors\n      name: Adult collectors\n      age: 25-45\n';
const upstream = (segments: string, productSegments = '[teen-gamers]'): string =>
  `upstream:\n  segments:\n${segments}  products:\n    - { id: questforge, name: QuestForge, segments: ${productSegments} }\n`;
const campaign = (segments: string, audience: string): string =>
  'downstream:\n  campaigns:\n    - id: spring-launch\n      name: Spring launch ads\n      product: questforge\n' +
  `      segments: ${segments}\n${audience}      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-04-15 }\n`;
/** The text after a fix: marks removed, one piece replaced. */
const fixed = (text: string, from: string, to: string): string => {
  const clean = text.replace(/[⟦⟧]/g, '');
  if (!clean.includes(from)) throw new Error(`«${from}» not in the text`);
  return clean.replace(from, to);
};

const BOYS = upstream(TEENS) + campaign('[teen-gamers]', '      audience:\n        age: 14-18\n        genders: ⟦[male]⟧\n');
const TWO_SEGMENTS =
  upstream(TEENS + COLLECTORS, '[teen-gamers, adult-collectors]') +
  campaign('[teen-gamers, adult-collectors]', '      audience: { age: ⟦15-18⟧ }\n');
const MAP_AGE =
  upstream('    - { id: teen-gamers, name: Teen gamers, age: 14-18 }\n') +
  campaign('[teen-gamers]', '      audience:\n        age: ⟦{ min: 16, max: 18 }⟧\n        genders: ⟦[female, male]⟧ # no nonbinary\n');
const GIRLS =
  upstream('    - { id: gamer-girls, name: Gamer girls, genders: [female, nonbinary] }\n', '[gamer-girls]') +
  campaign('[gamer-girls]', '      audience: { genders: ⟦[female]⟧ } # set by the agency\n');
const SPRING_FILE =
  'downstream:\n  campaigns:\n    - id: spring-launch\n      name: Spring launch ads\n      product: questforge\n      segments: [teen-gamers]\n' +
  '      audience:\n        regions:\n          ⟦- FR⟧\n      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-04-15 }\n';
const SOUTH = '    - id: teen-gamers\n      name: Teen gamers\n      age: 14-18\n      regions: [FR, IT, ES]\n';

import { aliasedAudience } from '../../support/value-plans';

ruleTester(audienceExcludesSegment, {
  valid: [
    {
      name: 'the audience spells out every gender of the segment: `[female, male, nonbinary]` is `any`',
      files:
        upstream(TEENS) + campaign('[teen-gamers]', '      audience:\n        age: 14-18\n        genders: [female, male, nonbinary]\n'),
    },
    {
      name: 'an age map equal to the segment range: `{ min: 65, max: 120 }` is `65+`',
      files:
        upstream('    - { id: silver-gamers, name: Silver gamers, age: 65+ }\n', '[silver-gamers]') +
        campaign('[silver-gamers]', '      audience: { age: { min: 65, max: 120 } }\n'),
    },
    {
      name: 'exactly the union of two segments, ages written from 14 to 45; genders left out come from the segments',
      files:
        upstream(TEENS + COLLECTORS, '[teen-gamers, adult-collectors]') +
        campaign('[teen-gamers, adult-collectors]', '      audience: { age: 14-45 }\n'),
    },
    {
      name: 'regions wider than the segment are MP102, not MP101',
      files: upstream(SOUTH) + campaign('[teen-gamers]', '      audience: { regions: [ES, FR, IT, DE] }\n'),
    },
    {
      name: 'an invalid audience field (MP002) and an unknown segment (MP005) are not compared',
      files: upstream(TEENS) + campaign('[teen-gamers, teen-gamerz]', '      audience: { genders: [male, any] }\n'),
    },
    { name: 'no audience: exactly the segments', files: upstream(TEENS) + campaign('[teen-gamers]', '') },
  ],
  invalid: [
    {
      name: 'a boys-only audience leaves out the girls of a teen segment',
      files: BOYS,
      errors: [
        {
          messageId: 'leavesOut',
          data: {
            parts: {
              list: [
                {
                  phrase: 'part',
                  data: {
                    left: {
                      list: [
                        { phrase: 'gender.female', data: {} },
                        { phrase: 'gender.nonbinary', data: {} },
                      ],
                    },
                    segment: { id: 'teen-gamers', name: 'Teen gamers' },
                    reach: {
                      list: [
                        { phrase: 'ages.some', data: { ages: '14-18' } },
                        { phrase: 'genders.any', data: {} },
                      ],
                    },
                  },
                },
              ],
            },
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            audience: { list: [{ phrase: 'gender.male', data: {} }] },
          },
          text: 'the audience leaves out women and non-binary people of the segment Teen gamers (teen-gamers), which covers ages 14-18 and people of any gender: campaign Spring launch ads (spring-launch) reaches men only',
          related: [{ line: 6, message: ['segment teen-gamers covers people of any gender'] }],
          fixCount: 1,
          fixes: [
            {
              title: "Widen the audience's genders to any",
              safe: false,
              preferred: true,
              output: fixed(BOYS, 'genders: [male]', 'genders: any'),
            },
          ],
        },
      ],
    },
    {
      name: 'one year short of one segment and none of the other: one finding naming both; widen or remove either segment',
      files: TWO_SEGMENTS,
      errors: [
        {
          messageId: 'leavesOut',
          data: {
            parts: {
              list: [
                {
                  phrase: 'part',
                  data: {
                    left: { phrase: 'ages.one', data: { ages: '14' } },
                    segment: { id: 'teen-gamers', name: 'Teen gamers' },
                    reach: {
                      list: [
                        { phrase: 'ages.some', data: { ages: '14-18' } },
                        { phrase: 'genders.any', data: {} },
                      ],
                    },
                  },
                },
                {
                  phrase: 'part',
                  data: {
                    left: { phrase: 'ages.some', data: { ages: '25-45' } },
                    segment: { id: 'adult-collectors', name: 'Adult collectors' },
                    reach: {
                      list: [
                        { phrase: 'ages.some', data: { ages: '25-45' } },
                        { phrase: 'genders.any', data: {} },
                      ],
                    },
                  },
                },
              ],
            },
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            audience: { phrase: 'ages.some', data: { ages: '15-18' } },
          },
          text: 'the audience leaves out age 14 of the segment Teen gamers (teen-gamers), which covers ages 14-18 and people of any gender and ages 25-45 of the segment Adult collectors (adult-collectors), which covers ages 25-45 and people of any gender: campaign Spring launch ads (spring-launch) reaches ages 15-18 only',
          related: [
            { line: 5, message: ['segment teen-gamers covers 14-18'] },
            { line: 9, message: ['segment adult-collectors covers 25-45'] },
          ],
          fixes: [
            { title: "Widen the audience's age to 14-45", preferred: true, output: fixed(TWO_SEGMENTS, 'age: 15-18 }', 'age: 14-45 }') },
            {
              title: 'Remove segment teen-gamers from campaign spring-launch',
              preferred: false,
              output: fixed(
                TWO_SEGMENTS,
                'segments: [teen-gamers, adult-collectors]\n      audience',
                'segments: [adult-collectors]\n      audience',
              ),
            },
            {
              title: 'Remove segment adult-collectors from campaign spring-launch',
              preferred: false,
              output: fixed(
                TWO_SEGMENTS,
                'segments: [teen-gamers, adult-collectors]\n      audience',
                'segments: [teen-gamers]\n      audience',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'one finding per field: an age map widened in its own spelling; a segment without genders is every gender',
      files: MAP_AGE,
      errors: [
        {
          messageId: 'leavesOut',
          data: {
            parts: {
              list: [
                {
                  phrase: 'part',
                  data: {
                    left: { phrase: 'ages.some', data: { ages: '14-15' } },
                    segment: { id: 'teen-gamers', name: 'Teen gamers' },
                    reach: {
                      list: [
                        { phrase: 'ages.some', data: { ages: '14-18' } },
                        { phrase: 'genders.any', data: {} },
                      ],
                    },
                  },
                },
              ],
            },
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            audience: { phrase: 'ages.some', data: { ages: '16-18' } },
          },
          text: 'the audience leaves out ages 14-15 of the segment Teen gamers (teen-gamers), which covers ages 14-18 and people of any gender: campaign Spring launch ads (spring-launch) reaches ages 16-18 only',
          related: [{ line: 3, message: ['segment teen-gamers covers 14-18'] }],
          fixes: [{ title: "Widen the audience's age to 14-18", output: fixed(MAP_AGE, '{ min: 16, max: 18 }', '{ min: 14, max: 18 }') }],
        },
        {
          messageId: 'leavesOut',
          data: {
            parts: {
              list: [
                {
                  phrase: 'part',
                  data: {
                    left: { list: [{ phrase: 'gender.nonbinary', data: {} }] },
                    segment: { id: 'teen-gamers', name: 'Teen gamers' },
                    reach: {
                      list: [
                        { phrase: 'ages.some', data: { ages: '14-18' } },
                        { phrase: 'genders.any', data: {} },
                      ],
                    },
                  },
                },
              ],
            },
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            audience: {
              list: [
                { phrase: 'gender.female', data: {} },
                { phrase: 'gender.male', data: {} },
              ],
            },
          },
          text: 'the audience leaves out non-binary people of the segment Teen gamers (teen-gamers), which covers ages 14-18 and people of any gender: campaign Spring launch ads (spring-launch) reaches women and men only',
          related: [{ line: 3, message: ['segment teen-gamers writes no genders: it covers people of any gender'] }],
          fixes: [
            { title: "Widen the audience's genders to any", output: fixed(MAP_AGE, '[female, male] # no nonbinary', 'any # no nonbinary') },
          ],
        },
      ],
    },
    {
      name: 'a missing gender is appended to the flow list, keeping the comment',
      files: GIRLS,
      errors: [
        {
          messageId: 'leavesOut',
          data: {
            parts: {
              list: [
                {
                  phrase: 'part',
                  data: {
                    left: { list: [{ phrase: 'gender.nonbinary', data: {} }] },
                    segment: { id: 'gamer-girls', name: 'Gamer girls' },
                    reach: {
                      list: [
                        { phrase: 'ages.any', data: {} },
                        {
                          list: [
                            { phrase: 'gender.female', data: {} },
                            { phrase: 'gender.nonbinary', data: {} },
                          ],
                        },
                      ],
                    },
                  },
                },
              ],
            },
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            audience: { list: [{ phrase: 'gender.female', data: {} }] },
          },
          text: 'the audience leaves out non-binary people of the segment Gamer girls (gamer-girls), which covers any age and women and non-binary people: campaign Spring launch ads (spring-launch) reaches women only',
          related: [{ line: 3, message: ['segment gamer-girls covers women and non-binary people'] }],
          fixes: [
            {
              title: "Widen the audience's genders to [female, nonbinary]",
              output: fixed(GIRLS, '[female] } # set', '[female, nonbinary] } # set'),
            },
          ],
        },
      ],
    },
    {
      name: 'across files: a block list of regions gets the missing regions appended in block style',
      files: { 'campaigns/spring.mplan.yaml': SPRING_FILE, 'plan.mplan.yaml': PLAN + upstream(SOUTH) },
      errors: [
        {
          messageId: 'leavesOut',
          data: {
            parts: {
              list: [
                {
                  phrase: 'part',
                  data: {
                    left: { phrase: 'regions.some', data: { regions: { list: ['IT', 'ES'] } } },
                    segment: { id: 'teen-gamers', name: 'Teen gamers' },
                    reach: {
                      list: [
                        { phrase: 'ages.some', data: { ages: '14-18' } },
                        { phrase: 'genders.any', data: {} },
                        { phrase: 'reach.in', data: { regions: { list: ['FR', 'IT', 'ES'] } } },
                      ],
                    },
                  },
                },
              ],
            },
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            audience: { phrase: 'regions.one', data: { regions: { list: ['FR'] } } },
          },
          text: 'the audience leaves out regions IT and ES of the segment Teen gamers (teen-gamers), which covers ages 14-18, people of any gender and in FR, IT and ES: campaign Spring launch ads (spring-launch) reaches region FR only',
          related: [{ file: 'plan.mplan.yaml', line: 12, message: ['segment teen-gamers covers FR, IT, ES'] }],
          fixes: [
            {
              title: "Widen the audience's regions to [FR, IT, ES]",
              output: {
                'campaigns/spring.mplan.yaml': fixed(SPRING_FILE, '          - FR\n', '          - FR\n          - IT\n          - ES\n'),
              },
            },
          ],
        },
      ],
    },
    {
      name: 'a segment with no regions is every region: a list of regions leaves out all the others; widen to `any`',
      files:
        upstream('    - { id: teen-gamers, name: Teen gamers, age: 14-18 }\n') +
        campaign('[teen-gamers]', '      audience: { regions: ⟦[ FR ]⟧ }\n'),
      errors: [
        {
          messageId: 'leavesOut',
          data: {
            parts: {
              list: [
                {
                  phrase: 'part',
                  data: {
                    left: { phrase: 'regions.except', data: { regions: { list: ['FR'] } } },
                    segment: { id: 'teen-gamers', name: 'Teen gamers' },
                    reach: {
                      list: [
                        { phrase: 'ages.some', data: { ages: '14-18' } },
                        { phrase: 'genders.any', data: {} },
                        { phrase: 'regions.any', data: {} },
                      ],
                    },
                  },
                },
              ],
            },
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            audience: { phrase: 'regions.one', data: { regions: { list: ['FR'] } } },
          },
          text: 'the audience leaves out regions other than FR of the segment Teen gamers (teen-gamers), which covers ages 14-18, people of any gender and any region: campaign Spring launch ads (spring-launch) reaches region FR only',
          related: [{ line: 3, message: ['segment teen-gamers writes no regions: it covers any region'] }],
          fixes: [
            {
              title: "Widen the audience's regions to any",
              output:
                upstream('    - { id: teen-gamers, name: Teen gamers, age: 14-18 }\n') +
                campaign('[teen-gamers]', '      audience: { regions: any }\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'segments and age through aliases: as if written out, on the age alias; widening replaces the alias',
      files: aliasedAudience('⟦*kids⟧'),
      errors: [
        {
          messageId: 'leavesOut',
          data: {
            parts: {
              list: [
                {
                  phrase: 'part',
                  data: {
                    left: { phrase: 'ages.some', data: { ages: '16-19' } },
                    segment: { id: 'teens', name: 'Teens' },
                    reach: {
                      list: [
                        { phrase: 'ages.some', data: { ages: '13-19' } },
                        { phrase: 'genders.any', data: {} },
                      ],
                    },
                  },
                },
              ],
            },
            campaign: { id: 'launch', name: 'Launch' },
            audience: { phrase: 'ages.some', data: { ages: '10-15' } },
          },
          text: 'the audience leaves out ages 16-19 of the segment Teens (teens), which covers ages 13-19 and people of any gender: campaign Launch (launch) reaches ages 10-15 only',
          related: [{ line: 6 }],
          fixes: [{ title: "Widen the audience's age to 10-19", output: aliasedAudience('10-19') }],
        },
      ],
    },
  ],
});
