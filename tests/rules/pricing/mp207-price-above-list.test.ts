import { ruleTester } from '../../support/rule-tester';
import { priceAboveList } from '../../../server/src/engine/rules/pricing/mp207-price-above-list';

const PLAN = 'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
/** The product `game`; its `list` is on line 14. */
const upstream = (list = '59.99'): string =>
  'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products:\n    - id: game\n      name: Game\n      segments: [teens]\n' +
  `      pricing:\n        list: ${list}\n`;
const campaign = (offer: string): string =>
  `downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-04-15 }\n${offer}`;
const plan = (offer: string, list?: string): string => PLAN + upstream(list) + campaign(offer);

ruleTester(priceAboveList, {
  valid: [
    { name: 'a price exactly at the list price', files: plan('      offer: { price: 59.99 }\n') },
    { name: 'one cent below the list price', files: plan('      offer: { price: 59.98 }\n') },
    { name: 'only a discount', files: plan('      offer: { discount: 0% }\n') },
    { name: 'an offer in another currency is MP206 only', files: plan('      offer: { price: 99, currency: USD }\n') },
    { name: 'a negative price is MP002 only', files: plan('      offer: { price: -1 }\n') },
  ],
  invalid: [
    {
      name: 'one cent above the list price',
      files: plan('      offer: { price: ⟦60.00⟧ }\n'),
      errors: [
        {
          messageId: 'aboveList',
          data: { campaign: { id: 'launch', name: 'Launch' }, product: { id: 'game', name: 'Game' }, price: '60.00', list: '59.99' },
          text: 'campaign Launch (launch) offers the product Game (game) at 60.00, above its list price of 59.99',
          related: [{ line: 14, message: ['list price of product game: 59.99'] }],
          fixes: [
            {
              title: 'Set the price to the list price 59.99',
              safe: false,
              preferred: true,
              output: plan('      offer: { price: 59.99 }\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'price and discount written: the discount follows the price',
      files: plan('      offer:\n        price: ⟦64.99⟧ # premium bundle\n        discount: 10%\n'),
      errors: [
        {
          messageId: 'aboveList',
          data: { campaign: { id: 'launch', name: 'Launch' }, product: { id: 'game', name: 'Game' }, price: '64.99', list: '59.99' },
          text: 'campaign Launch (launch) offers the product Game (game) at 64.99, above its list price of 59.99',
          fixes: [
            {
              title: 'Set the price to the list price 59.99 and the discount to 0%',
              output: plan('      offer:\n        price: 59.99 # premium bundle\n        discount: 0%\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'product in the plan file, campaign in its own file; an integer list',
      files: {
        'campaigns/spring.mplan.yaml': campaign('      offer: { price: ⟦70⟧ }\n'),
        'plan.mplan.yaml': PLAN + upstream('60'),
      },
      errors: [
        {
          messageId: 'aboveList',
          data: { campaign: { id: 'launch', name: 'Launch' }, product: { id: 'game', name: 'Game' }, price: '70', list: '60' },
          text: 'campaign Launch (launch) offers the product Game (game) at 70, above its list price of 60',
          related: [{ file: 'plan.mplan.yaml', line: 14, message: ['60'] }],
          fixes: [
            {
              title: 'Set the price to the list price 60',
              output: { 'campaigns/spring.mplan.yaml': campaign('      offer: { price: 60 }\n') },
            },
          ],
        },
      ],
    },
  ],
});
