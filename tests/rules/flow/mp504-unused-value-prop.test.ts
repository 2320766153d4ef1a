import { ruleTester } from '../../support/rule-tester';
import { unusedValueProp } from '../../../server/src/engine/rules/flow/mp504-unused-value-prop';

const PLAN =
  'version: 1\nplan:\n  id: questforge-2027\n  name: QuestForge 2027\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const UPSTREAM =
  'upstream:\n  segments:\n    - { id: teen-gamers, name: Teen gamers }\n  products:\n    - id: questforge\n      name: QuestForge\n      segments: [teen-gamers]\n      valueProps:\n' +
  '        - id: heroine\n          claim: Be the heroine.\n        - { id: fun, claim: Fun. }\n';
const campaign = (valueProps: string): string =>
  'downstream:\n  campaigns:\n    - id: spring-launch\n      name: Spring launch ads\n      product: questforge\n      segments: [teen-gamers]\n      channels: [tiktok]\n' +
  `      message: { valueProps: ${valueProps} }\n      schedule: { start: 2027-03-01, end: 2027-03-31 }\n`;

ruleTester(unusedValueProp, {
  valid: [
    { name: 'every value proposition is in a message', files: UPSTREAM + campaign('[fun, heroine]') },
    {
      name: 'used by a campaign in another file',
      files: { 'plan.mplan.yaml': PLAN + UPSTREAM, 'campaigns/spring.mplan.yaml': campaign('[heroine, fun]') },
    },
    {
      name: 'a product without value propositions',
      files: 'upstream:\n  products:\n    - { id: questforge, name: QuestForge, segments: [] }\n',
    },
  ],
  invalid: [
    {
      name: 'a claim no message uses',
      files: UPSTREAM.replace('id: heroine', 'id: ⟦heroine⟧') + campaign('[fun]'),
      errors: [
        {
          messageId: 'unused',
          data: { valueProp: 'heroine', product: { id: 'questforge', name: 'QuestForge' } },
          text: 'the value proposition heroine of the product QuestForge (questforge) is used by no campaign message',
          related: [],
          fixCount: 0,
        },
      ],
    },
    {
      name: 'no campaigns at all: every claim is unused (also with no plan)',
      files: UPSTREAM.replace('id: heroine', 'id: ⟦heroine⟧').replace('id: fun', 'id: ⟦fun⟧'),
      errors: [
        {
          messageId: 'unused',
          data: { valueProp: 'heroine', product: { id: 'questforge', name: 'QuestForge' } },
          text: 'the value proposition heroine of the product QuestForge (questforge) is used by no campaign message',
        },
        {
          messageId: 'unused',
          data: { valueProp: 'fun', product: { id: 'questforge', name: 'QuestForge' } },
          text: 'the value proposition fun of the product QuestForge (questforge) is used by no campaign message',
        },
      ],
    },
    {
      name: 'across files: a campaign in another file uses only one of them',
      files: {
        'plan.mplan.yaml': PLAN + UPSTREAM.replace('id: fun', 'id: ⟦fun⟧'),
        'campaigns/spring.mplan.yaml': campaign('[heroine, ghost]'),
      },
      errors: [
        {
          messageId: 'unused',
          data: { valueProp: 'fun', product: { id: 'questforge', name: 'QuestForge' } },
          text: 'the value proposition fun of the product QuestForge (questforge) is used by no campaign message',
        },
      ],
    },
  ],
});
