import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { RULES } from '../../server/src/engine/rules/registry';
import { PHRASES } from '../../server/src/engine/messages/phrases';
import { catalogueOf } from '../../server/src/engine/messages/catalogues';
import type { Catalogue } from '../../server/src/engine/messages/catalogue';
import { localeFromEnv, resolveLocale } from '../../server/src/engine/messages/locale';
import { localizeFindings } from '../../server/src/engine/messages/localize-findings';
import { RULE_TEXTS } from '../../server/src/engine/messages/rule-texts';
import { RULE_DETAILS } from '../../server/src/cli/locales/rule-details';
import { CLI_WORDS } from '../../server/src/cli/locales/cli-words';
import { HELP_WORDS, type HelpWords } from '../../server/src/cli/locales/help-words';
import { REASON_WORDS } from '../../server/src/cli/locales/reason-words';
import { checkPaths } from '../../server/src/engine/project/check';
import { EXAMPLES, REPO } from '../support/fixtures';
import { EDITOR } from '../../server/src/engine/messages/editor';
import * as fs from 'node:fs';
import { renderRuleMessage } from '../../server/src/engine/messages/render';
import { findRule } from '../../server/src/engine/rules/registry';

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+(?::\w+)?)\}/g)].map((m) => m[1]).sort();

describe('every message has a French and an Italian template with the same placeholders', () => {
  for (const locale of ['fr', 'it'] as const) {
    const catalogue: Catalogue = catalogueOf(locale) ?? assert.fail(`no ${locale} catalogue`);
    it(`${locale}: every message id of every rule, and no id the rule lacks`, () => {
      for (const rule of RULES) {
        const own = catalogue.rules[rule.meta.code] ?? {};
        assert.deepEqual(Object.keys(own).sort(), Object.keys(rule.meta.messages).sort(), `${locale} ${rule.meta.code}: message ids`);
        for (const [id, english] of Object.entries(rule.meta.messages)) {
          assert.deepEqual(placeholders(own[id]), placeholders(english), `${locale} ${rule.meta.code} ${id}: placeholders`);
          // Empty only where English is (MP003's hintNone: no hint at all).
          assert.equal(own[id].trim() === '', english.trim() === '', `${locale} ${rule.meta.code} ${id}: empty`);
        }
      }
      assert.deepEqual(
        Object.keys(catalogue.rules).filter((c) => !RULES.some((r) => r.meta.code === c)),
        [],
        `${locale}: codes of no rule`,
      );
    });
    it(`${locale}: every rule's summary and explanation, and no code of no rule`, () => {
      assert.deepEqual(Object.keys(RULE_TEXTS[locale]).sort(), RULES.map((r) => r.meta.code).sort());
      for (const [code, t] of Object.entries(RULE_TEXTS[locale])) {
        assert.ok(t.summary.trim() !== '' && t.explanation.trim() !== '', `${locale} ${code}`);
        const english = RULES.find((r) => r.meta.code === code)?.meta;
        assert.notEqual(t.explanation, english?.explanation, `${locale} ${code}: not translated`);
      }
    });
    it(`${locale}: every editor text (hover cards, code lenses, action titles), same placeholders`, () => {
      assert.deepEqual(Object.keys(catalogue.editor).sort(), Object.keys(EDITOR).sort());
      for (const [id, english] of Object.entries(EDITOR)) {
        assert.deepEqual(placeholders(catalogue.editor[id]), placeholders(english), `${locale} editor ${id}`);
        assert.notEqual(catalogue.editor[id].trim(), '', `${locale} editor ${id}: empty`);
      }
    });
    it(`${locale}: every field description of the format (hover on a key), and no other`, () => {
      const descriptions = new Set<string>();
      const walk = (o: unknown): void => {
        if (Array.isArray(o)) o.forEach(walk);
        else if (o !== null && typeof o === 'object') {
          const r = o as Record<string, unknown>;
          if (typeof r.description === 'string') descriptions.add(r.description);
          Object.values(r).forEach(walk);
        }
      };
      walk(JSON.parse(fs.readFileSync(path.join(REPO, 'schemas', 'mplan.schema.json'), 'utf8')));
      assert.deepEqual(Object.keys(catalogue.keyDocs).sort(), [...descriptions].sort());
      for (const [english, text] of Object.entries(catalogue.keyDocs)) assert.notEqual(text, english, `${locale}: ${english}`);
    });
    it(`${locale}: every rule's summary in the catalogue (hover cards), and no code of no rule`, () => {
      assert.deepEqual(Object.keys(catalogue.summaries).sort(), RULES.map((r) => r.meta.code).sort());
    });
    it(`${locale}: every rule's place and as many quick fixes as in English, and every CLI word`, () => {
      const details = RULE_DETAILS[locale];
      assert.deepEqual(Object.keys(details).sort(), RULES.map((r) => r.meta.code).sort());
      for (const r of RULES) {
        assert.notEqual(details[r.meta.code].place.trim(), '', `${locale} ${r.meta.code} place`);
        assert.equal(details[r.meta.code].fixes.length, RULE_DETAILS.en[r.meta.code].fixes.length, `${locale} ${r.meta.code} fixes`);
      }
      const words = CLI_WORDS[locale as keyof typeof CLI_WORDS];
      assert.deepEqual(Object.keys(words).sort(), Object.keys(CLI_WORDS.en).sort());
      for (const [key, english] of Object.entries(CLI_WORDS.en))
        if (typeof english === 'string')
          assert.deepEqual(placeholders(String(words[key as keyof typeof words])), placeholders(english), `${locale} ${key}`);
    });
    it(`${locale}: every word of the CLI's help and usage errors, translated, with the same placeholders`, () => {
      const help = HELP_WORDS[locale];
      assert.deepEqual(Object.keys(help).sort(), Object.keys(HELP_WORDS.en).sort());
      for (const key of Object.keys(HELP_WORDS.en) as Array<keyof HelpWords>) {
        const [english, said] = [HELP_WORDS.en[key], help[key]];
        assert.deepEqual(placeholders(said), placeholders(english), `${locale} ${key}`);
        assert.notEqual(said, english, `${locale} ${key} is not translated`);
      }
    });
    it(`${locale}: every reason a file was not read, fixed or written, with the placeholders of its English template`, () => {
      const reasons = REASON_WORDS[locale];
      assert.deepEqual(Object.keys(reasons), Object.keys(REASON_WORDS.fr));
      for (const [english, said] of Object.entries(reasons))
        assert.deepEqual(placeholders(said), placeholders(english), `${locale} ${english}`);
    });
    it(`${locale}: every shared phrase`, () => {
      assert.deepEqual(Object.keys(catalogue.phrases).sort(), Object.keys(PHRASES).sort());
      for (const [id, english] of Object.entries(PHRASES))
        assert.deepEqual(placeholders(catalogue.phrases[id]), placeholders(english), `${locale} phrase ${id}`);
    });
  }
});

describe('locale selection', () => {
  it('a tag resolves to its language; anything else is English', () => {
    assert.deepEqual(['fr', 'fr_FR.UTF-8', 'it-IT', 'IT', 'en-GB', 'de', 'C.UTF-8', '', undefined].map(resolveLocale), [
      'fr',
      'fr',
      'it',
      'it',
      'en',
      'en',
      'en',
      'en',
      'en',
    ]);
  });
  it('the environment: MPLAN_LOCALE, else LC_ALL, LC_MESSAGES, LANG, else English', () => {
    assert.equal(localeFromEnv({ MPLAN_LOCALE: 'it', LC_ALL: 'fr_FR.UTF-8' }), 'it');
    assert.equal(localeFromEnv({ MPLAN_LOCALE: '', LC_ALL: 'fr_FR.UTF-8', LANG: 'it_IT.UTF-8' }), 'fr');
    assert.equal(localeFromEnv({ LC_MESSAGES: 'it_IT', LANG: 'fr_FR' }), 'it');
    assert.equal(localeFromEnv({ LANG: 'fr_FR.UTF-8' }), 'fr');
    assert.equal(localeFromEnv({ LANG: 'de_DE.UTF-8' }), 'en');
    assert.equal(localeFromEnv({}), 'en');
  });
});

describe('questforge findings rendered in French and Italian', () => {
  const findings = checkPaths([path.join(EXAMPLES, 'questforge')]).findings;
  const byCode = (locale: 'fr' | 'it', code: string): string => {
    const f = localizeFindings(findings, locale).find((x) => x.code === code);
    assert.ok(f, code);
    return f.message;
  };

  it('MP101, MP201, MP403 in French', () => {
    assert.equal(
      byCode('fr', 'MP101'),
      'l’audience exclut les femmes et les personnes non binaires du segment Teen gamers 14-18 (teen-gamers), qui couvre les 14-18 ans et tous les genres : la campagne Spring launch ads (spring-launch) ne touche que les hommes',
    );
    assert.equal(
      byCode('fr', 'MP201'),
      'la campagne Spring launch ads (spring-launch) propose le produit QuestForge (questforge) à 39,99 : le prix le plus bas autorisé est son prix plancher de 44,99',
    );
    assert.equal(
      byCode('fr', 'MP403'),
      'la campagne Spring launch ads (spring-launch) cible les 14-18 ans, sous l’âge de la majorité de 18 ans, sans validation de conformité',
    );
  });

  it('MP101, MP201, MP403 in Italian', () => {
    assert.equal(
      byCode('it', 'MP101'),
      'il pubblico esclude le donne e le persone non binarie del segmento Teen gamers 14-18 (teen-gamers), che comprende i 14-18 anni e persone di ogni genere: la campagna Spring launch ads (spring-launch) raggiunge solo gli uomini',
    );
    assert.equal(
      byCode('it', 'MP201'),
      'la campagna Spring launch ads (spring-launch) offre il prodotto QuestForge (questforge) a 39,99: il prezzo più basso consentito è il suo prezzo minimo di 44,99',
    );
    assert.equal(
      byCode('it', 'MP403'),
      'la campagna Spring launch ads (spring-launch) ha come target i 14-18 anni, sotto la maggiore età di 18 anni, senza approvazione di conformità',
    );
  });

  it('only the texts change (message, related messages, fix titles): codes, places, ids and data stay', () => {
    const strip = (f: (typeof findings)[number]): unknown => ({
      ...f,
      message: '',
      related: f.related.map((r) => ({ ...r, message: '' })),
      fixes: f.fixes.map((x) => ({ ...x, title: '' })),
    });
    assert.deepEqual(localizeFindings(findings, 'fr').map(strip), findings.map(strip));
    assert.deepEqual(localizeFindings(findings, 'en'), findings);
  });

  it('fix titles and related messages in French and Italian, exact', () => {
    const texts = (locale: 'en' | 'fr' | 'it', code: string): { titles: string[]; related: string[] } => {
      const f = localizeFindings(findings, locale).find((x) => x.code === code);
      assert.ok(f, code);
      return { titles: f.fixes.map((x) => x.title), related: f.related.map((r) => r.message) };
    };
    assert.deepEqual(texts('en', 'MP103'), {
      titles: ['Remove channel tv from campaign spring-launch', 'Add tv to the channels of segment teen-gamers'],
      related: ['segment teen-gamers can be reached on tiktok, youtube, twitch'],
    });
    assert.deepEqual(texts('fr', 'MP103'), {
      titles: ['Retirer le canal tv de la campagne spring-launch', 'Ajouter tv aux canaux du segment teen-gamers'],
      related: ['le segment teen-gamers est joignable sur tiktok, youtube, twitch'],
    });
    assert.deepEqual(texts('it', 'MP103'), {
      titles: ['Togli il canale tv dalla campagna spring-launch', 'Aggiungi tv ai canali del segmento teen-gamers'],
      related: ['il segmento teen-gamers si raggiunge su tiktok, youtube, twitch'],
    });
    assert.deepEqual(texts('fr', 'MP201'), {
      titles: ['Fixer le prix au plancher de 44,99'],
      related: ['le prix plancher du produit questforge : 44,99'],
    });
    assert.deepEqual(texts('it', 'MP202'), {
      titles: ['Porta il prezzo a 45,00, uno sconto del 25% (il massimo)'],
      related: ['lo sconto massimo del prodotto questforge: 25%'],
    });
    assert.deepEqual(texts('fr', 'MP502').related, [
      'la campagne spring-launch laisse de côté les femmes et les personnes non binaires du segment teen-gamers',
    ]);
    assert.deepEqual(texts('it', 'MP403').titles, ['Inserisci uno schema di approvazione di conformità (compliance)']);
  });
});

describe('fix titles and related messages say money, percentages, dates and kinds the locale way', () => {
  const say = (code: string, id: string, data: Record<string, string>, locale: 'en' | 'fr' | 'it'): string =>
    renderRuleMessage(code, (findRule(code) ?? assert.fail(code)).meta.messages, id, data, locale);
  it('MP005: the kind of the stub is a noun of the locale', () => {
    assert.equal(say('MP005', 'fix.create', { kind: 'valueProp', id: 'fast' }, 'en'), 'Create value proposition fast');
    assert.equal(say('MP005', 'fix.create', { kind: 'valueProp', id: 'fast' }, 'fr'), 'Créer proposition de valeur fast');
    assert.equal(say('MP005', 'fix.create', { kind: 'segment', id: 'teens' }, 'it'), 'Crea segmento teens');
  });
  it('MP205, MP302, MP404: money, percentages and dates', () => {
    const data = { discount: '12.5%', price: '52.49', wtp: '52.49' };
    assert.equal(
      say('MP205', 'fix.discount', data, 'en'),
      'Set the discount to 12.5%, a price of 52.49 within the willingness to pay 52.49',
    );
    assert.equal(
      say('MP205', 'fix.discount', data, 'fr'),
      'Fixer la remise à 12,5\u00a0%, soit un prix de 52,49 dans le consentement à payer de 52,49',
    );
    assert.equal(say('MP302', 'fix.clampStart', { bound: '2027-03-01' }, 'en'), 'Clamp the start to the plan period: 2027-03-01');
    assert.equal(say('MP302', 'fix.clampStart', { bound: '2027-03-01' }, 'fr'), 'Ramener le début dans la période du plan : 1er mars 2027');
    assert.equal(
      say('MP404', 'related.budgets', { campaign: 'launch', budget: '80000' }, 'it'),
      'la campagna launch ha un budget di 80.000',
    );
  });
});
