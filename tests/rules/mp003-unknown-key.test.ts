import { ruleTester } from '../support/rule-tester';
import { unknownKey } from '../../server/src/engine/rules/structure/mp003-unknown-key';

ruleTester(unknownKey, {
  valid: [
    { name: 'every key known', files: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      age: 14-18\n' },
    { name: 'a known key in a flow map', files: 'upstream:\n  segments: [{ id: teens, name: Teens, regions: [FR] }]\n' },
    { name: 'known config keys', files: 'upstream: {}\n', config: 'rules:\n  MP004: warning\n  duplicate-id: error\nthresholds:\n  adultAge: 21\n' },
  ],
  invalid: [
    {
      name: 'a typo at distance 1 is a safe rename that keeps the comment',
      files: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      ⟦gender⟧: [female] # girls only\n',
      errors: [
        {
          message: ['unknown key `gender`', 'did you mean `genders`?'],
          fixes: [{ title: 'Rename to `genders`', safe: true, preferred: true, output: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      genders: [female] # girls only\n' }],
        },
      ],
    },
    {
      name: 'a farther typo is a suggestion, not safe',
      files: 'plan: { id: p, name: P, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, ⟦missn⟧: Fun }\nversion: 1\n',
      errors: [
        {
          message: ['unknown key `missn`', '`mission`'],
          fixes: [{ title: 'Rename to `mission`', safe: false, output: 'plan: { id: p, name: P, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, mission: Fun }\nversion: 1\n' }],
        },
      ],
    },
    {
      name: 'nothing close: no suggestion, no fix',
      files: 'upstream:\n  ⟦spaceships⟧: []\n',
      errors: [{ message: ['unknown key `spaceships` in upstream'], fixCount: 0 }],
    },
    {
      name: 'unknown keys in the config file',
      files: 'upstream: {}\n',
      config: 'rules:\n  MP004: off\n  segment-withot-campaign: warning\nthreshold: {}\n',
      errors: [
        { file: 'mplan.config.yaml', line: 3, column: 3, endLine: 3, endColumn: 26, message: ['unknown rule `segment-withot-campaign`'] },
        { file: 'mplan.config.yaml', line: 4, column: 1, endColumn: 10, message: ['unknown key `threshold`', '`thresholds`'] },
      ],
    },
  ],
});
