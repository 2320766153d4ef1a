import { ruleTester } from '../../support/rule-tester';
import { minorsWithoutCompliance } from '../../../server/src/engine/rules/governance/mp403-minors-without-compliance';

const PLAN = 'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const upstream = (segments: string): string =>
  `upstream:\n  segments:\n${segments}  products: [{ id: game, name: Game, segments: [teens, adults] }]\n`;
const SEGMENTS = '    - id: teens\n      name: Teens\n      age: 14-18\n    - id: adults\n      name: Adults\n      age: 18+\n';
const campaign = (id: string, segments: string, tail = ''): string =>
  `downstream:\n  campaigns:\n    - id: ${id}\n      name: Launch\n      product: game\n      segments: ${segments}\n      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-06-30 }\n${tail}`;

import { aliasedAudience } from '../../support/value-plans';

ruleTester(minorsWithoutCompliance, {
  valid: [
    { name: 'adults only, from the segment', files: PLAN + upstream(SEGMENTS) + campaign('launch', '[adults]') },
    {
      name: 'a teen segment, but the audience bought is 18+',
      files: PLAN + upstream(SEGMENTS) + campaign('launch', '[teens]', '      audience: { age: 18-24 }\n'),
    },
    {
      name: 'minors with a compliance sign-off',
      files: PLAN + upstream(SEGMENTS) + campaign('launch', '[teens]', '      compliance: { approvedBy: legal, on: 2027-02-01 }\n'),
    },
    {
      name: 'adult age configured to 14',
      files: PLAN + upstream(SEGMENTS) + campaign('launch', '[teens]'),
      config: 'thresholds:\n  adultAge: 14\n',
    },
    { name: 'only an unknown segment: MP005, nothing to compare', files: PLAN + upstream(SEGMENTS) + campaign('launch', '[kids]') },
    {
      name: 'a placeholder compliance on a campaign for adults only: nothing to sign off',
      files: aliasedAudience('30-40', '*segs', '      compliance: { approvedBy: TODO, on: 2027-01-01 }\n').replace(
        'age: 13-19',
        'age: 30-45',
      ),
    },
  ],
  invalid: [
    {
      name: 'a written audience age reaching 17-year-olds, on that age',
      files: PLAN + upstream(SEGMENTS) + campaign('launch', '[adults]', '      audience:\n        age: ⟦17-30⟧\n'),
      errors: [
        {
          messageId: 'audienceMinors',
          data: { campaign: { id: 'launch', name: 'Launch' }, ages: { phrase: 'ages.some', data: { ages: '17-30' } }, adult: 18 },
          text: 'campaign Launch (launch) targets ages 17-30, below the adult age of 18, with no compliance sign-off',
          related: [],
          fixes: [
            {
              title: 'Insert a compliance skeleton',
              safe: false,
              preferred: true,
              output:
                PLAN +
                upstream(SEGMENTS) +
                campaign(
                  'launch',
                  '[adults]',
                  '      audience:\n        age: 17-30\n      compliance:\n        approvedBy: TODO\n        on: 2027-01-01\n',
                ),
            },
          ],
        },
      ],
    },
    {
      name: 'a written age map over a teen segment: related to the segment age',
      files: PLAN + upstream(SEGMENTS) + campaign('launch', '[teens]', '      audience: { age: ⟦{ min: 16, max: 18 }⟧, regions: [FR] }\n'),
      errors: [
        {
          messageId: 'audienceMinors',
          data: { campaign: { id: 'launch', name: 'Launch' }, ages: { phrase: 'ages.some', data: { ages: '16-18' } }, adult: 18 },
          text: 'campaign Launch (launch) targets ages 16-18, below the adult age of 18, with no compliance sign-off',
          related: [{ line: 11, message: ['segment teens is aged 14-18'] }],
          fixes: [
            {
              title: 'Insert a compliance skeleton',
              output:
                PLAN +
                upstream(SEGMENTS) +
                campaign(
                  'launch',
                  '[teens]',
                  '      audience: { age: { min: 16, max: 18 }, regions: [FR] }\n      compliance:\n        approvedBy: TODO\n        on: 2027-01-01\n',
                ),
            },
          ],
        },
      ],
    },
    {
      name: 'no audience: the segments decide, on the campaign id; a segment with no age is any age',
      files: PLAN + upstream(SEGMENTS + '    - id: fans\n      name: Fans\n') + campaign('⟦launch⟧', '[adults, teens, fans]'),
      errors: [
        {
          messageId: 'segmentMinors',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            adult: 18,
            segments: {
              list: [
                {
                  phrase: 'segmentAges',
                  data: { segment: { id: 'teens', name: 'Teens' }, ages: { phrase: 'ages.some', data: { ages: '14-18' } } },
                },
                { phrase: 'segmentAges', data: { segment: { id: 'fans', name: 'Fans' }, ages: { phrase: 'ages.any', data: {} } } },
              ],
            },
          },
          text: 'campaign Launch (launch) reaches ages below the adult age of 18 through the segment Teens (teens), which covers ages 14-18 and the segment Fans (fans), which covers any age, with no compliance sign-off',
          related: [
            { line: 11, message: ['segment teens is aged 14-18'] },
            { line: 15, message: ['segment fans has no age limit'] },
          ],
          fixes: [
            {
              title: 'Insert a compliance skeleton',
              output:
                PLAN +
                upstream(SEGMENTS + '    - id: fans\n      name: Fans\n') +
                campaign('launch', '[adults, teens, fans]', '      compliance:\n        approvedBy: TODO\n        on: 2027-01-01\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'a written audience without age takes it from the segments, across files; a configured adult age',
      config: 'thresholds: { adultAge: 21 }\n',
      files: {
        'campaigns/spring.mplan.yaml': campaign('⟦spring⟧', '[adults]', '      audience: { genders: [female] }\n'),
        'plan.mplan.yaml': PLAN + upstream(SEGMENTS),
      },
      errors: [
        {
          messageId: 'segmentMinors',
          data: {
            campaign: { id: 'spring', name: 'Launch' },
            adult: 21,
            segments: {
              list: [
                {
                  phrase: 'segmentAges',
                  data: { segment: { id: 'adults', name: 'Adults' }, ages: { phrase: 'ages.some', data: { ages: '18+' } } },
                },
              ],
            },
          },
          text: 'campaign Launch (spring) reaches ages below the adult age of 21 through the segment Adults (adults), which covers ages 18+, with no compliance sign-off',
          related: [{ file: 'plan.mplan.yaml', line: 14, message: ['aged 18+'] }],
          fixes: [
            {
              title: 'Insert a compliance skeleton',
              output: {
                'campaigns/spring.mplan.yaml': campaign(
                  'spring',
                  '[adults]',
                  '      audience: { genders: [female] }\n      compliance:\n        approvedBy: TODO\n        on: 2027-01-01\n',
                ),
              },
            },
          ],
        },
      ],
    },
    {
      name: 'segments and age through aliases: on the age alias, as if written out',
      files: aliasedAudience('⟦*kids⟧'),
      errors: [
        {
          messageId: 'audienceMinors',
          data: { campaign: { id: 'launch', name: 'Launch' }, ages: { phrase: 'ages.some', data: { ages: '10-15' } }, adult: 18 },
          text: 'campaign Launch (launch) targets ages 10-15, below the adult age of 18, with no compliance sign-off',
          related: [{ line: 6, message: ['segment teens is aged 13-19'] }],
          fixes: [
            {
              title: 'Insert a compliance skeleton',
              output: aliasedAudience('*kids', '*segs', '      compliance:\n        approvedBy: TODO\n        on: 2027-01-01\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'a placeholder compliance counts as missing: on its TODO, no fix',
      files: aliasedAudience('*kids', '*segs', '      compliance: { approvedBy: ⟦TODO⟧, on: 2027-01-01 }\n'),
      errors: [
        {
          messageId: 'placeholder',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            key: 'compliance',
            whom: { phrase: 'targets', data: { ages: { phrase: 'ages.some', data: { ages: '10-15' } } } },
            adult: 18,
          },
          text: 'the compliance sign-off of campaign Launch (launch) is still a placeholder (TODO in compliance): fill it in once it is done; the campaign targets ages 10-15, below the adult age of 18',
          related: [{ line: 6 }],
          fixCount: 0,
        },
      ],
    },
  ],
});
