import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { catalogueOf } from '../../server/src/engine/messages/catalogues';
import { RULES } from '../../server/src/engine/rules/registry';
import { PHRASES } from '../../server/src/engine/messages/phrases';
import { REPO } from '../support/fixtures';

interface Term {
  en: string;
  fr: string;
  it: string;
}

/** The glossary rows the catalogues are held to (the Catalogue column says yes). */
function catalogueTerms(): Term[] {
  const text = fs.readFileSync(path.join(REPO, 'docs', 'glossary.md'), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| English'))
    .map((l) => l.split('|').map((c) => c.trim()))
    .filter((c) => c[4] === 'yes')
    .map((c) => ({ en: c[1], fr: c[2], it: c[3] }));
}

const english = [...RULES.flatMap((r) => Object.values(r.meta.messages)), ...Object.values(PHRASES)].join('\n');

describe('the translations use the glossary', () => {
  const terms = catalogueTerms();
  it('the glossary holds the key terms', () => {
    assert.ok(terms.length >= 15, `${terms.length} terms`);
    for (const t of ['segment', 'value proposition', 'floor price', 'campaign', 'channel', 'audience', 'pretest'])
      assert.ok(
        terms.some((x) => x.en === t),
        t,
      );
  });
  for (const locale of ['fr', 'it'] as const) {
    it(`${locale}: every glossary term the English messages use appears in the ${locale} catalogue, as the glossary writes it`, () => {
      const c = catalogueOf(locale) ?? assert.fail(`no ${locale} catalogue`);
      const translated = [...Object.values(c.rules).flatMap((m) => Object.values(m)), ...Object.values(c.phrases)].join('\n').toLowerCase();
      for (const t of terms) {
        // A term the English messages use must be said in the glossary's words somewhere in the translation.
        if (!english.toLowerCase().includes(t.en)) continue;
        assert.ok(translated.includes(t[locale].toLowerCase()), `${locale}: «${t[locale]}» (${t.en}) is not used`);
      }
    });
  }
});
