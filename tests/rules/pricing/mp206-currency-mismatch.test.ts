import { ruleTester } from '../../support/rule-tester';
import { currencyMismatchRule } from '../../../server/src/engine/rules/pricing/mp206-currency-mismatch';

/** The plan's currency is on line 6. */
const PLAN = 'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR # all prices\n';
const upstream = (pricing = '        list: 59.99\n        floor: 44.99\n'): string =>
  'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products:\n    - id: game\n      name: Game\n      segments: [teens]\n' +
  (pricing ? `      pricing:\n${pricing}` : '');
const campaign = (offer: string): string =>
  `downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-04-15 }\n${offer}`;
const plan = (offer: string, pricing?: string): string => PLAN + upstream(pricing) + campaign(offer);

ruleTester(currencyMismatchRule, {
  valid: [
    { name: "the plan's currency written out", files: plan('      offer: { price: 49.99, currency: EUR }\n') },
    { name: "no currency: the plan's", files: plan('      offer: { price: 49.99 }\n') },
    { name: 'a product with no pricing skips every price rule', files: plan('      offer: { price: 49.99, currency: USD }\n', '') },
    { name: 'a lower-case currency is MP002 only', files: plan('      offer: { price: 49.99, currency: usd }\n') },
    {
      name: 'a scope with no plan has no currency to compare',
      files: upstream() + campaign('      offer: { price: 49.99, currency: USD }\n'),
    },
  ],
  invalid: [
    {
      name: 'an offer in USD in a EUR plan',
      files: plan('      offer: { price: 9.99, currency: ⟦USD⟧ }\n'),
      errors: [
        {
          messageId: 'otherCurrency',
          data: { campaign: { id: 'launch', name: 'Launch' }, currency: 'USD', planCurrency: 'EUR' },
          text: "the offer of campaign Launch (launch) is in USD, but the plan's currency is EUR",
          related: [{ line: 6, message: ["the plan's currency: EUR"] }],
          fixes: [
            {
              title: 'Set the currency to EUR',
              safe: false,
              preferred: true,
              output: plan('      offer: { price: 9.99, currency: EUR }\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'a quoted currency keeps its quotes, a comment stays',
      files: plan('      offer:\n        discount: 10%\n        currency: ⟦"GBP"⟧ # UK shop\n'),
      errors: [
        {
          messageId: 'otherCurrency',
          data: { campaign: { id: 'launch', name: 'Launch' }, currency: 'GBP', planCurrency: 'EUR' },
          text: "the offer of campaign Launch (launch) is in GBP, but the plan's currency is EUR",
          fixes: [
            { title: 'Set the currency to EUR', output: plan('      offer:\n        discount: 10%\n        currency: "EUR" # UK shop\n') },
          ],
        },
      ],
    },
    {
      name: 'plan in one file, campaign in another',
      files: {
        'campaigns/us.mplan.yaml': campaign('      offer: { currency: ⟦USD⟧ }\n'),
        'plan.mplan.yaml': PLAN + upstream(),
      },
      errors: [
        {
          messageId: 'otherCurrency',
          data: { campaign: { id: 'launch', name: 'Launch' }, currency: 'USD', planCurrency: 'EUR' },
          text: "the offer of campaign Launch (launch) is in USD, but the plan's currency is EUR",
          related: [{ file: 'plan.mplan.yaml', line: 6 }],
          fixes: [
            { title: 'Set the currency to EUR', output: { 'campaigns/us.mplan.yaml': campaign('      offer: { currency: EUR }\n') } },
          ],
        },
      ],
    },
  ],
});
