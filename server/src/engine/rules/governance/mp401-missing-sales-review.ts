import type { Rule } from '../rule';
import { insertSignOff } from '../../fix/sign-off-edits';
import { entity } from '../../messages/message';

export const missingSalesReview: Rule = {
  meta: {
    code: 'MP401',
    name: 'missing-sales-review',
    severity: 'warning',
    group: 'governance',
    summary: 'A campaign has no `salesReview`.',
    explanation:
      'Nobody from sales has signed off this campaign. ' +
      'Sales then learns of the offer, the price and the promise from customers, cannot prepare stock, scripts or partners, and the demand the campaign buys is lost at the counter. ' +
      'Review the campaign with the sales team before launch and record who signed off and when in `salesReview`.',
    messages: {
      missing: 'campaign {campaign} has no sales review ({key})',
      placeholder: 'the sales review of campaign {campaign} is still a placeholder (TODO in {key}): fill it in once it is done',
      'fix.skeleton': 'Insert a salesReview skeleton',
    },
  },
  checkCampaigns(ctx) {
    for (const c of ctx.index.campaigns) {
      const placeholder = c.salesReview?.placeholder;
      if (c.salesReview && !placeholder) continue;
      if (placeholder) {
        ctx.report({ file: c.file, node: placeholder, messageId: 'placeholder', data: { campaign: entity(c), key: 'salesReview' } });
        continue;
      }
      ctx.report({
        file: c.file,
        node: c.idNode,
        messageId: 'missing',
        data: { campaign: entity(c), key: 'salesReview' },
        fixes: [
          {
            titleId: 'fix.skeleton',
            preferred: true,
            edits: [insertSignOff(c, 'salesReview', 'by', ctx.placeholderDate)],
          },
        ],
      });
    }
  },
};
