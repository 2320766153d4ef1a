import { isBefore } from '../../model/dates';
import { setDate } from '../../fix/edits';
import type { Rule } from '../rule';
import { entity } from '../../messages/message';

export const beforeAvailability: Rule = {
  meta: {
    code: 'MP304',
    name: 'before-availability',
    severity: 'error',
    group: 'timing',
    summary: "A campaign starts before its product's `available` date.",
    explanation:
      'The campaign starts promoting a product before the first day it can be sold. ' +
      'Every customer it convinces in those days finds nothing to buy: the media budget is wasted, the demand it creates goes to competitors, and the brand looks unprepared. ' +
      'Move the campaign start to the availability date, or bring the launch forward upstream if the product can ship earlier.',
    messages: {
      beforeAvailable: 'campaign {campaign} starts on {start:date}, before the product {product} is available on {available:date}',
      'related.available': 'product {product} is available from {available:date}',
      'fix.moveStart': 'Move the start to {available:date}, when {product} is available',
    },
  },
  checkCampaigns(ctx) {
    for (const c of ctx.index.campaigns) {
      const start = c.schedule?.start;
      if (!start || !c.product) continue;
      const product = ctx.index.get('product', c.product.id);
      const available = product?.available;
      if (!product || !available || !isBefore(start.value, available.value)) continue;
      ctx.report({
        file: c.file,
        node: start.node,
        messageId: 'beforeAvailable',
        data: { campaign: entity(c), start: start.value, product: entity(product), available: available.value },
        related: [
          {
            file: product.file,
            node: available.node,
            messageId: 'related.available',
            data: { product: product.id, available: available.value },
          },
        ],
        fixes: [
          {
            titleId: 'fix.moveStart',
            titleData: { available: available.value, product: product.id },
            preferred: true,
            edits: [setDate(c.file, start, available.value)],
          },
        ],
      });
    }
  },
};
