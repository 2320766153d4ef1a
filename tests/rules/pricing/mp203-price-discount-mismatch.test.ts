import { ruleTester } from '../../support/rule-tester';
import { priceDiscountMismatch } from '../../../server/src/engine/rules/pricing/mp203-price-discount-mismatch';

const PLAN = 'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
/** The product `game`; its `list` is on line 14. */
const upstream = (list = '59.99'): string =>
  'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products:\n    - id: game\n      name: Game\n      segments: [teens]\n' +
  `      pricing:\n        list: ${list}\n`;
const campaign = (offer: string): string =>
  `downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-04-15 }\n${offer}`;
const plan = (offer: string, list?: string): string => PLAN + upstream(list) + campaign(offer);

ruleTester(priceDiscountMismatch, {
  valid: [
    { name: '25% off 59.99 is 44.9925: 44.99 agrees', files: plan('      offer: { price: 44.99, discount: 25% }\n') },
    { name: 'one cent above (45.00) is not more than 0.01 apart', files: plan('      offer: { price: 45.00, discount: 25% }\n') },
    { name: 'one cent below (44.98) is not more than 0.01 apart', files: plan('      offer: { price: 44.98, discount: 25% }\n') },
    { name: 'only a price', files: plan('      offer: { price: 10 }\n') },
    { name: 'only a discount', files: plan('      offer: { discount: 90% }\n') },
    { name: 'an offer in another currency is MP206 only', files: plan('      offer: { price: 10, discount: 10%, currency: USD }\n') },
  ],
  invalid: [
    {
      name: 'two cents apart',
      files: plan('      offer: { price: ⟦45.01⟧, discount: 25% }\n'),
      errors: [
        {
          messageId: 'mismatch',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            price: '45.01',
            discount: '25%',
            list: '59.99',
            fromDiscount: '44.99',
          },
          text: 'campaign Launch (launch) writes the price 45.01, but 25% off the list price 59.99 of the product Game (game) is 44.99',
          related: [{ line: 14, message: ['list price of product game: 59.99'] }],
          fixes: [
            {
              title: 'Recompute the price from the discount: 44.99',
              safe: false,
              preferred: true,
              output: plan('      offer: { price: 44.99, discount: 25% }\n'),
            },
            {
              title: 'Recompute the discount from the price: 24.97%',
              safe: false,
              preferred: false,
              output: plan('      offer: { price: 45.01, discount: 24.97% }\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'a block offer with a quoted discount and comments keeps both',
      files: plan("      offer:\n        price: ⟦50⟧ # round number\n        discount: '10%' # as on the poster\n"),
      errors: [
        {
          messageId: 'mismatch',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            price: '50',
            discount: '10%',
            list: '59.99',
            fromDiscount: '53.99',
          },
          text: 'campaign Launch (launch) writes the price 50, but 10% off the list price 59.99 of the product Game (game) is 53.99',
          fixes: [
            {
              title: 'Recompute the price from the discount: 53.99',
              output: plan("      offer:\n        price: 53.99 # round number\n        discount: '10%' # as on the poster\n"),
            },
            {
              title: 'Recompute the discount from the price: 16.65%',
              output: plan("      offer:\n        price: 50 # round number\n        discount: '16.65%' # as on the poster\n"),
            },
          ],
        },
      ],
    },
    {
      name: 'product in the plan file, campaign in its own file; an integer list writes integers',
      files: {
        'campaigns/spring.mplan.yaml': campaign('      offer: { discount: 20%, price: ⟦50⟧ }\n'),
        'plan.mplan.yaml': PLAN + upstream('60'),
      },
      errors: [
        {
          messageId: 'mismatch',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            price: '50',
            discount: '20%',
            list: '60',
            fromDiscount: '48',
          },
          text: 'campaign Launch (launch) writes the price 50, but 20% off the list price 60 of the product Game (game) is 48',
          related: [{ file: 'plan.mplan.yaml', line: 14 }],
          fixes: [
            {
              title: 'Recompute the price from the discount: 48',
              output: { 'campaigns/spring.mplan.yaml': campaign('      offer: { discount: 20%, price: 48 }\n') },
            },
            {
              title: 'Recompute the discount from the price: 16.67%',
              output: { 'campaigns/spring.mplan.yaml': campaign('      offer: { discount: 16.67%, price: 50 }\n') },
            },
          ],
        },
      ],
    },
  ],
});
