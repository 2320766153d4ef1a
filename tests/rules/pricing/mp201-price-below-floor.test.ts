import { ruleTester } from '../../support/rule-tester';
import { priceBelowFloor } from '../../../server/src/engine/rules/pricing/mp201-price-below-floor';

const PLAN = 'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const PRICING = '        list: 59.99\n        floor: 44.99 # agreed with finance\n';
/** The product `game`; its pricing lines start on line 14. */
const upstream = (pricing: string = PRICING): string =>
  'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products:\n    - id: game\n      name: Game\n      segments: [teens]\n' +
  (pricing ? `      pricing:\n${pricing}` : '');
const campaign = (offer: string, product = 'game'): string =>
  `downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: ${product}\n      segments: [teens]\n      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-04-15 }\n${offer}`;
const plan = (offer: string, pricing?: string): string => PLAN + upstream(pricing) + campaign(offer);

import { aliasedPrice } from '../../support/value-plans';

ruleTester(priceBelowFloor, {
  valid: [
    { name: 'a price exactly at the floor', files: plan('      offer: { price: 44.99 }\n') },
    { name: '25% off 59.99 is 44.9925, rounded half-up to the floor 44.99', files: plan('      offer: { discount: 25% }\n') },
    { name: 'a product with no floor', files: plan('      offer: { price: 9.99 }\n', '        list: 59.99\n') },
    { name: 'a product with no pricing skips the price rules', files: plan('      offer: { price: 9.99 }\n', '') },
    { name: 'an offer in another currency is MP206 only', files: plan('      offer: { price: 9.99, currency: USD }\n') },
    { name: 'an unknown product is MP005 only', files: PLAN + upstream() + campaign('      offer: { price: 9.99 }\n', 'gaem') },
    { name: 'no offer: the list price is above the floor', files: plan('') },
    {
      name: 'a floor above the list price is MP002 only, and absent: no floor to fall below',
      files: aliasedPrice('110', '{ list: 100, floor: 120 }'),
    },
  ],
  invalid: [
    {
      name: 'a price one cent below the floor',
      files: plan('      offer: { price: ⟦44.98⟧ }\n'),
      errors: [
        {
          messageId: 'belowFloor',
          data: { campaign: { id: 'launch', name: 'Launch' }, product: { id: 'game', name: 'Game' }, price: '44.98', floor: '44.99' },
          text: 'campaign Launch (launch) offers the product Game (game) at 44.98: the lowest allowed price is its floor of 44.99',
          related: [{ line: 15, message: ['floor of product game: 44.99'] }],
          fixes: [
            { title: 'Set the price to the floor 44.99', safe: false, preferred: true, output: plan('      offer: { price: 44.99 }\n') },
          ],
        },
      ],
    },
    {
      name: 'only a discount written: on the discount, fixed by the largest discount that keeps the floor',
      files: plan('      offer:\n        discount: ⟦30%⟧ # launch week\n'),
      errors: [
        {
          messageId: 'belowFloor',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            price: { phrase: 'offer.discounted', data: { price: '41.99', discount: '30%', list: '59.99' } },
            floor: '44.99',
          },
          text: 'campaign Launch (launch) offers the product Game (game) at 41.99 (30% off 59.99): the lowest allowed price is its floor of 44.99',
          related: [{ line: 15 }],
          fixes: [
            {
              title: 'Set the discount to 25%, the price at the floor 44.99',
              safe: false,
              preferred: true,
              output: plan('      offer:\n        discount: 25% # launch week\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'price and discount both written: on the price, and the fix keeps them in agreement',
      files: plan('      offer: { price: ⟦39.99⟧, discount: "33.33%" }\n'),
      errors: [
        {
          messageId: 'belowFloor',
          data: { campaign: { id: 'launch', name: 'Launch' }, product: { id: 'game', name: 'Game' }, price: '39.99', floor: '44.99' },
          text: 'campaign Launch (launch) offers the product Game (game) at 39.99: the lowest allowed price is its floor of 44.99',
          fixes: [
            {
              title: 'Set the price to the floor 44.99 and the discount to 25%',
              output: plan('      offer: { price: 44.99, discount: "25%" }\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'product in the plan file, campaign in its own file; an integer list writes integers',
      files: {
        'campaigns/spring.mplan.yaml': campaign('      offer:\n        price: ⟦40⟧ # spring promo\n'),
        'plan.mplan.yaml': PLAN + upstream('        list: 60\n        floor: 45\n'),
      },
      errors: [
        {
          messageId: 'belowFloor',
          data: { campaign: { id: 'launch', name: 'Launch' }, product: { id: 'game', name: 'Game' }, price: '40', floor: '45' },
          text: 'campaign Launch (launch) offers the product Game (game) at 40: the lowest allowed price is its floor of 45',
          related: [{ file: 'plan.mplan.yaml', line: 15, message: ['45'] }],
          fixes: [
            {
              title: 'Set the price to the floor 45',
              output: { 'campaigns/spring.mplan.yaml': campaign('      offer:\n        price: 45 # spring promo\n') },
            },
          ],
        },
      ],
    },
    {
      name: 'a price written through an alias: on the alias, the fix replaces the alias with the literal, the anchor untouched',
      files: aliasedPrice('⟦*low⟧'),
      errors: [
        {
          messageId: 'belowFloor',
          data: { campaign: { id: 'launch', name: 'Launch' }, product: { id: 'game', name: 'Game' }, price: '5', floor: '80' },
          text: 'campaign Launch (launch) offers the product Game (game) at 5: the lowest allowed price is its floor of 80',
          related: [{ line: 7, message: ['floor of product game: 80'] }],
          fixes: [{ title: 'Set the price to the floor 80', safe: false, output: aliasedPrice('80') }],
        },
      ],
    },
    {
      name: 'a huge price prints as written, never in exponent notation',
      files: aliasedPrice('⟦5⟧', '{ list: 100000000000000000000000, floor: 1000000000000000000000 }'),
      errors: [
        {
          messageId: 'belowFloor',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            price: '5',
            floor: '1000000000000000000000',
          },
          text: 'campaign Launch (launch) offers the product Game (game) at 5: the lowest allowed price is its floor of 1000000000000000000000',
          fixes: [
            {
              title: 'Set the price to the floor 1000000000000000000000',
              output: aliasedPrice('1000000000000000000000', '{ list: 100000000000000000000000, floor: 1000000000000000000000 }'),
            },
          ],
        },
      ],
    },
  ],
});
