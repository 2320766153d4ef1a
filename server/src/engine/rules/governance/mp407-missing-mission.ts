import { insertKey } from '../../fix/edits';
import { findPair } from '../../parse/yaml-nodes';
import type { Rule } from '../rule';

export const missingMission: Rule = {
  meta: {
    code: 'MP407',
    name: 'missing-mission',
    severity: 'warning',
    group: 'governance',
    summary: 'The plan has neither `mission` nor `identity`.',
    explanation:
      'The plan states neither the mission of the organisation nor the identity of the brand. ' +
      'Upstream choices of segments, products and positioning then have nothing to be judged against, and campaigns drift into messages that contradict each other and blur the brand. ' +
      'Agree the mission (or a brand identity statement) and write it into the plan.',
    fixes: ['insert a `mission` placeholder'],
    place: 'the `plan` key',
  },
  check(ctx) {
    for (const p of ctx.index.plans) {
      // A written but invalid mission or identity is MP002's.
      if (p.mission || p.identity || findPair(p.map, 'mission') || findPair(p.map, 'identity')) continue;
      ctx.report({
        file: p.file,
        node: p.planKey,
        message: `the plan${p.id ? ` \`${p.id}\`` : ''} has neither a mission nor an identity`,
        fixes: [{ title: 'Insert a `mission` placeholder', preferred: true, edits: [insertKey(p.file, p.map, 'mission', 'TODO')] }],
      });
    }
  },
};
