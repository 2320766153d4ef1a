import { ruleTester } from '../../support/rule-tester';
import { misplacedConfig } from '../../../server/src/engine/rules/structure/mp008-misplaced-config';

const PLAN = 'version: 1\nplan:\n  id: spring\n  name: Spring\n  period: { start: 2027-03-01, end: 2027-12-31 }\n  currency: EUR\n';
const flowPlan = (id: string): string =>
  `version: 1\nplan: { id: ${id}, name: ${id}, period: { start: 2027-03-01, end: 2027-12-31 }, currency: EUR }\n`;
const CAMPAIGNS =
  'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products: [{ id: game, name: Game, segments: [teens] }]\ndownstream:\n  campaigns:\n    - { id: launch, name: Launch, product: game, segments: [teens], channels: [tiktok], schedule: { start: 2027-05-01, end: 2027-06-30 } }\n';

ruleTester(misplacedConfig, {
  valid: [
    {
      name: "the config next to the plan file, in the scope's root folder",
      files: { 'plan.mplan.yaml': PLAN, 'campaigns/launch.mplan.yaml': 'downstream:\n  campaigns: []\n' },
      config: 'rules:\n  MP401: error\n',
    },
    {
      name: "a config in a folder above the scope's root",
      files: { 'plans/plan.mplan.yaml': PLAN, 'mplan.config.yaml': 'rules:\n  MP401: off\n' },
    },
    {
      name: 'a config in the root folder of a nested plan configures that plan',
      files: { 'plan.mplan.yaml': PLAN, 'fr/plan.mplan.yaml': flowPlan('spring-fr'), 'fr/mplan.config.yaml': 'rules:\n  MP401: off\n' },
    },
    {
      // fr/mplan.config.yaml is the nearest config above the scope root fr/paris: it applies there.
      name: 'a config in a folder above a nested plan configures that plan',
      files: {
        'plan.mplan.yaml': PLAN,
        'fr/mplan.config.yaml': 'rules:\n  MP401: off\n',
        'fr/paris/plan.mplan.yaml': flowPlan('paris') + CAMPAIGNS,
      },
    },
  ],
  invalid: [
    {
      name: 'a config in the campaigns folder of a plan',
      files: {
        'plan.mplan.yaml': PLAN,
        'campaigns/launch.mplan.yaml': 'downstream:\n  campaigns: []\n',
        'campaigns/mplan.config.yaml': '# stricter for campaigns\n⟦rules⟧:\n  MP401: error\n',
      },
      errors: [
        {
          messageId: 'misplaced',
          data: { root: 'plan' },
          text: "this mplan.config.yaml is below the plan's root folder plan and configures nothing",
          fixCount: 0,
        },
      ],
    },
    {
      name: 'a config in a deeper folder with no plan file, next to the root config',
      files: { 'plan.mplan.yaml': PLAN, 'assets/fr/mplan.config.yaml': '⟦thresholds⟧:\n  adultAge: 21\n' },
      config: 'rules:\n  MP401: off\n',
      errors: [
        {
          messageId: 'misplaced',
          data: { root: 'plan' },
          text: "this mplan.config.yaml is below the plan's root folder plan and configures nothing",
        },
      ],
    },
    {
      name: 'a flow-style config below the root; its content is not checked (it is not read)',
      files: { 'plan.mplan.yaml': PLAN, 'campaigns/mplan.config.yaml': '{ ⟦rules⟧: { MP999: error } }\n' },
      errors: [
        {
          messageId: 'misplaced',
          data: { root: 'plan' },
          text: "this mplan.config.yaml is below the plan's root folder plan and configures nothing",
        },
      ],
    },
    {
      name: 'in one of two side-by-side plans',
      files: {
        'spring/plan.mplan.yaml': flowPlan('spring'),
        'spring/social/mplan.config.yaml': '⟦rules⟧:\n  MP103: off\n',
        'autumn/plan.mplan.yaml': flowPlan('autumn'),
      },
      errors: [
        {
          messageId: 'misplaced',
          data: { root: 'spring' },
          text: "this mplan.config.yaml is below the plan's root folder spring and configures nothing",
        },
      ],
    },
  ],
});
