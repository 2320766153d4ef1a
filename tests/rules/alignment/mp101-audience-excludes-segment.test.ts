import { ruleTester } from '../../support/rule-tester';
import { audienceExcludesSegment } from '../../../server/src/engine/rules/alignment/mp101-audience-excludes-segment';

const PLAN = 'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const TEENS = '    - { id: teens, name: Teens, age: 14-18, genders: any, regions: [FR, IT] }\n';
const upstream = (segments: string, productSegments = '[teens]'): string =>
  `upstream:\n  segments:\n${segments}  products:\n    - { id: game, name: Game, segments: ${productSegments} }\n`;
/** A campaign in block style; `audience` is the audience's lines (6 spaces in), `segments` the list. */
const campaign = (audience: string, segments = '[teens]'): string =>
  'downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n' +
  `      segments: ${segments}\n      audience:\n${audience}      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-03-31 }\n`;

ruleTester(audienceExcludesSegment, {
  valid: [
    { name: 'all three genders listed are `any`', files: upstream(TEENS) + campaign('        genders: [female, male, nonbinary]\n') },
    { name: '`{min: 14, max: 18}` is 14-18: the boundary ages are covered', files: upstream(TEENS) + campaign('        age: { min: 14, max: 18 }\n') },
    { name: 'an audience wider than the segment leaves nothing out (that is MP102)', files: upstream(TEENS) + campaign('        age: 13-19\n        regions: [FR, IT, ES]\n') },
    { name: 'an omitted field takes the segments\' value', files: upstream('    - { id: teens, name: Teens, age: 14-18 }\n') + campaign('        age: 14-18\n') },
    { name: 'an invalid audience field is MP002\'s, not a finding here', files: upstream(TEENS) + campaign('        age: 18-14\n') },
    { name: 'an unresolved segment is MP005\'s', files: upstream(TEENS) + campaign('        genders: [male]\n', '[ghosts]') },
  ],
  invalid: [
    {
      name: 'boys only: the girls and nonbinary teens are left out; widen to `any`',
      files: upstream(TEENS) + campaign('        genders: ⟦[male]⟧\n'),
      errors: [
        {
          message: ['leaves out female, nonbinary of segment `teens` (14-18, any gender, in FR, IT)', 'its genders are male'],
          related: [{ line: 3, message: ['segment `teens` covers any gender'] }],
          fixes: [
            {
              title: 'Widen the audience\'s `genders` to `any` to cover `teens`',
              safe: false,
              preferred: true,
              output: upstream(TEENS) + campaign('        genders: any\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'one finding per field naming every segment; widen to the smallest covering range; remove either segment',
      files:
        upstream(TEENS + '    - { id: fans, name: Fans, age: { min: 16, max: 30 } }\n', '[teens, fans]') +
        campaign('        age: ⟦16-18⟧\n', '[teens, fans]'),
      errors: [
        {
          message: ['leaves out ages 14-15 of segment `teens`', 'and ages 19-30 of segment `fans` (16-30, any gender, any region)', 'its age is 16-18'],
          related: [{ line: 3, message: ['covers 14-18'] }, { line: 4, message: ['covers 16-30'] }],
          fixes: [
            {
              title: 'Widen the audience\'s `age` to `14-30`',
              preferred: true,
              output:
                upstream(TEENS + '    - { id: fans, name: Fans, age: { min: 16, max: 30 } }\n', '[teens, fans]') +
                campaign('        age: 14-30\n', '[teens, fans]'),
            },
            {
              title: 'Remove segment `teens` from campaign `launch`',
              preferred: false,
              output:
                upstream(TEENS + '    - { id: fans, name: Fans, age: { min: 16, max: 30 } }\n', '[teens, fans]') +
                campaign('        age: 16-18\n', '[fans]'),
            },
            {
              title: 'Remove segment `fans` from campaign `launch`',
              output:
                upstream(TEENS + '    - { id: fans, name: Fans, age: { min: 16, max: 30 } }\n', '[teens, fans]') +
                campaign('        age: 16-18\n', '[teens]'),
            },
          ],
        },
      ],
    },
    {
      name: 'across files: a block regions list is widened by appending the missing regions',
      files: {
        'plan.mplan.yaml': PLAN + upstream('    - id: teens\n      name: Teens\n      regions: [FR, IT, ES] # south\n'),
        'campaigns/spring.mplan.yaml': campaign('        regions:\n          ⟦- FR # launch market⟧\n'),
      },
      errors: [
        {
          message: ['leaves out regions IT, ES of segment `teens` (any age, any gender, in FR, IT, ES)', 'its regions are FR'],
          related: [{ file: 'plan.mplan.yaml', line: 11, message: ['segment `teens` covers FR, IT, ES'] }],
          fixes: [
            {
              title: 'Widen the audience\'s `regions` to `[FR, IT, ES]`',
              output: { 'campaigns/spring.mplan.yaml': campaign('        regions:\n          - FR # launch market\n          - IT\n          - ES\n') },
            },
          ],
        },
      ],
    },
    {
      name: 'a `{min, max}` age keeps its spelling; a segment with no regions means every region',
      files: upstream('    - { id: teens, name: Teens, age: 14-18 }\n') + campaign('        age: ⟦{ min: 16, max: 18 }⟧\n        regions: ⟦[FR]⟧\n'),
      errors: [
        {
          message: ['leaves out ages 14-15 of segment `teens`'],
          fixes: [{ title: 'Widen the audience\'s `age` to `14-18`', output: upstream('    - { id: teens, name: Teens, age: 14-18 }\n') + campaign('        age: { min: 14, max: 18 }\n        regions: [FR]\n') }],
        },
        {
          message: ['leaves out regions other than FR of segment `teens` (14-18, any gender, any region)'],
          related: [{ line: 3, message: ['segment `teens` writes no `regions`: it covers any region'] }],
          fixes: [{ title: 'Widen the audience\'s `regions` to `any`', output: upstream('    - { id: teens, name: Teens, age: 14-18 }\n') + campaign('        age: { min: 16, max: 18 }\n        regions: any\n') }],
        },
      ],
    },
    {
      name: 'a flow genders list gets the missing gender appended when the union is not everyone',
      files: upstream('    - { id: teens, name: Teens, genders: [female, nonbinary] }\n') + campaign('        genders: ⟦[ female ]⟧\n'),
      errors: [
        {
          message: ['leaves out nonbinary of segment `teens` (any age, female, nonbinary, any region)', 'its genders are female'],
          fixes: [
            {
              title: 'Widen the audience\'s `genders` to `[female, nonbinary]`',
              output: upstream('    - { id: teens, name: Teens, genders: [female, nonbinary] }\n') + campaign('        genders: [ female, nonbinary ]\n'),
            },
          ],
        },
      ],
    },
  ],
});
