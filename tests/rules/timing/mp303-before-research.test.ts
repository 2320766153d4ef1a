import { ruleTester } from '../../support/rule-tester';
import { beforeResearch } from '../../../server/src/engine/rules/timing/mp303-before-research';

const PLAN = 'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const upstream = (research: string, segment = '{ id: teens, name: Teens }'): string =>
  `upstream:\n  research:\n${research}  segments:\n    - ${segment}\n  products: [{ id: game, name: Game, segments: [teens] }]\n`;
const campaign = (start: string): string =>
  `downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n      schedule: { start: ${start}, end: 2027-06-30 }\n`;

ruleTester(beforeResearch, {
  valid: [
    {
      name: 'research completed on the launch day',
      files: PLAN + upstream('    - { id: survey, method: survey, completed: 2027-03-01, segments: [teens] }\n') + campaign('2027-03-01'),
    },
    {
      name: 'research completed the day before, named as evidence',
      files:
        PLAN +
        upstream('    - { id: survey, method: survey, completed: 2027-02-28 }\n', '{ id: teens, name: Teens, evidence: [survey] }') +
        campaign('2027-03-01'),
    },
    {
      name: 'unfinished research about another segment',
      files:
        PLAN +
        upstream(
          '    - { id: survey, method: survey, segments: [adults] }\n    - { id: panel, method: interviews, completed: 2026-01-01, segments: [teens] }\n',
        ).replace('  products:', '    - { id: adults, name: Adults }\n  products:') +
        campaign('2027-03-01'),
    },
    {
      name: 'evidence naming unknown research is MP005, not late research',
      files:
        PLAN +
        upstream('    - { id: panel, method: interviews, completed: 2026-01-01 }\n', '{ id: teens, name: Teens, evidence: [ghost] }') +
        campaign('2027-03-01'),
    },
  ],
  invalid: [
    {
      name: 'research completed the day after the start',
      files:
        PLAN +
        upstream('    - id: survey\n      method: survey\n      completed: 2027-03-02\n      segments: [teens]\n') +
        campaign('⟦2027-03-01⟧'),
      errors: [
        {
          messageId: 'beforeResearch',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            start: '2027-03-01',
            research: {
              list: [{ phrase: 'completedOn', data: { research: 'survey', completed: '2027-03-02', segments: { list: ['teens'] } } }],
            },
          },
          text: 'campaign Launch (launch) starts on 2027-03-01, before the research behind its segments is completed: survey (completed on 2027-03-02; behind teens)',
          related: [{ line: 11, message: ['survey is completed on 2027-03-02'] }],
          fixCount: 0,
        },
      ],
    },
    {
      name: 'one finding naming every late research: evidence and research naming the segment',
      files:
        PLAN +
        upstream(
          '    - { id: survey, method: survey, segments: [teens] }\n    - { id: trends, method: trend-study, completed: 2027-05-01 }\n    - { id: panel, method: interviews, completed: 2026-01-01, segments: [teens] }\n',
          '{ id: teens, name: Teens, evidence: [trends, panel] }',
        ) +
        campaign('⟦2027-03-01⟧'),
      errors: [
        {
          messageId: 'beforeResearch',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            start: '2027-03-01',
            research: {
              list: [
                { phrase: 'completedOn', data: { research: 'trends', completed: '2027-05-01', segments: { list: ['teens'] } } },
                { phrase: 'notCompleted', data: { research: 'survey', segments: { list: ['teens'] } } },
              ],
            },
          },
          text: 'campaign Launch (launch) starts on 2027-03-01, before the research behind its segments is completed: trends (completed on 2027-05-01; behind teens) and survey (not completed; behind teens)',
          related: [
            { line: 10, message: ['trends is completed on 2027-05-01'] },
            { line: 9, message: ['survey has no completed date'] },
          ],
        },
      ],
    },
    {
      name: 'research backing two targeted segments is named once, with both segments',
      files:
        PLAN +
        upstream('    - { id: survey, method: survey, completed: 2027-03-10, segments: [teens, kids] }\n').replace(
          '  products:',
          '    - { id: kids, name: Kids }\n  products:',
        ) +
        campaign('⟦2027-03-01⟧').replace('segments: [teens]', 'segments: [teens, kids]'),
      errors: [
        {
          messageId: 'beforeResearch',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            start: '2027-03-01',
            research: {
              list: [
                { phrase: 'completedOn', data: { research: 'survey', completed: '2027-03-10', segments: { list: ['teens', 'kids'] } } },
              ],
            },
          },
          text: 'campaign Launch (launch) starts on 2027-03-01, before the research behind its segments is completed: survey (completed on 2027-03-10; behind teens and kids)',
          related: [{ line: 9 }],
        },
      ],
    },
    {
      name: 'research in the plan file, campaign in its own file',
      files: {
        'campaigns/spring.mplan.yaml': campaign('⟦2027-03-01⟧'),
        'plan.mplan.yaml':
          PLAN + upstream('    - id: survey\n      method: survey\n      completed: 2027-04-01\n      segments: [teens]\n'),
      },
      errors: [
        {
          messageId: 'beforeResearch',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            start: '2027-03-01',
            research: {
              list: [{ phrase: 'completedOn', data: { research: 'survey', completed: '2027-04-01', segments: { list: ['teens'] } } }],
            },
          },
          text: 'campaign Launch (launch) starts on 2027-03-01, before the research behind its segments is completed: survey (completed on 2027-04-01; behind teens)',
          related: [{ file: 'plan.mplan.yaml', line: 11 }],
        },
      ],
    },
  ],
});
