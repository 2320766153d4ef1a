import { ruleTester } from '../../support/rule-tester';
import { audienceOutsideSegments } from '../../../server/src/engine/rules/alignment/mp102-audience-outside-segments';

const PLAN = 'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const TEENS = '    - { id: teens, name: Teens, age: 14-18, genders: [female], regions: [FR, IT] }\n';
const upstream = (segments: string, productSegments = '[teens]'): string =>
  `upstream:\n  segments:\n${segments}  products:\n    - { id: game, name: Game, segments: ${productSegments} }\n`;
const campaign = (audience: string, segments = '[teens]'): string =>
  'downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n' +
  `      segments: ${segments}\n      audience:\n${audience}      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-03-31 }\n`;
const SENIORS = '    - { id: seniors, name: Seniors, age: 65+, genders: [female], regions: [FR, IT] }\n';

ruleTester(audienceOutsideSegments, {
  valid: [
    { name: 'exactly the segment, spelled differently', files: upstream(TEENS) + campaign('        age: { min: 14, max: 18 }\n        genders: [female]\n        regions: [IT, FR]\n') },
    { name: 'a narrower audience reaches nothing beyond (that is MP101)', files: upstream(TEENS) + campaign('        age: 15-17\n        regions: [FR]\n') },
    {
      name: 'adjacent segments make one union: 14-30 is covered by 14-18 and 19-30',
      files: upstream(TEENS + '    - { id: young, name: Young, age: 19-30, genders: [female], regions: [FR, IT] }\n', '[teens, young]') + campaign('        age: 14-30\n', '[teens, young]'),
    },
    { name: 'a segment with no regions covers every region', files: upstream('    - { id: teens, name: Teens }\n') + campaign('        regions: [DE]\n        genders: any\n        age: any\n') },
  ],
  invalid: [
    {
      name: 'ages on both sides of the segment; narrowed to the segment\'s range',
      files: upstream(TEENS) + campaign('        age: ⟦10-20⟧\n'),
      errors: [
        {
          message: ['audience of campaign `launch` reaches ages 10-13, 19-20 beyond its segment `teens` (14-18)'],
          related: [{ line: 3, message: ['segment `teens` covers 14-18'] }],
          fixes: [{ title: 'Narrow the audience\'s `age` to `14-18`', safe: false, preferred: true, output: upstream(TEENS) + campaign('        age: 14-18\n') }],
        },
      ],
    },
    {
      name: '`any` genders reach male and nonbinary people no segment covers',
      files: upstream(TEENS) + campaign('        genders: ⟦any⟧\n'),
      errors: [
        {
          message: ['reaches male, nonbinary beyond its segment `teens` (female)'],
          fixes: [{ title: 'Narrow the audience\'s `genders` to `[female]`', output: upstream(TEENS) + campaign('        genders: [female]\n') }],
        },
      ],
    },
    {
      name: 'across files: a region beyond the segments; the list is set to their union',
      files: {
        'plan.mplan.yaml': PLAN + upstream('    - id: teens\n      name: Teens\n      regions: [FR, IT]\n'),
        'campaigns/spring.mplan.yaml': campaign('        regions: ⟦["FR", DE]⟧\n'),
      },
      errors: [
        {
          message: ['reaches region DE beyond its segment `teens` (FR, IT)'],
          related: [{ file: 'plan.mplan.yaml', line: 11, message: ['segment `teens` covers FR, IT'] }],
          fixes: [{ title: 'Narrow the audience\'s `regions` to `[FR, IT]`', output: { 'campaigns/spring.mplan.yaml': campaign('        regions: ["FR", IT]\n') } }],
        },
      ],
    },
    {
      name: 'a gap between two segments: reported, but no single range to narrow to',
      files: upstream(TEENS + SENIORS, '[teens, seniors]') + campaign('        age: ⟦14+⟧\n', '[teens, seniors]'),
      errors: [
        {
          message: ['reaches ages 19-64 beyond its segments `teens` (14-18), `seniors` (65+)'],
          related: [{ line: 3 }, { line: 4 }],
          fixCount: 0,
        },
      ],
    },
    {
      name: 'a block genders list: the extra item\'s line goes',
      files: upstream(TEENS) + campaign('        genders:\n          ⟦- female\n          - male # test⟧\n'),
      errors: [
        {
          message: ['reaches male beyond'],
          fixes: [{ title: '`[female]`', output: upstream(TEENS) + campaign('        genders:\n          - female\n') }],
        },
      ],
    },
  ],
});
