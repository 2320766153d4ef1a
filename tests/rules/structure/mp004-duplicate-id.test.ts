import { ruleTester } from '../../support/rule-tester';
import { duplicateId } from '../../../server/src/engine/rules/structure/mp004-duplicate-id';

const PLAN = 'version: 1\nplan: { id: spring, name: Spring, period: { start: 2027-03-01, end: 2027-12-31 }, currency: EUR }\n';
const planAt = (id: string): string =>
  `version: 1\nplan: { id: ${id}, name: P, period: { start: 2027-03-01, end: 2027-12-31 }, currency: EUR }\n`;

ruleTester(duplicateId, {
  valid: [
    {
      name: 'the segment is defined once and referenced from another file',
      files: {
        'plan.mplan.yaml': PLAN + 'upstream:\n  segments:\n    - id: teen-gamers\n      name: Teen gamers\n',
        'campaigns/launch.mplan.yaml':
          'downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teen-gamers]\n      channels: [tiktok]\n      schedule: { start: 2027-05-01, end: 2027-06-30 }\n',
      },
    },
    {
      name: 'the same id for two different kinds',
      files:
        'upstream:\n  segments: [{ id: teens, name: Teens }]\n  channels: [{ id: teens, name: Teen forum }]\n  products: [{ id: teens, name: Teens edition, segments: [teens] }]\n',
    },
    {
      name: 'the same id in two scopes (two folders with their own plan)',
      files: {
        'fr/plan.mplan.yaml': planAt('spring-fr') + 'upstream:\n  segments: [{ id: teens, name: Ados }]\n',
        'it/plan.mplan.yaml': planAt('spring-it') + 'upstream:\n  segments: [{ id: teens, name: Ragazzi }]\n',
      },
    },
    {
      name: 'ids that differ only by a suffix',
      files: 'upstream:\n  segments:\n    - { id: teens, name: Teens }\n    - { id: teens-fr, name: French teens }\n',
    },
  ],
  invalid: [
    {
      name: 'a segment defined again in a second file',
      files: {
        'plan.mplan.yaml': PLAN + 'upstream:\n  segments:\n    - id: teen-gamers\n      name: Teen gamers\n',
        'segments/girls.mplan.yaml': 'upstream:\n  segments:\n    - id: ⟦teen-gamers⟧\n      name: Teen girls who play\n',
      },
      errors: [
        {
          messageId: 'otherFile',
          data: { kind: 'segment', id: 'teen-gamers' },
          text: 'duplicate segment id teen-gamers, first defined in another file',
          related: [{ file: 'plan.mplan.yaml', line: 5, message: ['first definition of segment teen-gamers'] }],
          fixCount: 0,
        },
      ],
    },
    {
      name: 'path order, not the plan file, decides which is first',
      files: {
        'audiences.mplan.yaml': 'upstream:\n  segments:\n    - { id: teens, name: Teens } # from the 2026 survey\n',
        'plan.mplan.yaml': PLAN + 'upstream:\n  segments:\n    - { id: ⟦teens⟧, name: Teenagers }\n',
      },
      errors: [
        {
          messageId: 'otherFile',
          data: { kind: 'segment', id: 'teens' },
          text: 'duplicate segment id teens, first defined in another file',
          related: [{ file: 'audiences.mplan.yaml', line: 3 }],
        },
      ],
    },
    {
      name: 'paths compare by code point: seg-a < seg.mplan.yaml < seg/x',
      files: {
        'seg.mplan.yaml': PLAN + 'upstream:\n  segments: [{ id: ⟦teens⟧, name: B }]\n',
        'seg/x.mplan.yaml': 'upstream:\n  segments: [{ id: ⟦teens⟧, name: C }]\n',
        'seg-a.mplan.yaml': 'upstream:\n  segments: [{ id: teens, name: A }]\n',
      },
      errors: [
        {
          messageId: 'otherFile',
          data: { kind: 'segment', id: 'teens' },
          text: 'duplicate segment id teens, first defined in another file',
          related: [{ file: 'seg-a.mplan.yaml', line: 2 }],
        },
        {
          messageId: 'otherFile',
          data: { kind: 'segment', id: 'teens' },
          text: 'duplicate segment id teens, first defined in another file',
          related: [{ file: 'seg-a.mplan.yaml', line: 2 }],
        },
      ],
    },
    {
      name: 'two products with one id in one file: the later one, related to the earlier',
      files:
        'upstream:\n  products:\n    - { id: game, name: Game, segments: [] }\n    - { id: ⟦game⟧, name: Game deluxe, segments: [] }\n',
      errors: [
        {
          messageId: 'sameFile',
          data: { kind: 'product', id: 'game' },
          text: 'duplicate product id game, first defined in this file',
          related: [{ line: 3, message: ['product game'] }],
        },
      ],
    },
    {
      name: 'a value proposition id used by two products of the scope',
      files:
        'upstream:\n  products:\n    - id: game\n      name: Game\n      segments: []\n      valueProps: [{ id: heroines, claim: Play as a heroine }]\n' +
        '    - id: dlc\n      name: DLC\n      segments: []\n      valueProps: [{ id: ⟦heroines⟧, claim: More heroines }]\n',
      errors: [
        {
          messageId: 'sameFile',
          data: { kind: 'valueProp', id: 'heroines' },
          text: 'duplicate value proposition id heroines, first defined in this file',
          related: [{ line: 6, message: ['value proposition heroines'] }],
        },
      ],
    },
    {
      name: 'a campaign defined three times: the second and the third, each related to the first',
      files:
        'downstream:\n  campaigns:\n' +
        '    - { id: launch, name: A, product: game, segments: [teens], channels: [tiktok], schedule: { start: 2027-05-01, end: 2027-06-30 } }\n' +
        '    - { id: ⟦launch⟧, name: B, product: game, segments: [teens], channels: [tiktok], schedule: { start: 2027-05-01, end: 2027-06-30 } }\n' +
        '    - { id: ⟦launch⟧, name: C, product: game, segments: [teens], channels: [tiktok], schedule: { start: 2027-05-01, end: 2027-06-30 } }\n',
      errors: [
        {
          messageId: 'sameFile',
          data: { kind: 'campaign', id: 'launch' },
          text: 'duplicate campaign id launch, first defined in this file',
          related: [{ line: 3 }],
        },
        {
          messageId: 'sameFile',
          data: { kind: 'campaign', id: 'launch' },
          text: 'duplicate campaign id launch, first defined in this file',
          related: [{ line: 3 }],
        },
      ],
    },
  ],
});
