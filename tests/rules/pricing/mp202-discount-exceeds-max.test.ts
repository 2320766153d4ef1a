import { ruleTester } from '../../support/rule-tester';
import { discountExceedsMax } from '../../../server/src/engine/rules/pricing/mp202-discount-exceeds-max';

const PLAN = 'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const PRICING = '        list: 59.99\n        maxDiscount: 25%\n';
/** The product `game`; its pricing lines start on line 14 (`maxDiscount` on line 15). */
const upstream = (pricing: string = PRICING): string =>
  'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products:\n    - id: game\n      name: Game\n      segments: [teens]\n' +
  (pricing ? `      pricing:\n${pricing}` : '');
const campaign = (offer: string): string =>
  `downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-04-15 }\n${offer}`;
const plan = (offer: string, pricing?: string): string => PLAN + upstream(pricing) + campaign(offer);

import { aliasedPrice } from '../../support/value-plans';

ruleTester(discountExceedsMax, {
  valid: [
    { name: 'a discount exactly at the maximum', files: plan('      offer: { discount: 25% }\n') },
    { name: 'a price exactly at the minimum price: 44.99 on 59.99 with 25% maximum', files: plan('      offer: { price: 44.99 }\n') },
    {
      name: 'a written discount within the maximum governs, whatever the price (that is MP203)',
      files: plan('      offer: { price: 30, discount: 20% }\n'),
    },
    { name: 'a product with no maximum discount', files: plan('      offer: { discount: 90% }\n', '        list: 59.99\n') },
    { name: 'an offer in another currency is MP206 only', files: plan('      offer: { discount: 50%, currency: USD }\n') },
    { name: 'a bare-number discount is MP006 only', files: plan('      offer: { discount: 50 }\n') },
  ],
  invalid: [
    {
      name: 'a written discount over the maximum',
      files: plan('      offer:\n        discount: ⟦30%⟧\n        code: SPRING\n'),
      errors: [
        {
          messageId: 'discountOverMax',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            max: '25%',
            list: '59.99',
            discount: '30%',
          },
          text: 'campaign Launch (launch) offers the product Game (game) at 30% off: the largest allowed discount is 25%',
          related: [{ line: 15, message: ['maximum discount of product game: 25%'] }],
          fixes: [
            {
              title: 'Cap the discount at the maximum 25%',
              safe: false,
              preferred: true,
              output: plan('      offer:\n        discount: 25%\n        code: SPRING\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'a price alone one cent below the minimum price: on the price, capped rounding up',
      files: plan('      offer: { price: ⟦44.98⟧ }\n'),
      errors: [
        {
          messageId: 'priceBelowMax',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            max: '25%',
            list: '59.99',
            price: '44.98',
            derived: '25.0%',
            minimum: { phrase: 'money', data: { amount: '44.99', currency: 'EUR' } },
          },
          text: 'campaign Launch (launch) offers the product Game (game) at 44.98, a 25.0% discount on 59.99: the lowest allowed price is 44.99 EUR, a 25% discount on 59.99',
          related: [{ line: 15 }],
          fixes: [{ title: 'Cap the price at 45.00, a 25% discount', preferred: true, output: plan('      offer: { price: 45.00 }\n') }],
        },
      ],
    },
    {
      name: 'price and discount both written: on the discount, both capped',
      files: plan("      offer: { price: 41.99, discount: ⟦'30%'⟧ }\n"),
      errors: [
        {
          messageId: 'discountOverMax',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            max: '25%',
            list: '59.99',
            discount: '30%',
          },
          text: 'campaign Launch (launch) offers the product Game (game) at 30% off: the largest allowed discount is 25%',
          fixes: [
            {
              title: 'Cap the discount at the maximum 25% and the price at 45.00',
              output: plan("      offer: { price: 45.00, discount: '25%' }\n"),
            },
          ],
        },
      ],
    },
    {
      name: 'product in the plan file, campaign in its own file: 39.99 is a 33.3% discount on 59.99',
      files: {
        'campaigns/spring.mplan.yaml': campaign('      offer:\n        price: ⟦39.99⟧ # below the maximum discount\n'),
        'plan.mplan.yaml': PLAN + upstream(),
      },
      errors: [
        {
          messageId: 'priceBelowMax',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            max: '25%',
            list: '59.99',
            price: '39.99',
            derived: '33.3%',
            minimum: { phrase: 'money', data: { amount: '44.99', currency: 'EUR' } },
          },
          text: 'campaign Launch (launch) offers the product Game (game) at 39.99, a 33.3% discount on 59.99: the lowest allowed price is 44.99 EUR, a 25% discount on 59.99',
          related: [{ file: 'plan.mplan.yaml', line: 15, message: ['25%'] }],
          fixes: [
            {
              title: 'Cap the price at 45.00',
              output: { 'campaigns/spring.mplan.yaml': campaign('      offer:\n        price: 45.00 # below the maximum discount\n') },
            },
          ],
        },
      ],
    },
    {
      name: 'an integer list writes an integer capped price when it is whole',
      files: plan('      offer: { price: ⟦47⟧ }\n', '        list: 60\n        maxDiscount: 20%\n'),
      errors: [
        {
          messageId: 'priceBelowMax',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            max: '20%',
            list: '60',
            price: '47',
            derived: '21.7%',
            minimum: { phrase: 'money', data: { amount: '48', currency: 'EUR' } },
          },
          text: 'campaign Launch (launch) offers the product Game (game) at 47, a 21.7% discount on 60: the lowest allowed price is 48 EUR, a 20% discount on 60',
          fixes: [
            { title: 'Cap the price at 48', output: plan('      offer: { price: 48 }\n', '        list: 60\n        maxDiscount: 20%\n') },
          ],
        },
      ],
    },
    {
      name: 'a price written through an alias: on the alias, capped by replacing the alias with the literal',
      files: aliasedPrice('⟦*low⟧'),
      errors: [
        {
          messageId: 'priceBelowMax',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            max: '10%',
            list: '100',
            price: '5',
            derived: '95.0%',
            minimum: { phrase: 'money', data: { amount: '90', currency: 'EUR' } },
          },
          text: 'campaign Launch (launch) offers the product Game (game) at 5, a 95.0% discount on 100: the lowest allowed price is 90 EUR, a 10% discount on 100',
          fixes: [{ title: 'Cap the price at 90', safe: false, output: aliasedPrice('90') }],
        },
      ],
    },
  ],
});
