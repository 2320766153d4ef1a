import { ruleTester } from '../../support/rule-tester';
import { unknownKey } from '../../../server/src/engine/rules/structure/mp003-unknown-key';

ruleTester(unknownKey, {
  valid: [
    { name: 'every key known', files: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      age: 14-18\n' },
    { name: 'a known key in a flow map', files: 'upstream:\n  segments: [{ id: teens, name: Teens, regions: [FR] }]\n' },
    {
      name: 'known config keys',
      files: 'upstream: {}\n',
      config: 'rules:\n  MP004: warning\n  duplicate-id: error\nthresholds:\n  adultAge: 21\n',
    },
  ],
  invalid: [
    {
      name: 'a typo at distance 1 is a safe rename that keeps the comment',
      files: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      ⟦gender⟧: [female] # girls only\n',
      errors: [
        {
          messageId: 'unknownKey',
          data: {
            key: 'gender',
            path: 'upstream.segments[0]',
            place: { phrase: 'place.segment', data: { entity: { id: 'teens', name: 'Teens' } } },
            hint: { phrase: 'hintNear', data: { near: 'genders' } },
          },
          text: 'unknown key gender in segment Teens (teens); did you mean genders?',
          fixes: [
            {
              title: 'Rename to genders',
              safe: true,
              preferred: true,
              output: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      genders: [female] # girls only\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a farther typo is a suggestion, not safe',
      files: 'plan: { id: p, name: P, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, ⟦missn⟧: Fun }\nversion: 1\n',
      errors: [
        {
          messageId: 'unknownKey',
          data: {
            key: 'missn',
            path: 'plan',
            place: { phrase: 'place.plan', data: { entity: { id: 'p', name: 'P' } } },
            hint: { phrase: 'hintNear', data: { near: 'mission' } },
          },
          text: 'unknown key missn in plan P (p); did you mean mission?',
          fixes: [
            {
              title: 'Rename to mission',
              safe: false,
              output: 'plan: { id: p, name: P, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, mission: Fun }\nversion: 1\n',
            },
          ],
        },
      ],
    },
    {
      name: 'nothing close: no suggestion, no fix',
      files: 'upstream:\n  ⟦spaceships⟧: []\n',
      errors: [
        {
          messageId: 'unknownKey',
          data: { key: 'spaceships', path: 'upstream', place: 'upstream', hint: { phrase: 'hintNone', data: {} } },
          text: 'unknown key spaceships in upstream',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'unknown keys in the config file',
      files: 'upstream: {}\n',
      config: 'rules:\n  MP004: off\n  segment-withot-campaign: warning\nthreshold: {}\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 26,
          messageId: 'unknownRule',
          data: { key: 'segment-withot-campaign', hint: { phrase: 'hintNear', data: { near: 'segment-without-campaign' } } },
          text: 'unknown rule segment-withot-campaign; did you mean segment-without-campaign?',
        },
        {
          file: 'mplan.config.yaml',
          line: 4,
          column: 1,
          endColumn: 10,
          messageId: 'unknownConfigKey',
          data: { key: 'threshold', hint: { phrase: 'hintNear', data: { near: 'thresholds' } } },
          text: 'unknown key threshold in mplan.config.yaml; did you mean thresholds?',
        },
      ],
    },
    {
      name: 'two candidates at distance 1: the first declared is suggested, not safe',
      files:
        'downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n      schedule: { start: 2027-05-01, end: 2027-06-30 }\n      salesReview: { ⟦bn⟧: Ana, on: 2027-04-20 }\n',
      errors: [
        {
          messageId: 'unknownKey',
          data: {
            key: 'bn',
            path: 'downstream.campaigns[0].salesReview',
            place: { phrase: 'place.campaign.key', data: { key: 'salesReview', entity: { id: 'launch', name: 'Launch' } } },
            hint: { phrase: 'hintNearTaken', data: { near: 'by', taken: { phrase: 'takenMap', data: { key: 'on' } } } },
          },
          text: 'unknown key bn in salesReview in campaign Launch (launch); did you mean by? (on is already in this map)',
          fixes: [
            {
              title: 'Rename to by',
              safe: false,
              output:
                'downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n      schedule: { start: 2027-05-01, end: 2027-06-30 }\n      salesReview: { by: Ana, on: 2027-04-20 }\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a config threshold typo at distance 1 with a single candidate is a safe rename',
      files: 'upstream: {}\n',
      config: 'thresholds:\n  adultAges: 21 # legal review\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 12,
          messageId: 'unknownThreshold',
          data: { key: 'adultAges', hint: { phrase: 'hintNear', data: { near: 'adultAge' } } },
          text: 'unknown threshold adultAges; did you mean adultAge?',
          fixes: [
            {
              title: 'Rename to adultAge',
              safe: true,
              preferred: true,
              output: { 'mplan.config.yaml': 'thresholds:\n  adultAge: 21 # legal review\n' },
            },
          ],
        },
      ],
    },
    {
      name: 'YAML 1.2 has no merge key: `<<` is an ordinary unknown key, and the map it holds is not merged',
      files: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      ⟦<<⟧: { age: 14-18 }\n',
      errors: [
        {
          messageId: 'unknownKey',
          data: {
            key: '<<',
            path: 'upstream.segments[0]',
            place: { phrase: 'place.segment', data: { entity: { id: 'teens', name: 'Teens' } } },
            hint: { phrase: 'hintTaken', data: { taken: { phrase: 'takenMap', data: { key: 'id' } } } },
          },
          text: 'unknown key << in segment Teens (teens); id is already in this map',
        },
      ],
    },
    {
      name: 'a typo in a map an alias stands for: renamed where it is written, never through the alias (the rename would overwrite `*c`)',
      files: 'downstream:\n  campaigns:\n    - &c { id: c1, ⟦nmae⟧: B }\n    - ⟦*c⟧\n',
      errors: [
        {
          messageId: 'unknownKey',
          data: {
            key: 'nmae',
            path: 'downstream.campaigns[0]',
            place: { phrase: 'place.campaign', data: { entity: { id: 'c1' } } },
            hint: { phrase: 'hintNear', data: { near: 'name' } },
          },
          text: 'unknown key nmae in campaign c1; did you mean name?',
          fixes: [
            {
              title: 'Rename to name',
              safe: true,
              preferred: true,
              output: 'downstream:\n  campaigns:\n    - &c { id: c1, name: B }\n    - *c\n',
            },
          ],
        },
        {
          messageId: 'unknownKey',
          data: {
            key: 'nmae',
            path: 'downstream.campaigns[1]',
            place: { phrase: 'place.campaign', data: { entity: { id: 'c1' } } },
            hint: { phrase: 'hintNear', data: { near: 'name' } },
          },
          text: 'unknown key nmae in campaign c1; did you mean name?',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'through an alias, the keys held are those of the map the alias stands for',
      files: 'downstream:\n  campaigns:\n    - &d { id: d1, name: D, ⟦nmae⟧: E }\n    - ⟦*d⟧\n',
      errors: [
        {
          messageId: 'unknownKey',
          data: {
            key: 'nmae',
            path: 'downstream.campaigns[0]',
            place: { phrase: 'place.campaign', data: { entity: { id: 'd1', name: 'D' } } },
            hint: { phrase: 'hintTaken', data: { taken: { phrase: 'takenMap', data: { key: 'name' } } } },
          },
          text: 'unknown key nmae in campaign D (d1); name is already in this map',
          fixCount: 0,
        },
        {
          messageId: 'unknownKey',
          data: {
            key: 'nmae',
            path: 'downstream.campaigns[1]',
            place: { phrase: 'place.campaign', data: { entity: { id: 'd1', name: 'D' } } },
            hint: { phrase: 'hintTaken', data: { taken: { phrase: 'takenMap', data: { key: 'name' } } } },
          },
          text: 'unknown key nmae in campaign D (d1); name is already in this map',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'a typo beside the key it misspells: no rename, which would write the key twice',
      files: 'upstream:\n  segments:\n    - id: teens\n      ⟦nam⟧: Teens\n      name: Teenagers\n',
      errors: [
        {
          messageId: 'unknownKey',
          data: {
            key: 'nam',
            path: 'upstream.segments[0]',
            place: { phrase: 'place.segment', data: { entity: { id: 'teens', name: 'Teenagers' } } },
            hint: { phrase: 'hintTaken', data: { taken: { phrase: 'takenMap', data: { key: 'name' } } } },
          },
          text: 'unknown key nam in segment Teenagers (teens); name is already in this map',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'a typo in a flow map beside the key it misspells: no rename',
      files: 'upstream:\n  segments: [{ id: teens, name: Teens, ⟦nme⟧: Teenagers }]\n',
      errors: [
        {
          messageId: 'unknownKey',
          data: {
            key: 'nme',
            path: 'upstream.segments[0]',
            place: { phrase: 'place.segment', data: { entity: { id: 'teens', name: 'Teens' } } },
            hint: { phrase: 'hintTaken', data: { taken: { phrase: 'takenMap', data: { key: 'name' } } } },
          },
          text: 'unknown key nme in segment Teens (teens); name is already in this map',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'the closest key is already in the map: the next absent candidate is suggested, not safe',
      files:
        'downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n      schedule: { start: 2027-05-01, end: 2027-06-30 }\n      salesReview: { by: Ana, ⟦bn⟧: 2027-04-20 }\n',
      errors: [
        {
          messageId: 'unknownKey',
          data: {
            key: 'bn',
            path: 'downstream.campaigns[0].salesReview',
            place: { phrase: 'place.campaign.key', data: { key: 'salesReview', entity: { id: 'launch', name: 'Launch' } } },
            hint: { phrase: 'hintNearTaken', data: { near: 'on', taken: { phrase: 'takenMap', data: { key: 'by' } } } },
          },
          text: 'unknown key bn in salesReview in campaign Launch (launch); did you mean on? (by is already in this map)',
          fixes: [
            {
              title: 'Rename to on',
              safe: false,
              output:
                'downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n      schedule: { start: 2027-05-01, end: 2027-06-30 }\n      salesReview: { by: Ana, on: 2027-04-20 }\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a misspelt rule name beside the rule it misspells, in the config: no rename',
      files: 'upstream: {}\n',
      config: 'rules:\n  premium-deep-discount: error\n  premium-deep-discont: off\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 23,
          messageId: 'unknownRule',
          data: {
            key: 'premium-deep-discont',
            hint: { phrase: 'hintTaken', data: { taken: { phrase: 'takenConfigured', data: { key: 'premium-deep-discount' } } } },
          },
          text: 'unknown rule premium-deep-discont; premium-deep-discount is already configured',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'a misspelt rule name whose rule is configured by code: no rename, which would configure the rule twice',
      files: 'upstream: {}\n',
      config: 'rules:\n  MP204: error\n  premium-deep-discont: off\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 23,
          messageId: 'unknownRule',
          data: {
            key: 'premium-deep-discont',
            hint: { phrase: 'hintTaken', data: { taken: { phrase: 'takenConfigured', data: { key: 'premium-deep-discount' } } } },
          },
          text: 'unknown rule premium-deep-discont; premium-deep-discount is already configured',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'a misspelt rule name whose rule is not configured yet: a safe rename',
      files: 'upstream: {}\n',
      config: 'rules:\n  MP401: error\n  premium-deep-discont: off\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 23,
          messageId: 'unknownRule',
          data: { key: 'premium-deep-discont', hint: { phrase: 'hintNear', data: { near: 'premium-deep-discount' } } },
          text: 'unknown rule premium-deep-discont; did you mean premium-deep-discount?',
          fixes: [
            {
              title: 'Rename to premium-deep-discount',
              safe: true,
              output: { 'mplan.config.yaml': 'rules:\n  MP401: error\n  premium-deep-discount: off\n' },
            },
          ],
        },
      ],
    },
    {
      name: 'a misspelt threshold beside the threshold it misspells: no rename',
      files: 'upstream: {}\n',
      config: 'thresholds:\n  adultAge: 18\n  adultAges: 21\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 12,
          messageId: 'unknownThreshold',
          data: { key: 'adultAges', hint: { phrase: 'hintTaken', data: { taken: { phrase: 'takenSet', data: { key: 'adultAge' } } } } },
          text: 'unknown threshold adultAges; adultAge is already set',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'a misspelt top-level key beside the key it misspells, in the config: no rename',
      files: 'upstream: {}\n',
      config: 'rules:\n  MP401: error\nrule:\n  MP402: off\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 5,
          messageId: 'unknownConfigKey',
          data: { key: 'rule', hint: { phrase: 'hintTaken', data: { taken: { phrase: 'takenConfig', data: { key: 'rules' } } } } },
          text: 'unknown key rule in mplan.config.yaml; rules is already in mplan.config.yaml',
          fixCount: 0,
        },
      ],
    },
  ],
});
