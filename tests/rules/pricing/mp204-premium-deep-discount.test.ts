import { ruleTester } from '../../support/rule-tester';
import { premiumDeepDiscount } from '../../../server/src/engine/rules/pricing/mp204-premium-deep-discount';

const PLAN = 'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
/** The product `game`; `positioning` is on line 15. */
const upstream = (positioning = 'premium', list = '59.99'): string =>
  'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products:\n    - id: game\n      name: Game\n      segments: [teens]\n' +
  `      pricing:\n        list: ${list}\n        positioning: ${positioning}\n`;
const campaign = (offer: string): string =>
  `downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-04-15 }\n${offer}`;
const plan = (offer: string, positioning?: string): string => PLAN + upstream(positioning) + campaign(offer);
const LIMIT_30 = 'thresholds:\n  premiumDiscountLimit: 30%\n';

ruleTester(premiumDeepDiscount, {
  valid: [
    { name: 'a discount exactly at the default limit of 20%', files: plan('      offer: { discount: 20% }\n') },
    { name: 'a price exactly at the limit: 47.99 on 59.99 (47.992 rounded half-up)', files: plan('      offer: { price: 47.99 }\n') },
    { name: 'a mainstream product may be discounted deeply', files: plan('      offer: { discount: 50% }\n', 'mainstream') },
    { name: 'a configured limit of 30%: a 30% discount is within it', files: plan('      offer: { discount: 30% }\n'), config: LIMIT_30 },
    { name: 'no offer: no discount', files: plan('') },
  ],
  invalid: [
    {
      name: 'a written discount over the default limit',
      files: plan('      offer: { discount: ⟦25%⟧ }\n'),
      errors: [
        {
          messageId: 'discountOverLimit',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            max: '20%',
            list: '59.99',
            discount: '25%',
          },
          text: 'campaign Launch (launch) offers the premium product Game (game) at 25% off: the largest discount allowed on a premium product is 20%',
          related: [{ line: 15, message: ['product game is positioned premium'] }],
          fixes: [
            {
              title: 'Cap the discount at the premium limit 20%',
              safe: false,
              preferred: true,
              output: plan('      offer: { discount: 20% }\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'a price alone one cent below the limit price: capped rounding up',
      files: plan('      offer:\n        price: ⟦47.98⟧ # flash sale\n'),
      errors: [
        {
          messageId: 'priceBelowLimit',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            max: '20%',
            list: '59.99',
            price: '47.98',
            derived: '20.0%',
            minimum: { phrase: 'money', data: { amount: '47.99', currency: 'EUR' } },
          },
          text: 'campaign Launch (launch) offers the premium product Game (game) at 47.98, a 20.0% discount on 59.99: the lowest price allowed on a premium product is 47.99 EUR, a 20% discount on 59.99',
          related: [{ line: 15 }],
          fixes: [{ title: 'Cap the price at 48.00, a 20% discount', output: plan('      offer:\n        price: 48.00 # flash sale\n') }],
        },
      ],
    },
    {
      name: 'a configured limit of 30% in mplan.config.yaml',
      files: plan('      offer: { discount: ⟦35%⟧ }\n'),
      config: LIMIT_30,
      errors: [
        {
          messageId: 'discountOverLimit',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            max: '30%',
            list: '59.99',
            discount: '35%',
          },
          text: 'campaign Launch (launch) offers the premium product Game (game) at 35% off: the largest discount allowed on a premium product is 30%',
          fixes: [{ title: 'Cap the discount at the premium limit 30%', output: plan('      offer: { discount: 30% }\n') }],
        },
      ],
    },
    {
      name: 'product in the plan file, campaign in its own file, price and discount written: on the discount, both capped',
      files: {
        'campaigns/spring.mplan.yaml': campaign('      offer: { price: 44.99, discount: ⟦25%⟧ }\n'),
        'plan.mplan.yaml': PLAN + upstream(),
      },
      errors: [
        {
          messageId: 'discountOverLimit',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            product: { id: 'game', name: 'Game' },
            max: '20%',
            list: '59.99',
            discount: '25%',
          },
          text: 'campaign Launch (launch) offers the premium product Game (game) at 25% off: the largest discount allowed on a premium product is 20%',
          related: [{ file: 'plan.mplan.yaml', line: 15, message: ['premium'] }],
          fixes: [
            {
              title: 'Cap the discount at the premium limit 20% and the price at 48.00',
              output: { 'campaigns/spring.mplan.yaml': campaign('      offer: { price: 48.00, discount: 20% }\n') },
            },
          ],
        },
      ],
    },
  ],
});
