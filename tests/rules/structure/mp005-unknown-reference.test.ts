import { ruleTester } from '../../support/rule-tester';
import { unknownReference } from '../../../server/src/engine/rules/structure/mp005-unknown-reference';

const PLAN = 'version: 1\nplan:\n  id: spring\n  name: Spring\n  period: { start: 2027-03-01, end: 2027-12-31 }\n  currency: EUR\n';
const campaign = (segments: string, product = 'game', extra = ''): string =>
  `downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: ${product}\n      segments: ${segments}\n      channels: [tiktok]\n      schedule: { start: 2027-05-01, end: 2027-06-30 }\n${extra}`;

ruleTester(unknownReference, {
  valid: [
    {
      name: 'a campaign that names a segment and a product defined in another file',
      files: {
        'plan.mplan.yaml':
          PLAN +
          'upstream:\n  segments: [{ id: teen-gamers, name: Teen gamers }]\n  products: [{ id: game, name: Game, segments: [teen-gamers] }]\n',
        'campaigns/launch.mplan.yaml': campaign('[teen-gamers]'),
      },
    },
    {
      name: 'built-in channels need no declaration; a declared channel resolves',
      files:
        'upstream:\n  channels: [{ id: discord, name: Discord servers }]\n  segments:\n    - { id: teens, name: Teens, channels: [tiktok, twitch, trade-show, discord] }\n',
    },
    {
      name: 'kpis from both metric lists, as ids and as {metric, target}',
      files:
        'upstream:\n  segments: [{ id: teens, name: Teens }]\n  initiatives:\n' +
        '    - { id: heroines, name: Heroines, kind: product-change, segments: [teens], kpis: [segment-share, { metric: brand-lift, target: 5% }, installs] }\n',
    },
    {
      name: 'evidence and value propositions that exist',
      files:
        'upstream:\n  research: [{ id: teen-survey, method: survey }]\n  segments: [{ id: teens, name: Teens, evidence: [teen-survey] }]\n' +
        '  products:\n    - id: game\n      name: Game\n      segments: [teens]\n      valueProps: [{ id: heroines, claim: Play as a heroine }]\n' +
        campaign('[teens]', 'game', '      message: { valueProps: [heroines] }\n'),
    },
  ],
  invalid: [
    {
      name: 'a campaign whose id was taken before is still checked: its references and its kpis',
      files:
        'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products: [{ id: game, name: Game, segments: [teens] }]\n' +
        'downstream:\n  campaigns:\n    - { id: launch, name: Launch, product: game, segments: [teens] }\n' +
        '    - { id: launch, name: Launch again, product: game, segments: [⟦teenz⟧], kpis: [⟦instals⟧] }\n',
      errors: [
        {
          messageId: 'unknownNear',
          data: { kind: 'segment', id: 'teenz', near: 'teens' },
          text: 'unknown segment teenz; did you mean teens?',
        },
        {
          messageId: 'unknownMetricNear',
          data: { metric: 'instals', near: 'installs' },
          text: 'unknown metric instals; did you mean installs?',
        },
      ],
    },
    {
      name: 'a misspelt segment',
      files:
        'upstream:\n  segments:\n    - id: teen-gamers\n      name: Teen gamers\n  products:\n    - { id: game, name: Game, segments: [⟦teen-gamer⟧] }\n',
      errors: [
        {
          messageId: 'unknownNear',
          data: { kind: 'segment', id: 'teen-gamer', near: 'teen-gamers' },
          text: 'unknown segment teen-gamer; did you mean teen-gamers?',
          fixes: [
            {
              title: 'Replace with teen-gamers',
              safe: false,
              preferred: true,
              output:
                'upstream:\n  segments:\n    - id: teen-gamers\n      name: Teen gamers\n  products:\n    - { id: game, name: Game, segments: [teen-gamers] }\n',
            },
            {
              title: 'Create segment teen-gamer',
              safe: false,
              preferred: false,
              output:
                'upstream:\n  segments:\n    - id: teen-gamers\n      name: Teen gamers\n    - id: teen-gamer\n      name: TODO\n  products:\n    - { id: game, name: Game, segments: [teen-gamer] }\n',
            },
          ],
        },
      ],
    },
    {
      name: 'across files: the stub goes at the end of the segments list of the first file (path order) that holds one',
      files: {
        'audiences.mplan.yaml': 'upstream:\n  segments:\n    - id: teen-gamers\n      name: Teen gamers # 14-18\n',
        'campaigns/launch.mplan.yaml': campaign('[⟦teen-gamer⟧, adults]'),
        'plan.mplan.yaml':
          PLAN +
          'upstream:\n  segments: [{ id: adults, name: Adults }]\n  products: [{ id: game, name: Game, segments: [teen-gamers, adults] }]\n',
      },
      errors: [
        {
          messageId: 'unknownNear',
          data: { kind: 'segment', id: 'teen-gamer', near: 'teen-gamers' },
          text: 'unknown segment teen-gamer; did you mean teen-gamers?',
          fixes: [
            { title: 'Replace with teen-gamers', output: { 'campaigns/launch.mplan.yaml': campaign('[teen-gamers, adults]') } },
            {
              title: 'Create segment teen-gamer',
              output: {
                'audiences.mplan.yaml':
                  'upstream:\n  segments:\n    - id: teen-gamers\n      name: Teen gamers # 14-18\n    - id: teen-gamer\n      name: TODO\n',
              },
            },
          ],
        },
      ],
    },
    {
      name: 'no list of that kind anywhere: the stub goes into the file that declares plan:',
      files: {
        'campaigns/launch.mplan.yaml': campaign('[teens]', '⟦game⟧').replace('[teens]', '[⟦teens⟧]'),
        'plan.mplan.yaml': PLAN,
      },
      errors: [
        {
          messageId: 'unknown',
          data: { kind: 'product', id: 'game' },
          text: 'unknown product game',
          fixes: [
            {
              title: 'Create product game',
              output: { 'plan.mplan.yaml': PLAN + 'upstream: { products: [{ id: game, name: TODO, segments: [] }] }\n' },
            },
          ],
        },
        {
          messageId: 'unknown',
          data: { kind: 'segment', id: 'teens' },
          text: 'unknown segment teens',
          fixes: [
            {
              title: 'Create segment teens',
              output: { 'plan.mplan.yaml': PLAN + 'upstream: { segments: [{ id: teens, name: TODO }] }\n' },
            },
          ],
        },
      ],
    },
    {
      name: 'unknown metrics in kpis: a replacement where one is close, never a stub',
      files:
        'upstream:\n  segments: [{ id: teens, name: Teens }]\n  initiatives:\n    - id: heroines\n      name: Add heroines\n      kind: product-change\n      segments: [teens]\n' +
        '      kpis: [⟦segment-shar⟧, { metric: ⟦awarness⟧, target: 30% }, ⟦happiness⟧]\n',
      errors: [
        {
          messageId: 'unknownMetricNear',
          data: { metric: 'segment-shar', near: 'segment-share' },
          text: 'unknown metric segment-shar; did you mean segment-share?',
          fixes: [
            {
              title: 'Replace with segment-share',
              preferred: true,
              output:
                'upstream:\n  segments: [{ id: teens, name: Teens }]\n  initiatives:\n    - id: heroines\n      name: Add heroines\n      kind: product-change\n      segments: [teens]\n' +
                '      kpis: [segment-share, { metric: awarness, target: 30% }, happiness]\n',
            },
          ],
        },
        {
          messageId: 'unknownMetricNear',
          data: { metric: 'awarness', near: 'awareness' },
          text: 'unknown metric awarness; did you mean awareness?',
          fixes: [
            {
              title: 'Replace with awareness',
              output:
                'upstream:\n  segments: [{ id: teens, name: Teens }]\n  initiatives:\n    - id: heroines\n      name: Add heroines\n      kind: product-change\n      segments: [teens]\n' +
                '      kpis: [segment-shar, { metric: awareness, target: 30% }, happiness]\n',
            },
          ],
        },
        { messageId: 'unknownMetric', data: { metric: 'happiness' }, text: 'unknown metric happiness', fixCount: 0 },
      ],
    },
    {
      name: 'unknown channels: close to a built-in one, or a new one to declare',
      files: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      channels: [⟦tiktk⟧, ⟦discord⟧] # where they play\n',
      errors: [
        {
          messageId: 'unknownNear',
          data: { kind: 'channel', id: 'tiktk', near: 'tiktok' },
          text: 'unknown channel tiktk; did you mean tiktok?',
          fixes: [
            {
              title: 'Replace with tiktok',
              output: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      channels: [tiktok, discord] # where they play\n',
            },
            {
              title: 'Create channel tiktk',
              output:
                'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      channels: [tiktk, discord] # where they play\n  channels: [{ id: tiktk, name: TODO }]\n',
            },
          ],
        },
        {
          messageId: 'unknown',
          data: { kind: 'channel', id: 'discord' },
          text: 'unknown channel discord',
          fixes: [
            {
              title: 'Create channel discord',
              output:
                'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      channels: [tiktk, discord] # where they play\n  channels: [{ id: discord, name: TODO }]\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a far-off id: no suggestion, only the stub (flow list kept flow)',
      files: 'upstream:\n  segments: [{ id: teen-gamers, name: Teens }]\n  products: [{ id: game, name: Game, segments: [⟦retirees⟧] }]\n',
      errors: [
        {
          messageId: 'unknown',
          data: { kind: 'segment', id: 'retirees' },
          text: 'unknown segment retirees',
          fixes: [
            {
              title: 'Create segment retirees',
              output:
                'upstream:\n  segments: [{ id: teen-gamers, name: Teens }, { id: retirees, name: TODO }]\n  products: [{ id: game, name: Game, segments: [retirees] }]\n',
            },
          ],
        },
      ],
    },
    {
      name: 'unknown research in evidence: the stub has the required keys only',
      files:
        'upstream:\n  research:\n    - id: teen-survey\n      method: survey\n  segments:\n    - id: teens\n      name: Teens\n      evidence: [⟦teen-surveys⟧]\n',
      errors: [
        {
          messageId: 'unknownNear',
          data: { kind: 'research', id: 'teen-surveys', near: 'teen-survey' },
          text: 'unknown research teen-surveys; did you mean teen-survey?',
          fixes: [
            {
              title: 'Replace with teen-survey',
              output:
                'upstream:\n  research:\n    - id: teen-survey\n      method: survey\n  segments:\n    - id: teens\n      name: Teens\n      evidence: [teen-survey]\n',
            },
            {
              title: 'Create research teen-surveys',
              output:
                'upstream:\n  research:\n    - id: teen-survey\n      method: survey\n    - id: teen-surveys\n      method: trend-study\n  segments:\n    - id: teens\n      name: Teens\n      evidence: [teen-surveys]\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a tie between two ids is broken by declaration order',
      files:
        'upstream:\n  segments: [{ id: kids-a, name: A }, { id: kids-b, name: B }]\n  products: [{ id: game, name: Game, segments: [⟦kids-c⟧] }]\n',
      errors: [
        {
          messageId: 'unknownNear',
          data: { kind: 'segment', id: 'kids-c', near: 'kids-a' },
          text: 'unknown segment kids-c; did you mean kids-a?',
          fixes: [
            {
              title: 'Replace with kids-a',
              output:
                'upstream:\n  segments: [{ id: kids-a, name: A }, { id: kids-b, name: B }]\n  products: [{ id: game, name: Game, segments: [kids-a] }]\n',
            },
            {
              title: 'Create segment kids-c',
              output:
                'upstream:\n  segments: [{ id: kids-a, name: A }, { id: kids-b, name: B }, { id: kids-c, name: TODO }]\n  products: [{ id: game, name: Game, segments: [kids-c] }]\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a file with a syntax error still defines its entities for the other files, and gets no MP005 itself',
      files: {
        'campaigns/launch.mplan.yaml': campaign('[teens, ⟦adults⟧]'),
        'plan.mplan.yaml':
          PLAN +
          'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products: [{ id: game, name: Game, segments: [teens, seniors] }]\n  research: [{ id: r, method: survey\n',
      },
      errors: [{ messageId: 'unknown', data: { kind: 'segment', id: 'adults' }, text: 'unknown segment adults' }],
    },
  ],
});
