/** A text cut short by a `#` (`headline: Win big #summer`): the engine's edit putting the whole text in quotes. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseFile } from '../../server/src/engine/parse/parse-file';
import { commentAsValue, truncatedTexts } from '../../server/src/engine/parse/hash-comment';
import { applyEdits } from '../../server/src/engine/fix/apply';

const PLAN =
  'version: 1\nplan: { id: spring, name: Spring, period: { start: 2027-03-01, end: 2027-12-31 }, currency: EUR }\n' +
  'upstream:\n  segments:\n    - id: teens #main\n      name: Teens #1 fans\n      needs:\n        - Win big #summer\n        - fun # a note\n' +
  "      description: kid's game  #top  \n" +
  'downstream:\n  campaigns:\n    - id: launch\n      name: Launch # in EUR\n      budget: 1000 #eur\n      message: { valueProps: [fun], headline: Big win }\n';

const quotes = (text: string, from = 0, to = text.length): Array<[string, string]> =>
  truncatedTexts(parseFile('plan.mplan.yaml', text), from, to).map((q) => [text.slice(q.offset, q.offset + q.length), q.quoted]);

describe('truncatedTexts: a text cut short by a # put in quotes', () => {
  it('every text field followed by a comment starting right after its #, and nothing else', () => {
    assert.deepEqual(quotes(PLAN), [
      ['Teens #1 fans', '"Teens #1 fans"'],
      ['Win big #summer', '"Win big #summer"'],
      ["kid's game  #top", '"kid\'s game  #top"'],
    ]);
  });

  it('the value and the comment become one quoted text; the file then holds the whole text', () => {
    const text = 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      description: Win "big" #summer\n';
    const [q] = truncatedTexts(parseFile('plan.mplan.yaml', text), 0, text.length);
    const fixed = applyEdits(text, [{ offset: q.offset, length: q.length, text: q.quoted }]);
    assert.equal(fixed, 'upstream:\n  segments:\n    - id: teens\n      name: Teens\n      description: \'Win "big" #summer\'\n');
    assert.deepEqual(parseFile('plan.mplan.yaml', fixed).doc?.toJS(), {
      upstream: { segments: [{ id: 'teens', name: 'Teens', description: 'Win "big" #summer' }] },
    });
  });

  it('only the lines of the range asked', () => {
    const line = PLAN.indexOf('        - Win big');
    assert.deepEqual(quotes(PLAN, line + 3, line + 3), [['Win big #summer', '"Win big #summer"']]);
    assert.deepEqual(quotes(PLAN, PLAN.indexOf('      budget'), PLAN.indexOf('      budget')), []);
  });

  it('a genuine comment, a number field, a suppression, a flow map and a broken file get none', () => {
    assert.deepEqual(quotes('downstream:\n  campaigns:\n    - id: a\n      name: A # to do\n      budget: 1000 #EUR\n'), []);
    assert.deepEqual(quotes('downstream:\n  campaigns:\n    - id: a\n      name: A #mplan-disable-line MP401\n'), []);
    assert.deepEqual(quotes('downstream:\n  campaigns:\n    - { id: a, name: A }  #note\n'), []);
    assert.deepEqual(quotes('downstream:\n  campaigns:\n    - id: a\n      name: A #1\n      schedule: [x\n'), []);
  });
});

describe('commentAsValue: a value that is only a comment', () => {
  const at = (text: string): number => text.indexOf('#');
  it('the comment in quotes when its text starts right after #', () => {
    const text = 'headline: #1 game for girls  \r\nbody: x\n';
    assert.deepEqual(commentAsValue(text, at(text)), { offset: 10, length: 17, quoted: '"#1 game for girls"' });
  });
  it('none for a genuine comment or a suppression', () => {
    assert.equal(commentAsValue('headline: # to do later\n', 10), undefined);
    assert.equal(commentAsValue('headline: #mplan-disable-line MP002\n', 10), undefined);
  });
});
