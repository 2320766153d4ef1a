import { insertKey } from '../../fix/edits';
import { isPlaceholder } from '../../model/values';
import type { Rule } from '../rule';
import { entity } from '../../messages/message';

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
    messages: {
      placeholder: 'the plan {plan} has no mission or identity yet: its {key} is still a placeholder (TODO)',
      placeholderNoId: 'the plan has no mission or identity yet: its {key} is still a placeholder (TODO)',
      missing: 'the plan {plan} has neither a mission nor an identity',
      missingNoId: 'the plan has neither a mission nor an identity',
      'fix.mission': 'Insert a mission placeholder',
    },
  },
  check(ctx) {
    for (const p of ctx.index.plans) {
      const real = (f: typeof p.mission): boolean => !!f && !isPlaceholder(f.value);
      if (real(p.mission) || real(p.identity)) continue;
      // A written but invalid mission or identity is MP002's.
      if (p.invalid.mission || p.invalid.identity) continue;
      const placeholder = p.mission ?? p.identity;
      if (placeholder) {
        const key = p.mission ? 'mission' : 'identity';
        ctx.report({
          file: p.file,
          node: placeholder.node,
          messageId: p.id ? 'placeholder' : 'placeholderNoId',
          data: { plan: entity(p), key },
        });
        continue;
      }
      ctx.report({
        file: p.file,
        node: p.planKey,
        messageId: p.id ? 'missing' : 'missingNoId',
        data: { plan: entity(p) },
        fixes: [{ titleId: 'fix.mission', preferred: true, edits: [insertKey(p.file, p.map, 'mission', 'TODO')] }],
      });
    }
  },
};
