import { ruleTester } from '../../support/rule-tester';
import { segmentWithoutEvidence } from '../../../server/src/engine/rules/flow/mp503-segment-without-evidence';

const PLAN =
  'version: 1\nplan:\n  id: questforge-2027\n  name: QuestForge 2027\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const RESEARCH = 'upstream:\n  research:\n    - { id: survey, method: survey, completed: 2026-12-01 }\n';
const segment = (id: string, extra: string): string => `  segments:\n    - id: ${id}\n      name: Teen gamers\n${extra}`;

ruleTester(segmentWithoutEvidence, {
  valid: [
    { name: 'evidence naming research', files: RESEARCH + segment('teen-gamers', '      evidence: [survey]\n') },
    {
      name: "evidence naming unknown research is MP005's, not MP503",
      files: RESEARCH + segment('teen-gamers', '      evidence: [ghost-study]\n'),
    },
    { name: "an evidence value of the wrong type is MP002's", files: RESEARCH + segment('teen-gamers', '      evidence: survey\n') },
    { name: 'no segments, no finding (also with no plan)', files: RESEARCH },
  ],
  invalid: [
    {
      name: 'no `evidence` key',
      files: RESEARCH + segment('⟦teen-gamers⟧', '      age: 14-18\n'),
      errors: [
        {
          messageId: 'noEvidence',
          data: { segment: { id: 'teen-gamers', name: 'Teen gamers' } },
          text: 'the segment Teen gamers (teen-gamers) lists no evidence',
          related: [],
          fixCount: 0,
        },
      ],
    },
    {
      name: 'an empty evidence list, and a key with no value (which counts as absent)',
      files: RESEARCH + segment('⟦teen-gamers⟧', '      evidence: []\n') + '    - id: ⟦kids⟧\n      name: Kids\n      evidence:\n',
      errors: [
        {
          messageId: 'noEvidence',
          data: { segment: { id: 'teen-gamers', name: 'Teen gamers' } },
          text: 'the segment Teen gamers (teen-gamers) lists no evidence',
        },
        { messageId: 'noEvidence', data: { segment: { id: 'kids', name: 'Kids' } }, text: 'the segment Kids (kids) lists no evidence' },
      ],
    },
    {
      name: 'across files: research that names the segment is pointed out, but `evidence` is still empty',
      files: {
        'plan.mplan.yaml': PLAN + 'upstream:\n  research:\n    - id: survey\n      method: survey\n      segments: [teen-gamers]\n',
        'segments.mplan.yaml': 'upstream:\n' + segment('⟦teen-gamers⟧', '      evidence: []\n'),
      },
      errors: [
        {
          file: 'segments.mplan.yaml',
          messageId: 'noEvidenceNamed',
          data: { segment: { id: 'teen-gamers', name: 'Teen gamers' }, research: { list: ['survey'] } },
          text: 'the segment Teen gamers (teen-gamers) lists no evidence (the research survey names it: list it as evidence)',
          related: [{ file: 'plan.mplan.yaml', line: 9, message: ['research survey informs segment teen-gamers'] }],
        },
      ],
    },
  ],
});
