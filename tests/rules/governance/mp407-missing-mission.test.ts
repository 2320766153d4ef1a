import { ruleTester } from '../../support/rule-tester';
import { missingMission } from '../../../server/src/engine/rules/governance/mp407-missing-mission';

const PERIOD = '  period: { start: 2027-01-01, end: 2027-12-31 }\n';

ruleTester(missingMission, {
  valid: [
    { name: 'a mission', files: `version: 1\nplan:\n  id: p\n  name: P\n${PERIOD}  currency: EUR\n  mission: Fun for all.\n` },
    { name: 'an identity only', files: `version: 1\nplan:\n  id: p\n  name: P\n${PERIOD}  currency: EUR\n  identity: The calm tool.\n` },
    {
      name: 'a mission key with no value is MP002',
      files: `version: 1\nplan:\n  id: p\n  name: P\n${PERIOD}  currency: EUR\n  mission:\n`,
    },
    { name: 'no plan in the scope', files: 'upstream:\n  segments: [{ id: teens, name: Teens }]\n' },
    {
      name: 'a placeholder mission beside a real identity',
      files: `version: 1\nplan:\n  id: p\n  name: P\n${PERIOD}  currency: EUR\n  mission: TODO\n  identity: The calm tool.\n`,
    },
  ],
  invalid: [
    {
      name: 'a block plan: insert the placeholder last',
      files: `version: 1\n⟦plan⟧:\n  id: p\n  name: P\n${PERIOD}  currency: EUR # euros\n`,
      errors: [
        {
          messageId: 'missing',
          data: { plan: { id: 'p', name: 'P' } },
          text: 'the plan P (p) has neither a mission nor an identity',
          fixes: [
            {
              title: 'Insert a mission placeholder',
              safe: false,
              preferred: true,
              output: `version: 1\nplan:\n  id: p\n  name: P\n${PERIOD}  currency: EUR # euros\n  mission: TODO\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'a flow plan',
      files: 'version: 1\n⟦plan⟧: { id: p, name: P, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR }\n',
      errors: [
        {
          messageId: 'missing',
          data: { plan: { id: 'p', name: 'P' } },
          text: 'the plan P (p) has neither a mission nor an identity',
          fixes: [
            {
              title: 'Insert a mission',
              output:
                'version: 1\nplan: { id: p, name: P, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, mission: TODO }\n',
            },
          ],
        },
      ],
    },
    {
      name: 'the plan file of a scope with other files',
      files: {
        'campaigns/spring.mplan.yaml': 'upstream:\n  segments: [{ id: teens, name: Teens }]\n',
        'plan.mplan.yaml': `# FY27\nversion: 1\n⟦plan⟧:\n    id: p\n    name: P\n    currency: EUR\n`,
      },
      errors: [
        {
          messageId: 'missing',
          data: { plan: { id: 'p', name: 'P' } },
          text: 'the plan P (p) has neither a mission nor an identity',
          fixes: [
            {
              title: 'Insert a mission',
              output: { 'plan.mplan.yaml': '# FY27\nversion: 1\nplan:\n    id: p\n    name: P\n    currency: EUR\n    mission: TODO\n' },
            },
          ],
        },
      ],
    },
    {
      name: 'mission and identity both placeholders: on the mission, no fix',
      files: `version: 1\nplan:\n  id: p\n  name: P\n${PERIOD}  currency: EUR\n  identity: todo\n  mission: ⟦TODO⟧\n`,
      errors: [
        {
          messageId: 'placeholder',
          data: { plan: { id: 'p', name: 'P' }, key: 'mission' },
          text: 'the plan P (p) has no mission or identity yet: its mission is still a placeholder (TODO)',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'a placeholder identity alone: on the identity',
      files: `version: 1\nplan:\n  id: p\n  name: P\n${PERIOD}  currency: EUR\n  identity: ⟦TODO⟧\n`,
      errors: [
        {
          messageId: 'placeholder',
          data: { plan: { id: 'p', name: 'P' }, key: 'identity' },
          text: 'the plan P (p) has no mission or identity yet: its identity is still a placeholder (TODO)',
          fixCount: 0,
        },
      ],
    },
  ],
});
