import { ruleTester } from '../../support/rule-tester';
import { duplicatePlan } from '../../../server/src/engine/rules/structure/mp007-duplicate-plan';

const plan = (id: string, name: string, key = 'plan'): string =>
  `version: 1\n${key}:\n  id: ${id}\n  name: ${name}\n  period: { start: 2027-03-01, end: 2027-12-31 }\n  currency: EUR\n`;
const flowPlan = (id: string, key = 'plan'): string =>
  `version: 1\n${key}: { id: ${id}, name: ${id}, period: { start: 2027-03-01, end: 2027-12-31 }, currency: EUR }\n`;

ruleTester(duplicatePlan, {
  valid: [
    {
      name: 'one plan file, campaigns in a subfolder',
      files: {
        'plan.mplan.yaml': plan('spring', 'Spring 2027'),
        'campaigns/launch.mplan.yaml': 'downstream:\n  campaigns: []\n',
      },
    },
    {
      name: 'a plan in a subfolder starts a scope of its own',
      files: { 'plan.mplan.yaml': plan('spring', 'Spring 2027'), 'fr/plan.mplan.yaml': plan('spring-fr', 'Printemps 2027') },
    },
    {
      name: 'a comment that mentions plan: is no declaration',
      files: { 'plan.mplan.yaml': plan('spring', 'Spring 2027'), 'notes.mplan.yaml': '# plan: moved to plan.mplan.yaml\nupstream: {}\n' },
    },
    {
      name: 'plan folders side by side',
      files: { 'spring/plan.mplan.yaml': flowPlan('spring'), 'autumn/plan.mplan.yaml': flowPlan('autumn') },
    },
    {
      name: 'a `plan:` key with no value counts as absent (MP002 only)',
      files: { 'plan.mplan.yaml': plan('spring', 'Spring 2027'), 'draft.mplan.yaml': 'plan:\nupstream: {}\n' },
    },
  ],
  invalid: [
    {
      name: 'a second plan file in the same folder',
      files: {
        'plan.mplan.yaml': plan('spring', 'Spring 2027'),
        'summer.mplan.yaml': plan('summer', 'Summer 2027', '⟦plan⟧'),
      },
      errors: [
        {
          messageId: 'second',
          data: { plan: { id: 'summer', name: 'Summer 2027' }, first: { id: 'spring', name: 'Spring 2027' } },
          text: 'a second plan Summer 2027 (summer) in this folder; Spring 2027 (spring) already declares the plan here',
          related: [{ file: 'plan.mplan.yaml', line: 2, message: ['the plan Spring 2027 (spring)'] }],
          fixCount: 0,
        },
      ],
    },
    {
      name: 'paths compare by code point: plan-2028.mplan.yaml comes before plan.mplan.yaml',
      files: {
        'plan.mplan.yaml': plan('spring', 'Spring 2027', '⟦plan⟧'),
        'plan-2028.mplan.yaml': plan('spring-2028', 'Spring 2028'),
      },
      errors: [
        {
          messageId: 'second',
          data: { plan: { id: 'spring', name: 'Spring 2027' }, first: { id: 'spring-2028', name: 'Spring 2028' } },
          text: 'a second plan Spring 2027 (spring) in this folder; Spring 2028 (spring-2028) already declares the plan here',
          related: [{ file: 'plan-2028.mplan.yaml', line: 2 }],
        },
      ],
    },
    {
      name: 'three plans in a subfolder, .yml included: the second and the third, each related to the first',
      files: {
        'plan.mplan.yaml': flowPlan('root'),
        'fr/a.mplan.yaml': flowPlan('a'),
        'fr/b.mplan.yaml': flowPlan('b', '⟦plan⟧'),
        'fr/c.mplan.yml': flowPlan('c', '⟦plan⟧'),
      },
      errors: [
        {
          messageId: 'second',
          data: { plan: { id: 'b' }, first: { id: 'a' } },
          text: 'a second plan b in this folder; a already declares the plan here',
          related: [{ file: 'fr/a.mplan.yaml', line: 2 }],
        },
        {
          messageId: 'second',
          data: { plan: { id: 'c' }, first: { id: 'a' } },
          text: 'a second plan c in this folder; a already declares the plan here',
          related: [{ file: 'fr/a.mplan.yaml', line: 2 }],
        },
      ],
    },
  ],
});
