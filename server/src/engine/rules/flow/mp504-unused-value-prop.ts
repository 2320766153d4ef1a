import type { Rule } from '../rule';
import { entity } from '../../messages/message';

export const unusedValueProp: Rule = {
  meta: {
    code: 'MP504',
    name: 'unused-value-prop',
    severity: 'info',
    group: 'flow',
    summary: 'No campaign message uses a value proposition.',
    explanation:
      'Upstream wrote this value proposition to convince a segment, but no campaign message carries it, so the promise never reaches a customer. ' +
      'Either the claim is missing from the campaigns that should make it, and sales are lost, or it is obsolete and clutters the plan. ' +
      "Add it to a campaign's `message.valueProps`, or remove it from the product.",
    messages: {
      unused: 'the value proposition {valueProp} of the product {product} is used by no campaign message',
    },
  },
  check(ctx) {
    for (const vp of ctx.index.valueProps) {
      const used = ctx.index.referencesTo(vp).some((r) => r.owner.kind === 'campaign');
      if (used) continue;
      ctx.report({
        file: vp.file,
        node: vp.idNode,
        messageId: 'unused',
        data: { valueProp: vp.id, product: entity(vp.product) },
      });
    }
  },
};
