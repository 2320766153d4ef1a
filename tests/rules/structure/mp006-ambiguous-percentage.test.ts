import { ruleTester } from '../../support/rule-tester';
import { ambiguousPercentage } from '../../../server/src/engine/rules/structure/mp006-ambiguous-percentage';

const product = (pricing: string): string =>
  `upstream:\n  products:\n    - id: game\n      name: Game\n      segments: []\n      pricing:\n        list: 59.99\n${pricing}`;
const offer = (o: string): string =>
  `downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n      schedule: { start: 2027-05-01, end: 2027-06-30 }\n      offer: ${o}\n`;

ruleTester(ambiguousPercentage, {
  valid: [
    { name: 'a maximum discount written with %', files: product('        maxDiscount: 25%\n') },
    { name: 'a decimal percentage', files: offer('{ discount: 12.5% }') },
    { name: 'a quoted number is a malformed string (MP002), not a bare number', files: product("        maxDiscount: '25'\n") },
    {
      name: 'a kpi target may be a bare number',
      files: offer('{ price: 49.99 }').replace(
        '      offer:',
        '      kpis: [{ metric: ctr, target: 0.02 }, { metric: sales, target: 25 }]\n      offer:',
      ),
    },
    { name: 'money is a bare number', files: product('        floor: 25\n') },
    {
      name: 'a config threshold written as a bare number is MP002 of the config',
      files: 'upstream: {}\n',
      config: 'thresholds:\n  premiumDiscountLimit: 20\n',
    },
  ],
  invalid: [
    {
      name: 'a maximum discount without %',
      files: product('        maxDiscount: ⟦25⟧ # agreed with sales\n'),
      errors: [
        {
          messageId: 'bareNumber',
          data: {
            path: 'upstream.products[0].pricing.maxDiscount',
            place: { phrase: 'place.product.key', data: { key: 'pricing.maxDiscount', entity: { id: 'game', name: 'Game' } } },
            value: '25',
          },
          text: 'pricing.maxDiscount in product Game (game): the bare number 25 is ambiguous as a percentage; write it with %',
          fixes: [{ title: 'Write 25%', safe: true, preferred: true, output: product('        maxDiscount: 25% # agreed with sales\n') }],
        },
      ],
    },
    {
      name: 'a fraction: 0.25 is 25%, in a flow map',
      files: offer('{ discount: ⟦0.25⟧, code: SPRING }'),
      errors: [
        {
          messageId: 'bareNumber',
          data: {
            path: 'downstream.campaigns[0].offer.discount',
            place: { phrase: 'place.campaign.key', data: { key: 'offer.discount', entity: { id: 'launch', name: 'Launch' } } },
            value: '0.25',
          },
          text: 'offer.discount in campaign Launch (launch): the bare number 0.25 is ambiguous as a percentage; write it with %',
          fixes: [{ title: 'Write 25%', safe: true, preferred: true, output: offer('{ discount: 25%, code: SPRING }') }],
        },
      ],
    },
    {
      name: 'the value 1: 1% or 100%, neither preferred nor safe',
      files: offer('{ discount: ⟦1⟧ }'),
      errors: [
        {
          messageId: 'bareNumber',
          data: {
            path: 'downstream.campaigns[0].offer.discount',
            place: { phrase: 'place.campaign.key', data: { key: 'offer.discount', entity: { id: 'launch', name: 'Launch' } } },
            value: '1',
          },
          text: 'offer.discount in campaign Launch (launch): the bare number 1 is ambiguous as a percentage; write it with %',
          fixes: [
            { title: 'Write 1%', safe: false, preferred: false, output: offer('{ discount: 1% }') },
            { title: 'Write 100%', safe: false, preferred: false, output: offer('{ discount: 100% }') },
          ],
        },
      ],
    },
    {
      name: 'decimals are kept: 0.125 is 12.5%, 12.5 is 12.5%',
      files: product('        maxDiscount: ⟦0.125⟧\n') + offer('{ discount: ⟦12.5⟧ }'),
      errors: [
        {
          messageId: 'bareNumber',
          data: {
            path: 'upstream.products[0].pricing.maxDiscount',
            place: { phrase: 'place.product.key', data: { key: 'pricing.maxDiscount', entity: { id: 'game', name: 'Game' } } },
            value: '0.125',
          },
          text: 'pricing.maxDiscount in product Game (game): the bare number 0.125 is ambiguous as a percentage; write it with %',
          fixes: [{ title: 'Write 12.5%', safe: true, output: product('        maxDiscount: 12.5%\n') + offer('{ discount: 12.5 }') }],
        },
        {
          messageId: 'bareNumber',
          data: {
            path: 'downstream.campaigns[0].offer.discount',
            place: { phrase: 'place.campaign.key', data: { key: 'offer.discount', entity: { id: 'launch', name: 'Launch' } } },
            value: '12.5',
          },
          text: 'offer.discount in campaign Launch (launch): the bare number 12.5 is ambiguous as a percentage; write it with %',
          fixes: [{ title: 'Write 12.5%', safe: true, output: product('        maxDiscount: 0.125\n') + offer('{ discount: 12.5% }') }],
        },
      ],
    },
    {
      name: 'zero is 0%',
      files: offer('{ price: 59.99, discount: ⟦0⟧ }'),
      errors: [
        {
          messageId: 'bareNumber',
          data: {
            path: 'downstream.campaigns[0].offer.discount',
            place: { phrase: 'place.campaign.key', data: { key: 'offer.discount', entity: { id: 'launch', name: 'Launch' } } },
            value: '0',
          },
          text: 'offer.discount in campaign Launch (launch): the bare number 0 is ambiguous as a percentage; write it with %',
          fixes: [{ title: 'Write 0%', safe: true, output: offer('{ price: 59.99, discount: 0% }') }],
        },
      ],
    },
    {
      name: 'a bare number reached through an alias: on the alias, the fix replaces the alias (the anchor is money, untouched)',
      files: product('        floor: &n 25\n        maxDiscount: ⟦*n⟧\n'),
      errors: [
        {
          messageId: 'bareNumber',
          data: {
            path: 'upstream.products[0].pricing.maxDiscount',
            place: { phrase: 'place.product.key', data: { key: 'pricing.maxDiscount', entity: { id: 'game', name: 'Game' } } },
            value: '25',
          },
          text: 'pricing.maxDiscount in product Game (game): the bare number 25 is ambiguous as a percentage; write it with %',
          fixes: [{ title: 'Write 25%', safe: true, output: product('        floor: &n 25\n        maxDiscount: 25%\n') }],
        },
      ],
    },
  ],
});
