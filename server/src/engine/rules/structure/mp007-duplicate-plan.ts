import { dirname } from '../../host/paths';
import type { Rule } from '../rule';
import { entity } from '../../messages/message';

export const duplicatePlan: Rule = {
  meta: {
    code: 'MP007',
    name: 'duplicate-plan',
    severity: 'error',
    group: 'structure',
    summary: 'Two plan files in one folder declare `plan:`.',
    explanation:
      'A folder holds one plan: its budget, period and currency frame every campaign below it. ' +
      'Two `plan:` sections in one folder leave it unclear which budget and period apply, so budget and timing checks use the first and ignore the second. ' +
      'Keep one `plan:` per folder, or move the second plan into a folder of its own.',
    messages: {
      second: 'a second plan {plan} in this folder; {first} already declares the plan here',
      'related.plan': 'the plan {plan}',
    },
  },
  check(ctx) {
    const plans = ctx.index.plans;
    for (let i = 1; i < plans.length; i++) {
      const p = plans[i];
      const first = plans.find((q) => dirname(q.file.path) === dirname(p.file.path));
      if (!first || first === p) continue;
      ctx.report({
        file: p.file,
        node: p.planKey,
        messageId: 'second',
        data: { plan: entity(p), first: entity(first) },
        related: [{ file: first.file, node: first.planKey, messageId: 'related.plan', data: { plan: entity(first) } }],
      });
    }
  },
};
