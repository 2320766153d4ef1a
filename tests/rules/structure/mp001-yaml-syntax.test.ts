import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { ruleTester, runRule } from '../../support/rule-tester';
import { yamlSyntax } from '../../../server/src/engine/rules/structure/mp001-yaml-syntax';
import { unknownReference } from '../../../server/src/engine/rules/structure/mp005-unknown-reference';
import { parseFile } from '../../../server/src/engine/parse/parse-file';
import { applyEdits } from '../../../server/src/engine/fix/apply';

const PLAN = 'version: 1\nplan: { id: spring, name: Spring, period: { start: 2027-03-01, end: 2027-12-31 }, currency: EUR }\n';
const UP = 'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products: [{ id: game, name: Game, segments: [teens] }]\n';
const campaign = (id: string, channels: string, segments = '[teens]'): string =>
  `downstream:\n  campaigns:\n    - id: ${id}\n      name: Launch\n      product: game\n      segments: ${segments}\n      channels: ${channels}\n      schedule: { start: 2027-05-01, end: 2027-06-30 }\n`;

ruleTester(yamlSyntax, {
  valid: [
    {
      name: 'a colon inside a quoted name',
      files: 'upstream:\n  segments:\n    - id: teens\n      name: "Teens: girls and boys"\n',
    },
    { name: 'a closed flow list', files: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      regions: [FR, IT]\n' },
    {
      name: 'a value of the wrong type is valid YAML (MP002, not MP001)',
      files: PLAN.replace('currency: EUR', 'currency: EUR, budget: lots'),
    },
    {
      name: 'a second document is valid YAML (MP002, not MP001)',
      files: 'upstream:\n  segments: [{ id: teens, name: Teens }]\n---\ndownstream: {}\n',
    },
    {
      name: 'an alias to an anchor defined before it',
      files:
        'upstream:\n  segments:\n    - { id: teens, name: Teens, regions: &eu [FR, IT] }\n    - { id: adults, name: Adults, regions: *eu }\n',
    },
    { name: 'an empty file', files: '' },
  ],
  invalid: [
    {
      name: "a colon inside an unquoted name: put the text in quotes, the parser's text kept in data",
      files: 'upstream:\n  segments:\n    - id: teens\n      name: ⟦Teens: girls and boys⟧\n',
      errors: [
        {
          messageId: 'colonInText',
          data: { key: 'name', quoted: '"Teens: girls and boys"', detail: 'Nested mappings are not allowed in compact mappings' },
          text: 'the text of name holds a colon followed by a space, which YAML reads as the start of another key: put the whole text in quotes, as in name: "Teens: girls and boys"',
          fixes: [
            {
              title: 'Put the text in quotes: "Teens: girls and boys"',
              safe: false,
              preferred: true,
              output: 'upstream:\n  segments:\n    - id: teens\n      name: "Teens: girls and boys"\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a colon in a headline followed by a comment: the comment stays out of the quotes',
      files: 'downstream:\n  campaigns:\n    - id: a\n      headline: ⟦Save now: 20% off⟧ # launch week\n',
      errors: [
        {
          messageId: 'colonInText',
          data: { key: 'headline', quoted: '"Save now: 20% off"', detail: 'Nested mappings are not allowed in compact mappings' },
          text: 'the text of headline holds a colon followed by a space, which YAML reads as the start of another key: put the whole text in quotes, as in headline: "Save now: 20% off"',
          fixes: [
            {
              title: 'Put the text in quotes: "Save now: 20% off"',
              output: 'downstream:\n  campaigns:\n    - id: a\n      headline: "Save now: 20% off" # launch week\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a colon in a text that holds double quotes: single quotes around it',
      files: 'upstream:\n  segments:\n    - id: teens\n      name: ⟦The "real" teens: 14-18⟧\n',
      errors: [
        {
          messageId: 'colonInText',
          data: { key: 'name', quoted: '\'The "real" teens: 14-18\'', detail: 'Nested mappings are not allowed in compact mappings' },
          text: 'the text of name holds a colon followed by a space, which YAML reads as the start of another key: put the whole text in quotes, as in name: \'The "real" teens: 14-18\'',
          fixes: [
            {
              title: 'Put the text in quotes: \'The "real" teens: 14-18\'',
              output: 'upstream:\n  segments:\n    - id: teens\n      name: \'The "real" teens: 14-18\'\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a # in a text of a flow map hides its closing brace: the text in quotes, one finding on it',
      files: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      audience: {genders: [female], note: ⟦Top #1 pick⟧}\n',
      errors: [
        {
          messageId: 'hashInText',
          data: {
            closer: '}',
            quoted: '"Top #1 pick"',
            detail: 'Flow map in block collection must be sufficiently indented and end with a }',
          },
          text: 'a # after a space starts a comment, which hides the rest of the line and its closing }: put the text in quotes, as in "Top #1 pick"',
          fixes: [
            {
              title: 'Put the text in quotes: "Top #1 pick"',
              safe: false,
              preferred: true,
              output:
                'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      audience: {genders: [female], note: "Top #1 pick"}\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a # in an item of a flow list hides its closing bracket: only that item in quotes, the items after it kept',
      files: campaign('spring', '[tiktok, ⟦best #1 channel⟧, email]'),
      errors: [
        {
          messageId: 'hashInText',
          data: {
            closer: ']',
            quoted: '"best #1 channel"',
            detail: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
          },
          text: 'a # after a space starts a comment, which hides the rest of the line and its closing ]: put the text in quotes, as in "best #1 channel"',
          fixes: [{ title: 'Put the text in quotes: "best #1 channel"', output: campaign('spring', '[tiktok, "best #1 channel", email]') }],
        },
      ],
    },
    {
      name: "a # in the inner list of a flow map: the inner list is told, the outer map keeps the parser's text",
      files: 'upstream:\n  segments:\n    - { id: teens, name: Teens, needs: [fun, ⟦top #1⟧] }\n⟦⟧',
      errors: [
        {
          messageId: 'hashInText',
          data: {
            closer: ']',
            quoted: '"top #1"',
            detail: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
          },
          text: 'a # after a space starts a comment, which hides the rest of the line and its closing ]: put the text in quotes, as in "top #1"',
          fixes: [
            {
              title: 'Put the text in quotes: "top #1"',
              output: 'upstream:\n  segments:\n    - { id: teens, name: Teens, needs: [fun, "top #1"] }\n',
            },
          ],
        },
        {
          messageId: 'syntax',
          data: { detail: 'Flow map in block collection must be sufficiently indented and end with a }' },
          text: 'YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }',
        },
      ],
    },
    {
      name: "a comment after a comma in a flow list is no text: the parser's own message",
      files: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      needs: [fun, # to do ]\n⟦⟧',
      errors: [
        {
          messageId: 'syntax',
          data: { detail: 'Flow sequence in block collection must be sufficiently indented and end with a ]' },
          text: 'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
        },
      ],
    },
    {
      name: 'a tab used for indentation',
      files: 'upstream:\n⟦\t⟧segments: []\n',
      errors: [
        {
          messageId: 'tabIndent',
          data: { detail: 'Tabs are not allowed as indentation' },
          text: 'this line is indented with a tab: YAML indents with spaces only, so replace the tab with spaces',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'an unclosed quote: the finding is at the opening quote, not at the end of the file',
      files: "upstream:\n  segments:\n    - id: teens\n      name: ⟦'⟧Teens\n      age: 14-18\n",
      errors: [
        {
          messageId: 'unclosedQuote',
          data: { quote: "'", detail: "Missing closing 'quote" },
          text: "this quote (') opens a text that is never closed: add the closing ' at the end of the text",
          fixCount: 0,
        },
      ],
    },
    {
      name: 'a list item at the wrong indentation: one finding on its dash, naming the column of the items above',
      files: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n   ⟦-⟧ id: kids\n     name: Kids\n',
      errors: [
        {
          messageId: 'listIndent',
          data: { column: 5, detail: 'Implicit keys need to be on a single line' },
          text: 'this list item is not lined up with the items above it: start its dash at column 5, as theirs',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'a colon in a text of mplan.config.yaml: the same advice, and the configuration is not applied',
      files: 'upstream: {}\n',
      config: 'rules:\n  MP401: off\nnote: Q3: spring\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 17,
          messageId: 'colonInTextInConfig',
          data: { key: 'note', quoted: '"Q3: spring"', detail: 'Nested mappings are not allowed in compact mappings' },
          text: 'the text of note holds a colon followed by a space, which YAML reads as the start of another key: put the whole text in quotes, as in note: "Q3: spring" (the configuration is not applied)',
          fixes: [
            {
              title: 'Put the text in quotes: "Q3: spring"',
              output: { 'mplan.config.yaml': 'rules:\n  MP401: off\nnote: "Q3: spring"\n' },
            },
          ],
        },
      ],
    },
    {
      name: 'a # in a text of mplan.config.yaml hiding a closing bracket: the same advice, and the configuration is not applied',
      files: 'upstream: {}\n',
      config: 'rules:\n  MP401: off\nnotes: [spring, top #1]\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 23,
          messageId: 'hashInTextInConfig',
          data: {
            closer: ']',
            quoted: '"top #1"',
            detail: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
          },
          text: 'a # after a space starts a comment, which hides the rest of the line and its closing ]: put the text in quotes, as in "top #1" (the configuration is not applied)',
          fixes: [
            {
              title: 'Put the text in quotes: "top #1"',
              output: { 'mplan.config.yaml': 'rules:\n  MP401: off\nnotes: [spring, "top #1"]\n' },
            },
          ],
        },
      ],
    },
    {
      name: 'an unclosed flow list in one file: MP001 there only, the other files of the scope are read',
      files: {
        'campaigns/spring.mplan.yaml': campaign('spring', '[tiktok').replace('      schedule', '      ⟦s⟧chedule'),
        'campaigns/summer.mplan.yaml': campaign('summer', '[tiktok]'),
        'plan.mplan.yaml': PLAN + UP,
      },
      errors: [
        {
          messageId: 'syntax',
          data: { detail: 'Flow sequence in block collection must be sufficiently indented and end with a ]' },
          text: 'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
        },
      ],
    },
    {
      name: 'a syntax error in mplan.config.yaml: the configuration is not applied',
      files: 'upstream: {}\n',
      config: 'rules:\n  MP401: [off\n',
      errors: [
        {
          file: 'mplan.config.yaml',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 1,
          messageId: 'configSyntax',
          data: { detail: 'Flow sequence in block collection must be sufficiently indented and end with a ]' },
          text: 'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] (the configuration is not applied)',
        },
      ],
    },
    {
      // YAML 1.2: an alias must name an anchor that occurs before it; otherwise the file is not valid YAML.
      name: 'an alias to an anchor that is never defined',
      files: 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      regions: ⟦*eu⟧\n',
      errors: [
        {
          messageId: 'syntax',
          data: { detail: 'the alias *eu names no anchor defined before it' },
          text: 'YAML syntax error: the alias *eu names no anchor defined before it',
        },
      ],
    },
  ],
});

if (process.env.MPLAN_COLLECT_TABLES !== '1') {
  describe('MP001 yaml-syntax: a # in a text of a flow list or map', () => {
    it('once quoted, the file parses and holds the text the marketer meant', () => {
      const text = 'a:\n  note: {genders: [female], note: Top #1 pick}\n  channels: [tiktok, best #1 channel, email]\n';
      const { findings } = runRule(yamlSyntax, { 'plan.mplan.yaml': text });
      assert.deepEqual(
        findings.map((f) => f.messageId),
        ['hashInText', 'hashInText'],
      );
      const fixed = applyEdits(
        text,
        findings.flatMap((f) => f.fixes[0].edits),
      );
      const parsed = parseFile('plan.mplan.yaml', fixed);
      assert.deepEqual(parsed.syntaxErrors, []);
      assert.deepEqual(parsed.doc?.toJS(), {
        a: { note: { genders: ['female'], note: 'Top #1 pick' }, channels: ['tiktok', 'best #1 channel', 'email'] },
      });
    });
  });

  describe('MP001 yaml-syntax: the rest of the scope', () => {
    it('a broken file yields MP001 only; the other files are analysed and still see its entities', () => {
      const { findings } = runRule(unknownReference, {
        // `teens` and `game` are defined in the broken file, before its error; `adults` is defined nowhere.
        'plan.mplan.yaml':
          PLAN +
          'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products: [{ id: game, name: Game, segments: [teens, retirees] }]\n  research: [{ id: r, method: survey\n',
        'campaigns/summer.mplan.yaml': campaign('summer', '[tiktok]', '[teens, adults]'),
      });
      assert.deepEqual(
        findings.map((f) => `${f.file.split('/').slice(-2).join('/')}:${f.range.start.line + 1} ${f.message}`),
        ['campaigns/summer.mplan.yaml:6 unknown segment adults'],
      );
    });
  });
}
