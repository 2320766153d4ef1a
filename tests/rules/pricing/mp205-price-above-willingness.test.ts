import { ruleTester } from '../../support/rule-tester';
import { priceAboveWillingness } from '../../../server/src/engine/rules/pricing/mp205-price-above-willingness';

const PLAN = 'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
/** Segment `teens` accepts 49.99 (line 9), `adults` 39.99 (line 10); product `game` lists at 59.99 with a floor of 44.99. */
const upstream = (list = '59.99'): string =>
  'upstream:\n  segments:\n' +
  '    - { id: teens, name: Teens, willingnessToPay: 49.99 }\n' +
  '    - { id: adults, name: Adults, willingnessToPay: 39.99 }\n' +
  '  products:\n    - id: game\n      name: Game\n      segments: [teens, adults]\n' +
  `      pricing:\n        list: ${list}\n        floor: 44.99\n`;
/** An offer text starting with `@` marks the campaign's product reference as the expected range. */
const campaign = (offer: string, segments = 'teens'): string =>
  `downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: ${offer.startsWith('@') ? '⟦game⟧' : 'game'}\n      segments: [${segments}]\n      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-04-15 }\n${offer.replace(/^@/, '')}`;
const plan = (offer: string, segments?: string, list?: string): string => PLAN + upstream(list) + campaign(offer, segments);
/** Without the range marks, for expected outputs. */
const clean = (text: string): string => text.replace(/[⟦⟧]/g, '');

ruleTester(priceAboveWillingness, {
  valid: [
    { name: 'a price exactly at the willingness to pay', files: plan('      offer: { price: 49.99 }\n') },
    { name: 'no offer, a list price exactly at the willingness to pay', files: plan('', 'teens', '49.99') },
    { name: '16.67% off 59.99 is 49.9897, rounded half-up to 49.99', files: plan('      offer: { discount: 16.67% }\n') },
    { name: 'an unknown segment is MP005 only', files: plan('      offer: { price: 49.99 }\n', 'teens, adultz') },
    { name: 'an offer in another currency is MP206 only', files: plan('      offer: { price: 59.99, currency: USD }\n') },
  ],
  invalid: [
    {
      name: 'a price one cent above the willingness to pay',
      files: plan('      offer: { price: ⟦50.00⟧ }\n'),
      errors: [
        {
          messageId: 'aboveWillingness',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            price: '50.00',
            segment: { id: 'teens', name: 'Teens' },
            willingness: '49.99',
          },
          text: 'campaign Launch (launch) offers the product Game (game) at 50.00, above the 49.99 that the segment Teens (teens) is willing to pay',
          related: [{ line: 9, message: ['segment teens is willing to pay up to 49.99'] }],
          fixes: [
            {
              title: 'Set the price to the willingness to pay 49.99',
              safe: false,
              preferred: true,
              output: plan('      offer: { price: 49.99 }\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'no offer: the list price is compared, on the product reference; the fix adds an offer',
      files: plan('@'),
      errors: [
        {
          messageId: 'aboveWillingness',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            price: { phrase: 'offer.list', data: { list: '59.99' } },
            segment: { id: 'teens', name: 'Teens' },
            willingness: '49.99',
          },
          text: 'campaign Launch (launch) offers the product Game (game) at its list price 59.99, above the 49.99 that the segment Teens (teens) is willing to pay',
          related: [{ line: 9 }],
          fixes: [
            {
              title: 'Add an offer at the willingness to pay: price 49.99',
              preferred: true,
              output: clean(plan('')) + '      offer:\n        price: 49.99\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a flow campaign with no offer gets a flow offer',
      files:
        PLAN +
        upstream() +
        'downstream:\n  campaigns:\n    - { id: launch, name: Launch, product: ⟦game⟧, segments: [teens], channels: [tiktok], schedule: { start: 2027-03-01, end: 2027-04-15 } }\n',
      errors: [
        {
          messageId: 'aboveWillingness',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            price: { phrase: 'offer.list', data: { list: '59.99' } },
            segment: { id: 'teens', name: 'Teens' },
            willingness: '49.99',
          },
          text: 'campaign Launch (launch) offers the product Game (game) at its list price 59.99, above the 49.99 that the segment Teens (teens) is willing to pay',
          fixes: [
            {
              title: 'Add an offer',
              output:
                PLAN +
                upstream() +
                'downstream:\n  campaigns:\n    - { id: launch, name: Launch, product: game, segments: [teens], channels: [tiktok], schedule: { start: 2027-03-01, end: 2027-04-15 }, offer: { price: 49.99 } }\n',
            },
          ],
        },
      ],
    },
    {
      name: 'only a discount: on the product reference; the fix deepens the discount to reach the willingness to pay',
      files: plan('@      offer:\n        discount: 10% # loyalty\n'),
      errors: [
        {
          messageId: 'aboveWillingness',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            price: { phrase: 'offer.discounted', data: { price: '53.99', discount: '10%', list: '59.99' } },
            segment: { id: 'teens', name: 'Teens' },
            willingness: '49.99',
          },
          text: 'campaign Launch (launch) offers the product Game (game) at 53.99 (10% off 59.99), above the 49.99 that the segment Teens (teens) is willing to pay',
          fixes: [
            {
              title: 'Set the discount to 16.67%, a price of 49.99',
              output: clean(plan('      offer:\n        discount: 16.67% # loyalty\n')),
            },
          ],
        },
      ],
    },
    {
      name: 'an offer with neither price nor discount: the fix adds the price to it',
      files: plan('@      offer: { code: SPRING }\n'),
      errors: [
        {
          messageId: 'aboveWillingness',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            price: { phrase: 'offer.list', data: { list: '59.99' } },
            segment: { id: 'teens', name: 'Teens' },
            willingness: '49.99',
          },
          text: 'campaign Launch (launch) offers the product Game (game) at its list price 59.99, above the 49.99 that the segment Teens (teens) is willing to pay',
          fixes: [{ title: 'Add the offer price 49.99', output: clean(plan('      offer: { code: SPRING, price: 49.99 }\n')) }],
        },
      ],
    },
    {
      name: 'two segments exceeded: one finding naming the lowest; no fix below the floor',
      files: plan('      offer: { price: ⟦55⟧ }\n', 'teens, adults'),
      errors: [
        {
          messageId: 'aboveWillingness',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            price: '55',
            segment: { id: 'adults', name: 'Adults' },
            willingness: '39.99',
          },
          text: 'campaign Launch (launch) offers the product Game (game) at 55, above the 39.99 that the segment Adults (adults) is willing to pay',
          related: [{ line: 10, message: ['39.99'] }],
          fixCount: 0,
        },
      ],
    },
    {
      name: 'segments in the plan file, campaign in its own file; a written discount follows the price',
      files: {
        'campaigns/spring.mplan.yaml': campaign('      offer: { price: ⟦54.99⟧, discount: 8.33% }\n'),
        'plan.mplan.yaml': PLAN + upstream(),
      },
      errors: [
        {
          messageId: 'aboveWillingness',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            price: '54.99',
            segment: { id: 'teens', name: 'Teens' },
            willingness: '49.99',
          },
          text: 'campaign Launch (launch) offers the product Game (game) at 54.99, above the 49.99 that the segment Teens (teens) is willing to pay',
          related: [{ file: 'plan.mplan.yaml', line: 9, message: ['49.99'] }],
          fixes: [
            {
              title: 'Set the price to the willingness to pay 49.99 and the discount to 16.67%',
              output: { 'campaigns/spring.mplan.yaml': campaign('      offer: { price: 49.99, discount: 16.67% }\n') },
            },
          ],
        },
      ],
    },
  ],
});
