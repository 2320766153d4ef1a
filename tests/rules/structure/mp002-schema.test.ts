import { ruleTester } from '../../support/rule-tester';
import { schema } from '../../../server/src/engine/rules/structure/mp002-schema';

const PLAN = 'version: 1\nplan:\n  id: spring\n  name: Spring\n  period: { start: 2027-03-01, end: 2027-12-31 }\n  currency: EUR\n';
const segment = (lines: string): string => `upstream:\n  segments:\n    - id: teens\n      name: Teens\n${lines}`;
const campaignHead =
  'downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok] # paid only\n';

import { aliasedPrice } from '../../support/value-plans';

ruleTester(schema, {
  valid: [
    {
      name: 'a plan file with version, period and currency',
      files:
        'version: 1\nplan:\n  id: spring-launch\n  name: Spring launch\n  period: { start: 2027-03-01, end: 2027-06-30 }\n  currency: EUR\n',
    },
    { name: 'a leap day is a real date', files: PLAN.replace('2027-03-01', '2028-02-29').replace('2027-12-31', '2028-12-31') },
    { name: 'YAML 1.2: NO is the string of Norway, not false', files: segment('      regions: [NO, SE]\n') },
    {
      name: '`any` as a word, 65+, and a {min, max} age',
      files:
        'upstream:\n  segments:\n    - { id: seniors, name: Seniors, age: 65+, genders: any, regions: any }\n    - { id: teens, name: Teens, age: { min: 14, max: 18 }, genders: [female] }\n',
    },
    { name: 'a file without plan: needs no version', files: segment('      age: 14-18\n') },
    {
      name: 'a bare-number percentage is MP006 only, not MP002',
      files: 'upstream:\n  products:\n    - { id: game, name: Game, segments: [], pricing: { list: 59.99, maxDiscount: 25 } }\n',
    },
    {
      name: 'an unknown metric is MP005 only, not MP002',
      files:
        PLAN +
        campaignHead +
        '      schedule: { start: 2027-05-01, end: 2027-06-30 }\n      kpis: [hapiness, { metric: sales, target: 500 }]\n',
    },
    { name: 'a file with a syntax error yields MP001 only', files: PLAN.replace('currency: EUR', 'currency: eur\n  budget: [lots') },
    {
      name: 'a valid configuration',
      files: 'upstream: {}\n',
      config:
        'rules:\n  MP401: off\n  MP001: error\n  schema: warning\nthresholds:\n  pretestBudget: 25000\n  premiumDiscountLimit: 15%\n  adultAge: 21\n',
    },
    { name: 'a floor equal to the list price', files: aliasedPrice('100', '{ list: 100, floor: 100 }') },
    {
      name: 'a placeholder sign-off is well formed (MP401 reports it)',
      files: aliasedPrice('100', '{ list: 100 }') + '      salesReview: { by: TODO, on: 2027-01-01 }\n',
    },
  ],
  invalid: [
    {
      name: 'a date that does not exist',
      files:
        'version: 1\nplan:\n  id: spring-launch\n  name: Spring launch\n  period: { start: 2027-03-01, end: ⟦2027-02-30⟧ }\n  currency: EUR\n',
      errors: [
        {
          messageId: 'invalidGot',
          data: {
            path: 'plan.period.end',
            place: { phrase: 'place.plan.key', data: { key: 'period.end', entity: { id: 'spring-launch', name: 'Spring launch' } } },
            expected: { phrase: 'schema.realDate', data: {} },
            got: '2027-02-30',
          },
          text: 'period.end in plan Spring launch (spring-launch): not a real calendar date (got 2027-02-30)',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'a value of the wrong type',
      files: PLAN + '  budget: ⟦lots⟧\n',
      errors: [
        {
          messageId: 'invalidGot',
          data: {
            path: 'plan.budget',
            place: { phrase: 'place.plan.key', data: { key: 'budget', entity: { id: 'spring', name: 'Spring' } } },
            expected: { phrase: 'schema.money', data: {} },
            got: 'lots',
          },
          text: 'budget in plan Spring (spring): expected an amount of money (a number) (got lots)',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'a malformed id',
      files: 'upstream:\n  segments:\n    - id: ⟦Teen_Gamers⟧\n      name: Teen gamers\n',
      errors: [
        {
          messageId: 'invalidGot',
          data: {
            path: 'upstream.segments[0].id',
            place: 'upstream.segments[0].id',
            expected: { phrase: 'schema.idShape', data: {} },
            got: 'Teen_Gamers',
          },
          text: 'upstream.segments[0].id: expected an id in lower-case kebab case, such as teen-gamers (got Teen_Gamers)',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'a version other than 1',
      files: PLAN.replace('version: 1', 'version: ⟦2⟧'),
      errors: [
        {
          messageId: 'invalidGot',
          data: { path: 'version', place: 'version', expected: { phrase: 'schema.version', data: {} }, got: '2' },
          text: 'version: version must be the integer 1 (got 2)',
        },
      ],
    },
    {
      name: 'an unknown enum value: replaced with the closest allowed value',
      files: segment('      status: ⟦activ⟧ # since 2026\n'),
      errors: [
        {
          messageId: 'notOneOf',
          data: {
            path: 'upstream.segments[0].status',
            place: { phrase: 'place.segment.key', data: { key: 'status', entity: { id: 'teens', name: 'Teens' } } },
            value: 'activ',
            allowed: 'active, emerging, retired',
          },
          text: 'status in segment Teens (teens): activ is not one of active, emerging, retired',
          fixes: [{ title: 'Replace with active', safe: false, preferred: true, output: segment('      status: active # since 2026\n') }],
        },
      ],
    },
    {
      name: 'an unknown enum value in quotes: the fix keeps the quotes',
      files: 'upstream:\n  segments: [{ id: teens, name: Teens, status: ⟦"retierd"⟧ }]\n',
      errors: [
        {
          messageId: 'notOneOf',
          data: {
            path: 'upstream.segments[0].status',
            place: { phrase: 'place.segment.key', data: { key: 'status', entity: { id: 'teens', name: 'Teens' } } },
            value: '"retierd"',
            allowed: 'active, emerging, retired',
          },
          text: 'status in segment Teens (teens): "retierd" is not one of active, emerging, retired',
          fixes: [{ title: 'Replace with', output: 'upstream:\n  segments: [{ id: teens, name: Teens, status: "retired" }]\n' }],
        },
      ],
    },
    {
      name: 'a missing key in a block list item: on its id, inserted last with a placeholder, comment kept',
      files: 'upstream:\n  segments:\n    - id: ⟦teens⟧ # girls 14-18\n      age: 14-18 # from the survey\n  research: []\n',
      errors: [
        {
          messageId: 'missingKey',
          data: { key: 'name', path: 'upstream.segments[0]', place: { phrase: 'place.segment', data: { entity: { id: 'teens' } } } },
          text: 'missing required key name in segment teens',
          fixes: [
            {
              title: 'Insert name: TODO',
              safe: false,
              preferred: true,
              output:
                'upstream:\n  segments:\n    - id: teens # girls 14-18\n      age: 14-18 # from the survey\n      name: TODO\n  research: []\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a missing key in a flow map: inserted last in flow style',
      files: 'upstream:\n  segments: [{ id: ⟦teens⟧, age: 14-18 }]\n',
      errors: [
        {
          messageId: 'missingKey',
          data: { key: 'name', path: 'upstream.segments[0]', place: { phrase: 'place.segment', data: { entity: { id: 'teens' } } } },
          text: 'missing required key name in segment teens',
          fixes: [{ title: 'Insert name: TODO', output: 'upstream:\n  segments: [{ id: teens, age: 14-18, name: TODO }]\n' }],
        },
      ],
    },
    {
      name: 'a missing enum key: the placeholder is its first allowed value',
      files: 'upstream:\n  research:\n    - id: ⟦teen-survey⟧\n      completed: 2026-11-30\n',
      errors: [
        {
          messageId: 'missingKey',
          data: {
            key: 'method',
            path: 'upstream.research[0]',
            place: { phrase: 'place.research', data: { entity: { id: 'teen-survey' } } },
          },
          text: 'missing required key method in research teen-survey',
          fixes: [
            {
              title: 'Insert method: trend-study',
              output: 'upstream:\n  research:\n    - id: teen-survey\n      completed: 2026-11-30\n      method: trend-study\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a list item without an id: on its first key, and the id placeholder is a valid id',
      files: 'upstream:\n  segments:\n    - ⟦name⟧: Teens\n      age: 14-18\n',
      errors: [
        {
          messageId: 'missingKey',
          data: { key: 'id', path: 'upstream.segments[0]', place: 'upstream.segments[0]' },
          text: 'missing required key id in upstream.segments[0]',
          fixes: [{ title: 'Insert id: todo', output: 'upstream:\n  segments:\n    - name: Teens\n      age: 14-18\n      id: todo\n' }],
        },
      ],
    },
    {
      name: 'a missing key of a nested map: on the key of that map, the date placeholder is the period start',
      files: PLAN.replace('  period: { start: 2027-03-01, end: 2027-12-31 }\n', '  ⟦period⟧:\n    start: 2027-03-01 # kick-off\n'),
      errors: [
        {
          messageId: 'missingKey',
          data: {
            key: 'end',
            path: 'plan.period',
            place: { phrase: 'place.plan.key', data: { key: 'period', entity: { id: 'spring', name: 'Spring' } } },
          },
          text: 'missing required key end in period in plan Spring (spring)',
          fixes: [
            {
              title: 'Insert end: 2027-03-01',
              output: PLAN.replace(
                '  period: { start: 2027-03-01, end: 2027-12-31 }\n',
                '  period:\n    start: 2027-03-01 # kick-off\n    end: 2027-03-01\n',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'a campaign without a schedule: a map placeholder starting at the plan period',
      files: PLAN + campaignHead.replace('id: launch', 'id: ⟦launch⟧'),
      errors: [
        {
          messageId: 'missingKey',
          data: {
            key: 'schedule',
            path: 'downstream.campaigns[0]',
            place: { phrase: 'place.campaign', data: { entity: { id: 'launch', name: 'Launch' } } },
          },
          text: 'missing required key schedule in campaign Launch (launch)',
          fixes: [
            {
              title: 'Insert schedule: { start: 2027-03-01, end: 2027-03-01 }',
              output: PLAN + campaignHead + '      schedule: { start: 2027-03-01, end: 2027-03-01 }\n',
            },
          ],
        },
      ],
    },
    {
      name: 'the file that declares plan: without version: on the plan key',
      files: '⟦plan⟧:\n  id: spring\n  name: Spring\n  period: { start: 2027-03-01, end: 2027-12-31 }\n  currency: EUR\nupstream: {}\n',
      errors: [
        {
          messageId: 'missingVersion',
          data: {},
          text: 'missing version: 1, required in the file that declares plan:',
          fixes: [
            {
              title: 'Insert version: 1',
              output:
                'plan:\n  id: spring\n  name: Spring\n  period: { start: 2027-03-01, end: 2027-12-31 }\n  currency: EUR\nupstream: {}\nversion: 1\n',
            },
          ],
        },
      ],
    },
    {
      name: '`any` written as a list item: replaced with the word `any`',
      files: segment('      genders: ⟦[any]⟧\n      regions: ⟦[FR, any]⟧\n'),
      errors: [
        {
          messageId: 'anyInList',
          data: {
            path: 'upstream.segments[0].genders',
            place: { phrase: 'place.segment.key', data: { key: 'genders', entity: { id: 'teens', name: 'Teens' } } },
          },
          text: 'genders in segment Teens (teens): any is a word of its own, not a list item; write any',
          fixes: [{ title: 'Replace with any', preferred: true, output: segment('      genders: any\n      regions: [FR, any]\n') }],
        },
        {
          messageId: 'anyInList',
          data: {
            path: 'upstream.segments[0].regions',
            place: { phrase: 'place.segment.key', data: { key: 'regions', entity: { id: 'teens', name: 'Teens' } } },
          },
          text: 'regions in segment Teens (teens): any is a word of its own, not a list item; write any',
          fixes: [{ title: 'Replace with any', output: segment('      genders: [any]\n      regions: any\n') }],
        },
      ],
    },
    {
      name: 'an empty genders list reaches nobody',
      files: segment('      genders: ⟦[]⟧\n'),
      errors: [
        {
          messageId: 'invalidGot',
          data: {
            path: 'upstream.segments[0].genders',
            place: { phrase: 'place.segment.key', data: { key: 'genders', entity: { id: 'teens', name: 'Teens' } } },
            expected: { phrase: 'schema.gendersEmpty', data: {} },
            got: '[]',
          },
          text: 'genders in segment Teens (teens): an empty list reaches nobody; write any or name genders (got [])',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'a key with no value: on the key',
      files: segment('      ⟦evidence⟧:\n      age: 14-18\n'),
      errors: [
        {
          messageId: 'noValue',
          data: {
            path: 'upstream.segments[0].evidence',
            place: { phrase: 'place.segment.key', data: { key: 'evidence', entity: { id: 'teens', name: 'Teens' } } },
            expected: { phrase: 'schema.idList', data: {} },
          },
          text: 'evidence in segment Teens (teens) has no value: expected a list of ids',
        },
      ],
    },
    {
      name: 'a headline that is only a comment (#1...): a new message on the key, and a fix (not safe) putting the text in quotes',
      files:
        campaignHead +
        '      schedule: { start: 2027-05-01, end: 2027-06-30 }\n      message:\n        valueProps: [fun]\n        ⟦headline⟧: #1 game for girls # launch\n',
      errors: [
        {
          messageId: 'valueIsComment',
          data: {
            path: 'downstream.campaigns[0].message.headline',
            place: { phrase: 'place.campaign.key', data: { key: 'message.headline', entity: { id: 'launch', name: 'Launch' } } },
          },
          text: 'message.headline in campaign Launch (launch) has no value: the text after # is read as a comment; if it is the value, put it in quotes',
          fixes: [
            {
              title: 'Put the text in quotes: "#1 game for girls # launch"',
              safe: false,
              preferred: false,
              output:
                campaignHead +
                '      schedule: { start: 2027-05-01, end: 2027-06-30 }\n      message:\n        valueProps: [fun]\n        headline: "#1 game for girls # launch"\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a genuine comment after a key (a space after #): no value, the old message and no fix',
      files:
        campaignHead +
        '      schedule: { start: 2027-05-01, end: 2027-06-30 }\n      message:\n        valueProps: [fun]\n        ⟦headline⟧: # to do later\n',
      errors: [
        {
          messageId: 'noValue',
          data: {
            path: 'downstream.campaigns[0].message.headline',
            place: { phrase: 'place.campaign.key', data: { key: 'message.headline', entity: { id: 'launch', name: 'Launch' } } },
            expected: { phrase: 'schema.text', data: {} },
          },
          text: 'message.headline in campaign Launch (launch) has no value: expected text',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'a list item of texts that is only a comment: the same place as before (the empty item), the new message and the fix',
      files: segment('      needs:\n        - ⟦⟧#summer\n        - fun\n'),
      errors: [
        {
          messageId: 'valueIsComment',
          data: {
            path: 'upstream.segments[0].needs[0]',
            place: { phrase: 'place.segment.key', data: { key: 'needs[0]', entity: { id: 'teens', name: 'Teens' } } },
          },
          text: 'needs[0] in segment Teens (teens) has no value: the text after # is read as a comment; if it is the value, put it in quotes',
          fixes: [
            {
              title: 'Put the text in quotes: "#summer"',
              safe: false,
              output: segment('      needs:\n        - "#summer"\n        - fun\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'a list of ids whose value is a comment: not a text field, the old message and no fix',
      files: segment('      ⟦evidence⟧: #study\n'),
      errors: [
        {
          messageId: 'noValue',
          data: {
            path: 'upstream.segments[0].evidence',
            place: { phrase: 'place.segment.key', data: { key: 'evidence', entity: { id: 'teens', name: 'Teens' } } },
            expected: { phrase: 'schema.idList', data: {} },
          },
          text: 'evidence in segment Teens (teens) has no value: expected a list of ids',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'a duplicate map key: on the second key',
      files: segment('      status: retired\n      ⟦status⟧: active\n'),
      errors: [
        {
          messageId: 'duplicateKey',
          data: { key: 'status' },
          text: 'duplicate key status: it is written twice in this map and the first value counts',
        },
      ],
    },
    {
      name: 'a second YAML document: at its ---',
      files: 'upstream:\n  segments: [{ id: teens, name: Teens }]\n⟦---⟧\ndownstream: {}\n',
      errors: [{ messageId: 'secondDocument', data: {}, text: 'a plan file holds one YAML document; this second document is not read' }],
    },
    {
      name: 'severities in mplan.config.yaml: a bad word, and off refused for MP001 and MP002',
      files: 'upstream: {}\n',
      config: 'rules:\n  MP401: warn\n  MP001: off\n  schema: off\n  MP403: off\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 14,
          messageId: 'badSeverity',
          data: { rule: 'MP401' },
          text: 'severity of MP401 must be one of error, warning, info, hint, off',
        },
        {
          file: 'mplan.config.yaml',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 13,
          messageId: 'cannotTurnOff',
          data: { code: 'MP001' },
          text: 'MP001 cannot be turned off: a plan that cannot be read cannot be checked',
        },
        {
          file: 'mplan.config.yaml',
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 14,
          messageId: 'cannotTurnOff',
          data: { code: 'MP002' },
          text: 'MP002 cannot be turned off: a plan that cannot be read cannot be checked',
        },
      ],
    },
    {
      name: 'bad thresholds in mplan.config.yaml',
      files: 'upstream: {}\n',
      config: 'thresholds:\n  pretestBudget: -5\n  premiumDiscountLimit: 20 # a bare number\n  adultAge: eighteen\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 20,
          messageId: 'badPretestBudget',
          data: {},
          text: 'pretestBudget must be an amount of money (a non-negative number)',
        },
        {
          file: 'mplan.config.yaml',
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 27,
          messageId: 'badPremiumDiscountLimit',
          data: {},
          text: 'premiumDiscountLimit must be a percentage such as 20%',
        },
        {
          file: 'mplan.config.yaml',
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 21,
          messageId: 'badAdultAge',
          data: {},
          text: 'adultAge must be a whole number of years from 0 to 120',
        },
      ],
    },
    {
      name: 'a floor above the list price: on the floor',
      files: aliasedPrice('100', '{ list: 100, floor: ⟦120⟧ }'),
      errors: [
        {
          messageId: 'floorAboveList',
          data: {
            path: 'upstream.products[1].pricing.floor',
            place: { phrase: 'place.product.key', data: { key: 'pricing.floor', entity: { id: 'game', name: 'Game' } } },
            floor: '120',
            list: '100',
          },
          text: 'pricing.floor in product Game (game): the floor 120 is above the list price 100; a floor is at most the list price',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'a list price through an alias below the floor: the floor, described by its value',
      files: aliasedPrice('100', '{ list: *low, floor: ⟦80⟧ }'),
      errors: [
        {
          messageId: 'floorAboveList',
          data: {
            path: 'upstream.products[1].pricing.floor',
            place: { phrase: 'place.product.key', data: { key: 'pricing.floor', entity: { id: 'game', name: 'Game' } } },
            floor: '80',
            list: '5',
          },
          text: 'pricing.floor in product Game (game): the floor 80 is above the list price 5; a floor is at most the list price',
        },
      ],
    },
    {
      name: 'a real sign-off with a placeholder date: a malformed date on the TODO',
      files: aliasedPrice('100', '{ list: 100 }') + '      compliance: { approvedBy: Jane, on: ⟦TODO⟧ }\n',
      errors: [
        {
          messageId: 'invalidGot',
          data: {
            path: 'downstream.campaigns[0].compliance.on',
            place: { phrase: 'place.campaign.key', data: { key: 'compliance.on', entity: { id: 'launch', name: 'Launch' } } },
            expected: { phrase: 'schema.date', data: {} },
            got: 'TODO',
          },
          text: 'compliance.on in campaign Launch (launch): expected a date YYYY-MM-DD (got TODO)',
        },
      ],
    },
    {
      name: "a malformed value through an alias: on the alias, described by the anchor's text",
      files: aliasedPrice('100', '{ list: 100 }') + '      budget: &bad ⟦lots⟧\n      kpis: [{ metric: sales, target: ⟦*bad⟧ }]\n',
      errors: [
        {
          messageId: 'invalidGot',
          data: {
            path: 'downstream.campaigns[0].budget',
            place: { phrase: 'place.campaign.key', data: { key: 'budget', entity: { id: 'launch', name: 'Launch' } } },
            expected: { phrase: 'schema.money', data: {} },
            got: 'lots',
          },
          text: 'budget in campaign Launch (launch): expected an amount of money (a number) (got lots)',
        },
        {
          messageId: 'invalidGot',
          data: {
            path: 'downstream.campaigns[0].kpis[0].target',
            place: { phrase: 'place.campaign.key', data: { key: 'kpis[0].target', entity: { id: 'launch', name: 'Launch' } } },
            expected: 'Invalid string: must match pattern /^(\\d+(?:\\.\\d+)?)%$/',
            got: 'lots',
          },
          text: 'kpis[0].target in campaign Launch (launch): Invalid string: must match pattern /^(\\d+(?:\\.\\d+)?)%$/ (got lots)',
        },
      ],
    },
    {
      name: 'two thresholds blocks in mplan.config.yaml: the second key, and the first block counts',
      files: 'upstream: {}\n',
      config: 'thresholds:\n  adultAge: 21\nrules:\n  MP401: off\nthresholds:\n  adultAge: 16\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 11,
          messageId: 'duplicateKey',
          data: { key: 'thresholds' },
          text: 'duplicate key thresholds: it is written twice in this map and the first value counts',
        },
      ],
    },
    {
      name: 'a rule configured by code, then by name: the later entry',
      files: 'upstream: {}\n',
      config: 'rules:\n  MP402: off\n  MP401: info\n  missing-pretest: error\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 18,
          messageId: 'ruleTwice',
          data: { rule: 'missing-pretest (MP402)', first: 'MP402', line: 2 },
          text: 'missing-pretest (MP402) is configured twice: the first entry, MP402 on line 2, counts and this one is ignored',
        },
      ],
    },
    {
      name: 'a rule configured by name, then by code: the later entry',
      files: 'upstream: {}\n',
      config: 'rules:\n  missing-pretest: off\n  MP402: error\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 8,
          messageId: 'ruleTwice',
          data: { rule: 'MP402', first: 'missing-pretest', line: 2 },
          text: 'MP402 is configured twice: the first entry, missing-pretest on line 2, counts and this one is ignored',
        },
      ],
    },
    {
      name: 'a rule configured twice by the same name: one duplicate key finding',
      files: 'upstream: {}\n',
      config: 'rules:\n  missing-pretest: off\n  missing-pretest: error\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 18,
          messageId: 'duplicateKey',
          data: { key: 'missing-pretest' },
          text: 'duplicate key missing-pretest: it is written twice in this map and the first value counts',
        },
      ],
    },
    {
      name: 'a threshold written twice in one block',
      files: 'upstream: {}\n',
      config: 'thresholds:\n  adultAge: 21\n  adultAge: 16\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 11,
          messageId: 'duplicateKey',
          data: { key: 'adultAge' },
          text: 'duplicate key adultAge: it is written twice in this map and the first value counts',
        },
      ],
    },
    {
      name: 'a rule configured twice whose first entry has a bad severity: both are reported, the rule keeps its default',
      files: 'upstream: {}\n',
      config: 'rules:\n  MP402: warn\n  missing-pretest: off\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 14,
          messageId: 'badSeverity',
          data: { rule: 'MP402' },
          text: 'severity of MP402 must be one of error, warning, info, hint, off',
        },
        {
          file: 'mplan.config.yaml',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 18,
          messageId: 'ruleTwice',
          data: { rule: 'missing-pretest (MP402)', first: 'MP402', line: 2 },
          text: 'missing-pretest (MP402) is configured twice: the first entry, MP402 on line 2, counts and this one is ignored',
        },
      ],
    },
    {
      name: 'a second YAML document in mplan.config.yaml: at its ---',
      files: 'upstream: {}\n',
      config: 'rules:\n  MP401: off\n---\nrules:\n  MP402: off\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 4,
          messageId: 'configSecondDocument',
          data: {},
          text: 'mplan.config.yaml holds one YAML document; this second document is not read',
        },
      ],
    },
  ],
});
