import { ruleTester } from '../../support/rule-tester';
import { unusedSuppression } from '../../../server/src/engine/rules/structure/mp000-unused-suppression';

/** A research that backs `teens`, so that MP503 does not fire unless wanted. */
const RESEARCH = '  research: [{ id: teen-survey, method: survey }]\n';

ruleTester(unusedSuppression, {
  valid: [
    {
      name: 'a suppression that silences a real finding on the next line',
      files: 'upstream:\n' + '  segments:\n' + '    # mplan-disable-next-line MP503\n' + '    - id: teens\n' + '      name: Teens\n',
    },
    {
      name: 'a suppression by rule name at the end of the line it silences',
      files: 'upstream:\n  segments:\n    - id: teens # mplan-disable-line segment-without-evidence\n      name: Teens\n',
    },
    {
      name: 'a file-wide suppression used by two findings, and a line suppression used by its one',
      files:
        '# mplan-disable-file segment-without-campaign\n' +
        'upstream:\n' +
        '  segments:\n' +
        '    - { id: teens, name: Teens } # mplan-disable-line MP503\n' +
        '    - { id: kids, name: Kids, evidence: [teen-survey] }\n' +
        RESEARCH,
    },
    {
      name: 'a suppression that silences a structure finding (MP003)',
      files:
        'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      evidence: [teen-survey]\n      gender: [female] # mplan-disable-line MP003\n' +
        RESEARCH,
    },
    {
      name: 'an ordinary comment that mentions mplan is no suppression',
      files:
        '# checked by mplan; see mplan-disable docs\nupstream:\n  segments: [{ id: teens, name: Teens, evidence: [teen-survey] }] # mplan-disable-line MP501\n' +
        RESEARCH,
    },
    {
      // A `#` inside a quoted scalar is text, not a YAML comment.
      name: 'directive text inside a quoted string is no comment',
      files:
        'upstream:\n  segments:\n    - id: teens\n      name: "Teens # mplan-disable-line MP401"\n      evidence: [teen-survey]\n' +
        RESEARCH,
    },
  ],
  invalid: [
    {
      name: 'a stale suppression (the segment now has evidence): the whole comment line is removed',
      files:
        'upstream:\n' +
        '  segments:\n' +
        '    # mplan-disable-next-line ⟦MP503⟧\n' +
        '    - id: teens\n' +
        '      name: Teens\n' +
        '      evidence: [teen-survey]\n' +
        RESEARCH,
      errors: [
        {
          messageId: 'nothingHere',
          data: { word: 'MP503' },
          text: 'unused suppression: MP503 reports nothing here',
          fixes: [
            {
              title: 'Remove the unused suppression comment',
              safe: true,
              preferred: true,
              output: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      evidence: [teen-survey]\n' + RESEARCH,
            },
          ],
        },
      ],
    },
    {
      name: 'an end-of-line suppression with its only code unused: the comment and the spaces before it are removed',
      files:
        'upstream:\n  segments:\n    - id: teens   # mplan-disable-line ⟦MP503⟧\n      name: Teens\n      evidence: [teen-survey]\n' +
        RESEARCH,
      errors: [
        {
          messageId: 'nothingHere',
          data: { word: 'MP503' },
          text: 'unused suppression: MP503 reports nothing here',
          fixes: [
            {
              title: 'Remove the unused suppression comment',
              safe: true,
              output: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      evidence: [teen-survey]\n' + RESEARCH,
            },
          ],
        },
      ],
    },
    {
      name: 'a next-line suppression at the end of a line: the comment is removed, the line kept',
      files:
        'upstream: # mplan-disable-next-line ⟦MP401⟧\n  segments: [{ id: teens, name: Teens, evidence: [teen-survey] }] # mplan-disable-line MP501\n' +
        RESEARCH,
      errors: [
        {
          messageId: 'nothingHere',
          data: { word: 'MP401' },
          text: 'unused suppression: MP401 reports nothing here',
          fixes: [
            {
              title: 'Remove the unused suppression comment',
              safe: true,
              output:
                'upstream:\n  segments: [{ id: teens, name: Teens, evidence: [teen-survey] }] # mplan-disable-line MP501\n' + RESEARCH,
            },
          ],
        },
      ],
    },
    {
      name: 'one unused code of two (the second): only that code and the space before it are removed',
      files:
        'upstream:\n  segments:\n    - id: teens # mplan-disable-line MP501 ⟦MP503⟧\n      name: Teens\n      evidence: [teen-survey]\n' +
        RESEARCH,
      errors: [
        {
          messageId: 'nothingHere',
          data: { word: 'MP503' },
          text: 'unused suppression: MP503 reports nothing here',
          fixes: [
            {
              title: 'Remove MP503 from the suppression comment',
              safe: true,
              preferred: true,
              output:
                'upstream:\n  segments:\n    - id: teens # mplan-disable-line MP501\n      name: Teens\n      evidence: [teen-survey]\n' +
                RESEARCH,
            },
          ],
        },
      ],
    },
    {
      name: 'one unused code of two (the first): the code and the space after it are removed',
      files:
        'upstream:\n  segments:\n    # mplan-disable-next-line ⟦MP106⟧ segment-without-campaign\n    - { id: teens, name: Teens, evidence: [teen-survey] }\n' +
        RESEARCH,
      errors: [
        {
          messageId: 'nothingHere',
          data: { word: 'MP106' },
          text: 'unused suppression: MP106 reports nothing here',
          fixes: [
            {
              title: 'Remove MP106 from the suppression comment',
              safe: true,
              output:
                'upstream:\n  segments:\n    # mplan-disable-next-line segment-without-campaign\n    - { id: teens, name: Teens, evidence: [teen-survey] }\n' +
                RESEARCH,
            },
          ],
        },
      ],
    },
    {
      name: 'an unused file-wide suppression by rule name',
      files:
        '# mplan-disable-file ⟦over-budget⟧\nupstream:\n  segments: [{ id: teens, name: Teens, evidence: [teen-survey] }] # mplan-disable-line MP501\n' +
        RESEARCH,
      errors: [
        {
          messageId: 'nothingHere',
          data: { word: 'over-budget' },
          text: 'unused suppression: over-budget reports nothing here',
          fixes: [
            {
              title: 'Remove the unused suppression comment',
              safe: true,
              output:
                'upstream:\n  segments: [{ id: teens, name: Teens, evidence: [teen-survey] }] # mplan-disable-line MP501\n' + RESEARCH,
            },
          ],
        },
      ],
    },
    {
      name: 'an unknown code next to a used rule name',
      files:
        '# mplan-disable-file ⟦MP999⟧ segment-without-campaign\nupstream:\n  segments: [{ id: teens, name: Teens, evidence: [teen-survey] }]\n' +
        RESEARCH,
      errors: [
        {
          messageId: 'unknown',
          data: { word: 'MP999' },
          text: 'unused suppression: MP999 is not a rule code or name',
          fixes: [
            {
              title: 'Remove MP999 from the suppression comment',
              safe: true,
              output:
                '# mplan-disable-file segment-without-campaign\nupstream:\n  segments: [{ id: teens, name: Teens, evidence: [teen-survey] }]\n' +
                RESEARCH,
            },
          ],
        },
      ],
    },
    {
      name: 'a rule that is off in the configuration suppresses nothing',
      files: 'upstream:\n  segments:\n    - id: teens # mplan-disable-line ⟦segment-without-evidence⟧\n      name: Teens\n',
      config: 'rules:\n  MP503: off\n',
      errors: [
        {
          messageId: 'off',
          data: { word: 'segment-without-evidence' },
          text: 'unused suppression: segment-without-evidence is off in the configuration',
          fixes: [
            {
              title: 'Remove the unused suppression comment',
              safe: true,
              output: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a suppression in a second file of the scope, on its own line inside a block map',
      files: {
        'plan.mplan.yaml':
          'version: 1\nplan: { id: spring, name: Spring, period: { start: 2027-03-01, end: 2027-12-31 }, currency: EUR, mission: Fun }\n',
        'upstream/segments.mplan.yaml':
          'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      # mplan-disable-next-line ⟦MP404⟧\n      evidence: [teen-survey]\n' +
          RESEARCH,
      },
      errors: [
        {
          messageId: 'nothingHere',
          data: { word: 'MP404' },
          text: 'unused suppression: MP404 reports nothing here',
          fixes: [
            {
              title: 'Remove the unused suppression comment',
              output: {
                'upstream/segments.mplan.yaml':
                  'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      evidence: [teen-survey]\n' + RESEARCH,
              },
            },
          ],
        },
      ],
    },
    {
      name: 'a reason after the codes: MP000 is on the unknown first code exactly, and its removal keeps the reason',
      files:
        'upstream:\n  segments:\n    - id: teens # mplan-disable-line ⟦MP999⟧ MP501 -- the sales team reviewed this in person\n      name: Teens\n      evidence: [teen-survey]\n' +
        RESEARCH,
      errors: [
        {
          messageId: 'unknown',
          data: { word: 'MP999' },
          text: 'unused suppression: MP999 is not a rule code or name',
          fixes: [
            {
              title: 'Remove MP999 from the suppression comment',
              safe: true,
              preferred: true,
              output:
                'upstream:\n  segments:\n    - id: teens # mplan-disable-line MP501 -- the sales team reviewed this in person\n      name: Teens\n      evidence: [teen-survey]\n' +
                RESEARCH,
            },
          ],
        },
      ],
    },
    {
      name: 'a reason after three codes: the middle one is removed with the space before it',
      files: 'upstream:\n  segments:\n    - id: teens # mplan-disable-line MP501 ⟦MP999⟧ MP503 -- kept on purpose\n      name: Teens\n',
      errors: [
        {
          messageId: 'unknown',
          data: { word: 'MP999' },
          text: 'unused suppression: MP999 is not a rule code or name',
          fixes: [
            {
              title: 'Remove MP999 from the suppression comment',
              safe: true,
              output: 'upstream:\n  segments:\n    - id: teens # mplan-disable-line MP501 MP503 -- kept on purpose\n      name: Teens\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a reason after the codes: the last code is removed, the reason stays after the remaining one',
      files:
        'upstream:\n  segments:\n    - id: teens # mplan-disable-line MP501 ⟦MP999⟧ -- kept on purpose\n      name: Teens\n      evidence: [teen-survey]\n' +
        RESEARCH,
      errors: [
        {
          messageId: 'unknown',
          data: { word: 'MP999' },
          text: 'unused suppression: MP999 is not a rule code or name',
          fixes: [
            {
              title: 'Remove MP999 from the suppression comment',
              safe: true,
              output:
                'upstream:\n  segments:\n    - id: teens # mplan-disable-line MP501 -- kept on purpose\n      name: Teens\n      evidence: [teen-survey]\n' +
                RESEARCH,
            },
          ],
        },
      ],
    },
    {
      name: 'a next-line suppression with a reason: an unused rule name is removed, the reason kept',
      files:
        'upstream:\n  segments:\n    # mplan-disable-next-line segment-without-campaign ⟦over-budget⟧ -- launch is in Q3\n    - { id: teens, name: Teens, evidence: [teen-survey] }\n' +
        RESEARCH,
      errors: [
        {
          messageId: 'nothingHere',
          data: { word: 'over-budget' },
          text: 'unused suppression: over-budget reports nothing here',
          fixes: [
            {
              title: 'Remove over-budget from the suppression comment',
              safe: true,
              output:
                'upstream:\n  segments:\n    # mplan-disable-next-line segment-without-campaign -- launch is in Q3\n    - { id: teens, name: Teens, evidence: [teen-survey] }\n' +
                RESEARCH,
            },
          ],
        },
      ],
    },
    {
      name: 'a file-wide suppression with a reason: an unknown rule name first is removed, the reason kept',
      files:
        '# mplan-disable-file ⟦segment-without-campain⟧ MP501 -- drafts only\nupstream:\n  segments: [{ id: teens, name: Teens, evidence: [teen-survey] }]\n' +
        RESEARCH,
      errors: [
        {
          messageId: 'unknown',
          data: { word: 'segment-without-campain' },
          text: 'unused suppression: segment-without-campain is not a rule code or name',
          fixes: [
            {
              title: 'Remove segment-without-campain from the suppression comment',
              safe: true,
              output:
                '# mplan-disable-file MP501 -- drafts only\nupstream:\n  segments: [{ id: teens, name: Teens, evidence: [teen-survey] }]\n' +
                RESEARCH,
            },
          ],
        },
      ],
    },
    {
      name: 'a reason written without a space after `--` is still a reason, not codes',
      files:
        'upstream:\n  segments:\n    - id: teens # mplan-disable-line MP501 ⟦MP999⟧ --see the sales notes\n      name: Teens\n      evidence: [teen-survey]\n' +
        RESEARCH,
      errors: [
        {
          messageId: 'unknown',
          data: { word: 'MP999' },
          text: 'unused suppression: MP999 is not a rule code or name',
          fixes: [
            {
              title: 'Remove MP999 from the suppression comment',
              safe: true,
              output:
                'upstream:\n  segments:\n    - id: teens # mplan-disable-line MP501 --see the sales notes\n      name: Teens\n      evidence: [teen-survey]\n' +
                RESEARCH,
            },
          ],
        },
      ],
    },
    {
      // The reason explained a suppression that no longer exists: it goes with the comment (rules.md: "the whole comment").
      name: 'the last code of an end-of-line suppression with a reason: the whole comment goes, reason included',
      files:
        'upstream:\n  segments:\n    - id: teens # mplan-disable-line ⟦MP999⟧ -- the sales team reviewed this in person\n      name: Teens\n' +
        RESEARCH,
      errors: [
        {
          messageId: 'unknown',
          data: { word: 'MP999' },
          text: 'unused suppression: MP999 is not a rule code or name',
          fixes: [
            {
              title: 'Remove the unused suppression comment',
              safe: true,
              output: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n' + RESEARCH,
            },
          ],
        },
      ],
    },
    {
      name: 'the last code of a next-line suppression on its own line with a reason: the whole line goes',
      files:
        'upstream:\n  segments:\n    # mplan-disable-next-line ⟦MP404⟧ -- budget agreed with finance\n    - { id: teens, name: Teens, evidence: [teen-survey] } # mplan-disable-line MP501\n' +
        RESEARCH,
      errors: [
        {
          messageId: 'nothingHere',
          data: { word: 'MP404' },
          text: 'unused suppression: MP404 reports nothing here',
          fixes: [
            {
              title: 'Remove the unused suppression comment',
              safe: true,
              output:
                'upstream:\n  segments:\n    - { id: teens, name: Teens, evidence: [teen-survey] } # mplan-disable-line MP501\n' + RESEARCH,
            },
          ],
        },
      ],
    },
    {
      name: 'a reason written without `--`: its words are reported, and their removal is only a suggestion',
      files:
        'upstream:\n  segments:\n    - id: teens # mplan-disable-line MP501 ⟦reviewed⟧\n      name: Teens\n      evidence: [teen-survey]\n' +
        RESEARCH,
      errors: [
        {
          messageId: 'unknownProse',
          data: { word: 'reviewed' },
          text: 'unused suppression: reviewed is not a rule code or name; a reason for the reader goes after --',
          fixes: [
            {
              title: 'Remove reviewed from the suppression comment',
              safe: false,
              output:
                'upstream:\n  segments:\n    - id: teens # mplan-disable-line MP501\n      name: Teens\n      evidence: [teen-survey]\n' +
                RESEARCH,
            },
          ],
        },
      ],
    },
    {
      name: 'a reason joined to the last code by `--` is still a reason',
      files:
        'upstream:\n  segments:\n    - id: teens # mplan-disable-line MP501 ⟦MP999⟧--see the notes\n      name: Teens\n      evidence: [teen-survey]\n' +
        RESEARCH,
      errors: [
        {
          messageId: 'unknown',
          data: { word: 'MP999' },
          text: 'unused suppression: MP999 is not a rule code or name',
          fixes: [
            {
              title: 'Remove MP999 from the suppression comment',
              safe: true,
              output:
                'upstream:\n  segments:\n    - id: teens # mplan-disable-line MP501--see the notes\n      name: Teens\n      evidence: [teen-survey]\n' +
                RESEARCH,
            },
          ],
        },
      ],
    },
    {
      name: 'an unknown code beside reason words written without `--`: removing the whole comment is only a suggestion',
      files:
        'upstream:\n  segments:\n    - id: teens # mplan-disable-line ⟦MP999⟧ ⟦approved⟧\n      name: Teens\n      evidence: [teen-survey]\n' +
        RESEARCH,
      errors: [
        {
          messageId: 'unknown',
          data: { word: 'MP999' },
          text: 'unused suppression: MP999 is not a rule code or name',
          fixes: [
            {
              title: 'Remove the unused suppression comment',
              safe: false,
              output: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      evidence: [teen-survey]\n' + RESEARCH,
            },
          ],
        },
        {
          messageId: 'unknownProse',
          data: { word: 'approved' },
          text: 'unused suppression: approved is not a rule code or name; a reason for the reader goes after --',
          fixes: [
            {
              title: 'Remove the unused suppression comment',
              safe: false,
              output: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      evidence: [teen-survey]\n' + RESEARCH,
            },
          ],
        },
      ],
    },
  ],
});
