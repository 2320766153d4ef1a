import { ruleTester } from '../../support/rule-tester';
import { segmentWithoutCampaign } from '../../../server/src/engine/rules/flow/mp501-segment-without-campaign';

const PLAN =
  'version: 1\nplan:\n  id: questforge-2027\n  name: QuestForge 2027\n  period: { start: 2027-02-01, end: 2027-12-31 }\n  currency: EUR\n';
/** Segments and products; `teens` is the teen segment's id as written (marks go there). */
const upstream = (
  teens: string,
  products = '    - { id: questforge, name: QuestForge, segments: [teen-gamers, adult-collectors] }\n',
): string =>
  `upstream:\n  segments:\n    - id: ${teens}\n      name: Teen gamers\n      channels: [tiktok, twitch]\n` +
  '    - { id: adult-collectors, name: Adult collectors }\n    - { id: kids, name: Kids, status: retired }\n' +
  `  products:\n${products}`;
const CAMPAIGNS =
  'downstream:\n  campaigns:\n    - id: collectors-preorder # first wave\n      name: Collector edition pre-order\n      product: questforge\n' +
  '      segments: [adult-collectors]\n      channels: [email]\n      schedule: { start: 2027-03-01, end: 2027-03-31 }\n';
const stub = (product = 'questforge', id = 'teen-gamers-campaign'): string =>
  `    - id: ${id}\n      name: TODO\n      product: ${product}\n      segments: [teen-gamers]\n      channels: [tiktok, twitch]\n` +
  '      schedule: { start: 2027-02-01, end: 2027-02-01 }\n';

ruleTester(segmentWithoutCampaign, {
  valid: [
    {
      name: 'every active segment is targeted by a campaign',
      files:
        PLAN + upstream('teen-gamers') + CAMPAIGNS.replace('segments: [adult-collectors]', 'segments: [adult-collectors, teen-gamers]'),
    },
    {
      name: 'a retired segment needs no campaign',
      files:
        PLAN + upstream('teen-gamers') + CAMPAIGNS.replace('segments: [adult-collectors]', 'segments: [teen-gamers, adult-collectors]'),
    },
    {
      name: 'targeted from another file by a campaign that is done (every campaign counts)',
      files: {
        'plan.mplan.yaml': PLAN + upstream('teen-gamers'),
        'campaigns/autumn.mplan.yaml': CAMPAIGNS.replace(
          'segments: [adult-collectors]',
          'status: done\n      segments: [teen-gamers, adult-collectors]',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'an active teen segment that no campaign targets: a stub at the end of the campaigns list',
      files: PLAN + upstream('⟦teen-gamers⟧') + CAMPAIGNS,
      errors: [
        {
          messageId: 'active',
          data: { segment: { id: 'teen-gamers', name: 'Teen gamers' } },
          text: 'the active segment Teen gamers (teen-gamers) is targeted by no campaign',
          related: [],
          fixes: [
            {
              title: 'Create a campaign stub for segment teen-gamers',
              safe: false,
              preferred: true,
              output: PLAN + upstream('teen-gamers') + CAMPAIGNS + stub(),
            },
          ],
        },
      ],
    },
    {
      name: 'across files: the stub goes into the first campaigns list in path order (flow style there), with the product made for the segment',
      files: {
        'plan.mplan.yaml':
          PLAN +
          upstream(
            '⟦teen-gamers⟧',
            '    - { id: art-book, name: Art book, segments: [adult-collectors] }\n    - { id: questforge, name: QuestForge, segments: [teen-gamers] }\n',
          ),
        'campaigns/a.mplan.yaml': 'downstream:\n  campaigns: []\n',
        'campaigns/b.mplan.yaml': CAMPAIGNS,
      },
      errors: [
        {
          messageId: 'active',
          data: { segment: { id: 'teen-gamers', name: 'Teen gamers' } },
          text: 'the active segment Teen gamers (teen-gamers) is targeted by no campaign',
          fixes: [
            {
              title: 'Create a campaign stub',
              output: {
                'campaigns/a.mplan.yaml':
                  'downstream:\n  campaigns: [{ id: teen-gamers-campaign, name: TODO, product: questforge, segments: [teen-gamers], channels: [tiktok, twitch], schedule: { start: 2027-02-01, end: 2027-02-01 } }]\n',
              },
            },
          ],
        },
      ],
    },
    {
      name: 'no plan and no campaigns: an emerging segment gets a new block `downstream` in its file, dated today, with placeholder product',
      files: 'upstream:\n  segments:\n    - { id: ⟦gamer-girls⟧, name: Gamer girls, status: emerging }\n',
      errors: [
        {
          messageId: 'emerging',
          data: { segment: { id: 'gamer-girls', name: 'Gamer girls' } },
          text: 'the emerging segment Gamer girls (gamer-girls) is targeted by no campaign',
          fixes: [
            {
              title: 'Create a campaign stub',
              output:
                'upstream:\n  segments:\n    - { id: gamer-girls, name: Gamer girls, status: emerging }\n' +
                'downstream:\n  campaigns:\n    - id: gamer-girls-campaign\n      name: TODO\n      product: todo\n      segments: [gamer-girls]\n      channels: []\n' +
                '      schedule: { start: 2027-01-01, end: 2027-01-01 }\n',
            },
          ],
        },
      ],
    },
    {
      name: '`downstream:` written with no value in the segment file is filled; no product made for the segment: the first product',
      files:
        'upstream:\n  segments:\n    - { id: ⟦gamer-girls⟧, name: Gamer girls }\n  products:\n    - { id: art-book, name: Art book, segments: [] }\n' +
        'downstream: # campaigns come later\n',
      errors: [
        {
          messageId: 'active',
          data: { segment: { id: 'gamer-girls', name: 'Gamer girls' } },
          text: 'the active segment Gamer girls (gamer-girls) is targeted by no campaign',
          fixes: [
            {
              title: 'Create a campaign stub',
              output:
                'upstream:\n  segments:\n    - { id: gamer-girls, name: Gamer girls }\n  products:\n    - { id: art-book, name: Art book, segments: [] }\n' +
                'downstream: # campaigns come later\n  campaigns:\n    - id: gamer-girls-campaign\n      name: TODO\n      product: art-book\n' +
                '      segments: [gamer-girls]\n      channels: []\n      schedule: { start: 2027-01-01, end: 2027-01-01 }\n',
            },
          ],
        },
      ],
    },
    {
      name: 'the stub id does not collide with an existing campaign',
      files: PLAN + upstream('⟦teen-gamers⟧') + CAMPAIGNS.replace('id: collectors-preorder', 'id: teen-gamers-campaign'),
      errors: [
        {
          messageId: 'active',
          data: { segment: { id: 'teen-gamers', name: 'Teen gamers' } },
          text: 'the active segment Teen gamers (teen-gamers) is targeted by no campaign',
          fixes: [
            {
              title: 'Create',
              output:
                PLAN +
                upstream('teen-gamers') +
                CAMPAIGNS.replace('id: collectors-preorder', 'id: teen-gamers-campaign') +
                stub('questforge', 'teen-gamers-campaign-2'),
            },
          ],
        },
      ],
    },
  ],
});
