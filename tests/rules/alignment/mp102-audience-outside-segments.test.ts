import { ruleTester } from '../../support/rule-tester';
import { audienceOutsideSegments } from '../../../server/src/engine/rules/alignment/mp102-audience-outside-segments';

const PLAN =
  'version: 1\nplan:\n  id: questforge-2027\n  name: QuestForge 2027\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const TEENS = '    - { id: teen-gamers, name: Teen gamers, age: 14-18, genders: [female], regions: [FR, IT] }\n';
const SENIORS = '    - { id: silver-gamers, name: Silver gamers, age: 65+, genders: [female], regions: [FR, IT] }\n';
const upstream = (segments: string, productSegments = '[teen-gamers]'): string =>
  `upstream:\n  segments:\n${segments}  products:\n    - { id: questforge, name: QuestForge, segments: ${productSegments} }\n`;
/** A campaign in block style; `audience` is the audience's lines (8 spaces in). */
const campaign = (audience: string, segments = '[teen-gamers]'): string =>
  'downstream:\n  campaigns:\n    - id: spring-launch\n      name: Spring launch ads\n      product: questforge\n' +
  `      segments: ${segments}\n      audience:\n${audience}      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-04-15 }\n`;

import { aliasedAudience } from '../../support/value-plans';

ruleTester(audienceOutsideSegments, {
  valid: [
    {
      name: 'exactly the segment, spelled differently',
      files: upstream(TEENS) + campaign('        age: { min: 14, max: 18 }\n        genders: [female]\n        regions: [IT, FR]\n'),
    },
    {
      name: 'a narrower audience reaches nothing beyond (that is MP101)',
      files: upstream(TEENS) + campaign('        age: 15-17\n        regions: [FR]\n'),
    },
    {
      name: 'adjacent segments make one union: 14-30 is covered by 14-18 and 19-30',
      files:
        upstream(
          TEENS + '    - { id: young-adults, name: Young adults, age: 19-30, genders: [female], regions: [FR, IT] }\n',
          '[teen-gamers, young-adults]',
        ) + campaign('        age: 14-30\n', '[teen-gamers, young-adults]'),
    },
    {
      name: 'a segment with no age, genders or regions covers everyone',
      files:
        upstream('    - { id: teen-gamers, name: Teen gamers }\n') +
        campaign('        regions: [DE]\n        genders: any\n        age: any\n'),
    },
    { name: 'an unknown segment (MP005) is not compared', files: upstream(TEENS) + campaign('        age: 10-20\n', '[teen-gamerz]') },
  ],
  invalid: [
    {
      name: 'an audience bought for 10-20 year-olds reaches ages the teen segment does not cover',
      files: upstream(TEENS) + campaign('        age: ⟦10-20⟧\n'),
      errors: [
        {
          messageId: 'beyondSegment',
          data: {
            beyond: { phrase: 'ages.some', data: { ages: '10-13, 19-20' } },
            segments: {
              list: [
                {
                  phrase: 'segment',
                  data: {
                    segment: { id: 'teen-gamers', name: 'Teen gamers' },
                    reach: { list: [{ phrase: 'ages.some', data: { ages: '14-18' } }, { list: [{ phrase: 'gender.female', data: {} }] }] },
                  },
                },
              ],
            },
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            audience: { phrase: 'ages.some', data: { ages: '10-20' } },
          },
          text: 'the audience reaches ages 10-13, 19-20, beyond the segment Teen gamers (teen-gamers), which covers ages 14-18 and women: campaign Spring launch ads (spring-launch) reaches ages 10-20',
          related: [{ line: 3, message: ['segment teen-gamers covers 14-18'] }],
          fixes: [
            {
              title: "Narrow the audience's age to 14-18",
              safe: false,
              preferred: true,
              output: upstream(TEENS) + campaign('        age: 14-18\n'),
            },
          ],
        },
      ],
    },
    {
      name: '`any` genders reach male and nonbinary people no segment covers',
      files: upstream(TEENS) + campaign('        genders: ⟦any⟧\n'),
      errors: [
        {
          messageId: 'beyondSegment',
          data: {
            beyond: {
              list: [
                { phrase: 'gender.male', data: {} },
                { phrase: 'gender.nonbinary', data: {} },
              ],
            },
            segments: {
              list: [
                {
                  phrase: 'segment',
                  data: {
                    segment: { id: 'teen-gamers', name: 'Teen gamers' },
                    reach: { list: [{ phrase: 'ages.some', data: { ages: '14-18' } }, { list: [{ phrase: 'gender.female', data: {} }] }] },
                  },
                },
              ],
            },
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            audience: { phrase: 'genders.any', data: {} },
          },
          text: 'the audience reaches men and non-binary people, beyond the segment Teen gamers (teen-gamers), which covers ages 14-18 and women: campaign Spring launch ads (spring-launch) reaches people of any gender',
          related: [{ line: 3, message: ['covers women'] }],
          fixes: [
            { title: "Narrow the audience's genders to [female]", output: upstream(TEENS) + campaign('        genders: [female]\n') },
          ],
        },
      ],
    },
    {
      name: 'across files: a region beyond the segments; the list is set to their union, keeping the quotes',
      files: {
        'plan.mplan.yaml': PLAN + upstream('    - id: teen-gamers\n      name: Teen gamers\n      regions: [FR, IT]\n'),
        'campaigns/spring.mplan.yaml': campaign('        regions: ⟦["FR", DE]⟧\n'),
      },
      errors: [
        {
          messageId: 'beyondSegment',
          data: {
            beyond: { phrase: 'regions.one', data: { regions: { list: ['DE'] } } },
            segments: {
              list: [
                {
                  phrase: 'segment',
                  data: {
                    segment: { id: 'teen-gamers', name: 'Teen gamers' },
                    reach: {
                      list: [
                        { phrase: 'ages.any', data: {} },
                        { phrase: 'genders.any', data: {} },
                        { phrase: 'reach.in', data: { regions: { list: ['FR', 'IT'] } } },
                      ],
                    },
                  },
                },
              ],
            },
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            audience: { phrase: 'regions.some', data: { regions: { list: ['FR', 'DE'] } } },
          },
          text: 'the audience reaches region DE, beyond the segment Teen gamers (teen-gamers), which covers any age, people of any gender and in FR and IT: campaign Spring launch ads (spring-launch) reaches regions FR and DE',
          related: [{ file: 'plan.mplan.yaml', line: 11, message: ['segment teen-gamers covers FR, IT'] }],
          fixes: [
            {
              title: "Narrow the audience's regions to [FR, IT]",
              output: { 'campaigns/spring.mplan.yaml': campaign('        regions: ["FR", IT]\n') },
            },
          ],
        },
      ],
    },
    {
      name: 'a gap between two segments: reported, but no single range to narrow to',
      files: upstream(TEENS + SENIORS, '[teen-gamers, silver-gamers]') + campaign('        age: ⟦14+⟧\n', '[teen-gamers, silver-gamers]'),
      errors: [
        {
          messageId: 'beyondSegments',
          data: {
            beyond: { phrase: 'ages.some', data: { ages: '19-64' } },
            segments: {
              list: [
                {
                  phrase: 'segment',
                  data: {
                    segment: { id: 'teen-gamers', name: 'Teen gamers' },
                    reach: { list: [{ phrase: 'ages.some', data: { ages: '14-18' } }, { list: [{ phrase: 'gender.female', data: {} }] }] },
                  },
                },
                {
                  phrase: 'segment',
                  data: {
                    segment: { id: 'silver-gamers', name: 'Silver gamers' },
                    reach: { list: [{ phrase: 'ages.some', data: { ages: '65+' } }, { list: [{ phrase: 'gender.female', data: {} }] }] },
                  },
                },
              ],
            },
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            audience: { phrase: 'ages.some', data: { ages: '14+' } },
          },
          text: 'the audience reaches ages 19-64, beyond the segments Teen gamers (teen-gamers), which covers ages 14-18 and women and Silver gamers (silver-gamers), which covers ages 65+ and women: campaign Spring launch ads (spring-launch) reaches ages 14+',
          related: [{ line: 3 }, { line: 4 }],
          fixCount: 0,
        },
      ],
    },
    {
      name: "a block genders list: the extra item's line goes",
      files: upstream(TEENS) + campaign('        genders:\n          ⟦- female\n          - male # test⟧\n'),
      errors: [
        {
          messageId: 'beyondSegment',
          data: {
            beyond: { list: [{ phrase: 'gender.male', data: {} }] },
            segments: {
              list: [
                {
                  phrase: 'segment',
                  data: {
                    segment: { id: 'teen-gamers', name: 'Teen gamers' },
                    reach: { list: [{ phrase: 'ages.some', data: { ages: '14-18' } }, { list: [{ phrase: 'gender.female', data: {} }] }] },
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
          text: 'the audience reaches men, beyond the segment Teen gamers (teen-gamers), which covers ages 14-18 and women: campaign Spring launch ads (spring-launch) reaches women and men',
          fixes: [{ title: '[female]', output: upstream(TEENS) + campaign('        genders:\n          - female\n') }],
        },
      ],
    },
    {
      name: "no written gender in common: the list becomes the segments' genders",
      files: upstream(TEENS) + campaign('        genders: ⟦[male, nonbinary]⟧\n'),
      errors: [
        {
          messageId: 'beyondSegment',
          data: {
            beyond: {
              list: [
                { phrase: 'gender.male', data: {} },
                { phrase: 'gender.nonbinary', data: {} },
              ],
            },
            segments: {
              list: [
                {
                  phrase: 'segment',
                  data: {
                    segment: { id: 'teen-gamers', name: 'Teen gamers' },
                    reach: { list: [{ phrase: 'ages.some', data: { ages: '14-18' } }, { list: [{ phrase: 'gender.female', data: {} }] }] },
                  },
                },
              ],
            },
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            audience: {
              list: [
                { phrase: 'gender.male', data: {} },
                { phrase: 'gender.nonbinary', data: {} },
              ],
            },
          },
          text: 'the audience reaches men and non-binary people, beyond the segment Teen gamers (teen-gamers), which covers ages 14-18 and women: campaign Spring launch ads (spring-launch) reaches men and non-binary people',
          fixes: [{ title: '[female]', output: upstream(TEENS) + campaign('        genders: [female]\n') }],
        },
      ],
    },
    {
      name: 'segments and age through aliases: on the age alias; narrowing replaces the alias',
      files: aliasedAudience('⟦*kids⟧'),
      errors: [
        {
          messageId: 'beyondSegment',
          data: {
            beyond: { phrase: 'ages.some', data: { ages: '10-12' } },
            segments: {
              list: [
                {
                  phrase: 'segment',
                  data: {
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
          text: 'the audience reaches ages 10-12, beyond the segment Teens (teens), which covers ages 13-19 and people of any gender: campaign Launch (launch) reaches ages 10-15',
          fixes: [{ title: "Narrow the audience's age to 13-19", output: aliasedAudience('13-19') }],
        },
      ],
    },
  ],
});
