import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { RULES } from '../../server/src/engine/rules/registry';
import { entity, list, phrase } from '../../server/src/engine/messages/message';
import { renderMessage } from '../../server/src/engine/messages/render';
import { resolveLocale } from '../../server/src/engine/messages/locale';
import { PHRASES } from '../../server/src/engine/messages/phrases';

describe('messages as data', () => {
  it('names an entity by its name with its id, and by its id alone when it has no other name', () => {
    const t = { m: 'campaign {c}' };
    assert.equal(
      renderMessage(t, 'm', { c: entity({ id: 'spring-launch', name: 'Spring launch ads' }) }),
      'campaign Spring launch ads (spring-launch)',
    );
    assert.equal(renderMessage(t, 'm', { c: entity({ id: 'spring-launch', name: undefined }) }), 'campaign spring-launch');
    assert.equal(renderMessage(t, 'm', { c: entity({ id: 'x', name: 'x' }) }), 'campaign x');
  });

  it('says lists and sets of people for people', () => {
    const t = { m: 'leaves out {who}' };
    assert.equal(
      renderMessage(t, 'm', { who: list([phrase('gender.female'), phrase('gender.nonbinary')]) }),
      'leaves out women and non-binary people',
    );
    assert.equal(renderMessage(t, 'm', { who: list(['a', 'b', 'c']) }), 'leaves out a, b and c');
  });

  it('a rule phrase is looked up in its own templates before the shared ones', () => {
    assert.equal(renderMessage({ m: 'x {p}', part: 'own {v}' }, 'm', { p: phrase('part', { v: 1 }) }), 'x own 1');
  });

  it('an unknown message id or a missing value throws (the rule is contained), never prints a bare placeholder', () => {
    assert.throws(() => renderMessage({ m: 'a {b}' }, 'n', {}), /unknown message id n/);
    assert.throws(() => renderMessage({ m: 'a {b}' }, 'm', {}), /no value for \{b\}/);
  });

  it('an unknown or absent locale falls back to English', () => {
    assert.equal(resolveLocale('en_GB.UTF-8'), 'en');
    assert.equal(resolveLocale('xx'), 'en');
    assert.equal(resolveLocale(undefined), 'en');
  });

  it('every rule declares its message templates, without backticks', () => {
    for (const rule of RULES) {
      const templates = Object.entries(rule.meta.messages);
      assert.ok(templates.length > 0, `${rule.meta.code} declares no messages`);
      for (const [id, text] of templates) assert.ok(!text.includes('`'), `${rule.meta.code}.${id} has a backtick: ${text}`);
    }
    for (const [id, text] of Object.entries(PHRASES)) assert.ok(!text.includes('`'), `phrase ${id} has a backtick`);
  });
});
