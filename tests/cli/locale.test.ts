import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { mplan } from '../support/run-cli';
import { REPO } from '../support/fixtures';

const QF = path.join('examples', 'questforge');
const LAUNCH = path.join(QF, 'campaigns', 'launch.mplan.yaml');
const PLAN = path.join(QF, 'plan.mplan.yaml');

const FRENCH = [
  `${LAUNCH}:9:14: error MP403 la campagne Spring launch ads (spring-launch) cible les 14-18 ans, sous l’âge de la majorité de 18 ans, sans validation de conformité [minors-without-compliance]`,
  `${LAUNCH}:10:18: warning MP101 l’audience exclut les femmes et les personnes non binaires du segment Teen gamers 14-18 (teen-gamers), qui couvre les 14-18 ans et tous les genres : la campagne Spring launch ads (spring-launch) ne touche que les hommes [audience-excludes-segment]`,
  `${LAUNCH}:12:35: warning MP103 la campagne Spring launch ads (spring-launch) utilise le canal tv, où son segment Teen gamers 14-18 (teen-gamers), joignable sur tiktok, youtube et twitch, est injoignable [channel-not-reachable]`,
  `${LAUNCH}:14:22: warning MP104 la proposition de valeur be-the-heroine vise les femmes et les personnes non binaires du segment Teen gamers 14-18 (teen-gamers), que l’audience de la campagne Spring launch ads (spring-launch) exclut [value-prop-not-for-audience]`,
  `${LAUNCH}:17:16: error MP201 la campagne Spring launch ads (spring-launch) propose le produit QuestForge (questforge) à 39,99 : le prix le plus bas autorisé est son prix plancher de 44,99 [price-below-floor]`,
  `${LAUNCH}:17:16: error MP202 la campagne Spring launch ads (spring-launch) propose le produit QuestForge (questforge) à 39,99, soit 33,3\u00a0% de remise sur 59,99 : le prix le plus bas autorisé est 44,99 EUR, soit 25\u00a0% de remise sur 59,99 [discount-exceeds-max]`,
  `${LAUNCH}:17:16: warning MP204 la campagne Spring launch ads (spring-launch) propose le produit premium QuestForge (questforge) à 39,99, soit 33,3\u00a0% de remise sur 59,99 : le prix le plus bas autorisé sur un produit premium est 47,99 EUR, soit 20\u00a0% de remise sur 59,99 [premium-deep-discount]`,
  `${LAUNCH}:19:15: warning MP402 la campagne Spring launch ads (spring-launch) a un budget de 80\u202f000, égal ou supérieur au seuil de prétest de 50\u202f000, et aucun prétest [missing-pretest]`,
  `${PLAN}:65:18: warning MP502 l’initiative Add playable heroines (heroines) vise le segment Teen gamers 14-18 (teen-gamers), mais chaque campagne qui le cible en exclut une partie : Spring launch ads (spring-launch) exclut les femmes et les personnes non binaires [initiative-not-carried]`,
];

const ITALIAN = [
  `${LAUNCH}:9:14: error MP403 la campagna Spring launch ads (spring-launch) ha come target i 14-18 anni, sotto la maggiore età di 18 anni, senza approvazione di conformità [minors-without-compliance]`,
  `${LAUNCH}:10:18: warning MP101 il pubblico esclude le donne e le persone non binarie del segmento Teen gamers 14-18 (teen-gamers), che comprende i 14-18 anni e persone di ogni genere: la campagna Spring launch ads (spring-launch) raggiunge solo gli uomini [audience-excludes-segment]`,
  `${LAUNCH}:12:35: warning MP103 la campagna Spring launch ads (spring-launch) usa il canale tv, dove il suo segmento Teen gamers 14-18 (teen-gamers), raggiungibile su tiktok, youtube e twitch, non è raggiungibile [channel-not-reachable]`,
  `${LAUNCH}:14:22: warning MP104 la proposta di valore be-the-heroine riguarda le donne e le persone non binarie del segmento Teen gamers 14-18 (teen-gamers), che il pubblico della campagna Spring launch ads (spring-launch) esclude [value-prop-not-for-audience]`,
  `${LAUNCH}:17:16: error MP201 la campagna Spring launch ads (spring-launch) offre il prodotto QuestForge (questforge) a 39,99: il prezzo più basso consentito è il suo prezzo minimo di 44,99 [price-below-floor]`,
  `${LAUNCH}:17:16: error MP202 la campagna Spring launch ads (spring-launch) offre il prodotto QuestForge (questforge) a 39,99, uno sconto del 33,3% su 59,99: il prezzo più basso consentito è 44,99 EUR, uno sconto del 25% su 59,99 [discount-exceeds-max]`,
  `${LAUNCH}:17:16: warning MP204 la campagna Spring launch ads (spring-launch) offre il prodotto premium QuestForge (questforge) a 39,99, uno sconto del 33,3% su 59,99: il prezzo più basso consentito su un prodotto premium è 47,99 EUR, uno sconto del 20% su 59,99 [premium-deep-discount]`,
  `${LAUNCH}:19:15: warning MP402 la campagna Spring launch ads (spring-launch) ha un budget di 80.000, pari o superiore alla soglia di pretest di 50.000, e nessun pretest [missing-pretest]`,
  `${PLAN}:65:18: warning MP502 l’iniziativa Add playable heroines (heroines) mira al segmento Teen gamers 14-18 (teen-gamers), ma ogni campagna che vi punta ne esclude una parte: Spring launch ads (spring-launch) esclude le donne e le persone non binarie [initiative-not-carried]`,
];

const findingLines = (stdout: string): string[] => stdout.split('\n').filter((l) => / (error|warning) MP\d{3} /.test(l));

describe('mplan check speaks French and Italian', () => {
  it('--locale fr and --locale it on questforge: the exact standard output (amounts and percentages as the locale writes them), exit 1', () => {
    const fr = mplan(['check', QF, '--locale', 'fr'], REPO);
    assert.deepEqual(
      [fr.code, fr.stderr, fr.stdout],
      [1, '', `${[...FRENCH, '3 erreurs, 6 avertissements dans 2 fichiers.'].join('\n')}\n`],
    );
    const it1 = mplan(['check', QF, '--locale', 'it'], REPO);
    assert.deepEqual([it1.code, it1.stderr, it1.stdout], [1, '', `${[...ITALIAN, '3 errori, 6 avvisi in 2 file.'].join('\n')}\n`]);
  });

  it('SARIF keeps English rule ids, names and descriptions and carries the Italian message', () => {
    interface Sarif {
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string; name: string; shortDescription: { text: string } }> } };
        results: Array<{ ruleId: string; message: { text: string } }>;
      }>;
    }
    const en = JSON.parse(mplan(['check', QF, '--format', 'sarif'], REPO).stdout) as Sarif;
    const it1 = JSON.parse(mplan(['check', QF, '--format', 'sarif', '--locale', 'it'], REPO).stdout) as Sarif;
    assert.deepEqual(it1.runs[0].tool.driver.rules, en.runs[0].tool.driver.rules);
    assert.deepEqual(
      it1.runs[0].results.map((r) => r.ruleId),
      en.runs[0].results.map((r) => r.ruleId),
    );
    assert.equal(
      it1.runs[0].results.find((r) => r.ruleId === 'MP402')?.message.text,
      'la campagna Spring launch ads (spring-launch) ha un budget di 80.000, pari o superiore alla soglia di pretest di 50.000, e nessun pretest',
    );
  });

  it('mplan rules, explain and init in French and Italian', () => {
    assert.equal(
      mplan(['rules', '--locale', 'fr'], REPO).stdout.split('\n')[0],
      'MP000  unused-suppression           hint     Un commentaire de suppression qui ne supprime rien.',
    );
    const ex = mplan(['explain', 'MP206', '--locale', 'it'], REPO).stdout.split('\n');
    assert.deepEqual(ex.slice(-4), [
      'Posizione: la valuta dell’offerta; collegato: la `currency` del piano',
      'Correzioni rapide: impostare la valuta dell’offerta su quella del piano',
      'Documentazione: https://github.com/mplan-dev/mplan/blob/main/docs/rules/it/MP206-currency-mismatch.md',
      '',
    ]);
    assert.equal(mplan(['explain', 'MP303', '--locale', 'fr'], REPO).stdout.split('\n').at(-3), 'Correctifs rapides : aucun');
    const unknown = mplan(['explain', 'MP999', '--locale', 'fr'], REPO);
    assert.deepEqual([unknown.code, unknown.stderr], [2, "mplan: règle inconnue 'MP999' (voir 'mplan rules')\n"]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mplan-init-fr-'));
    try {
      const init = mplan(['init', dir, '--locale', 'fr'], dir);
      assert.equal(init.code, 0);
      assert.equal(init.stdout, `${path.basename(fs.readdirSync(dir)[0])} créé\nContrôlez-le avec : mplan check .\n`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--locale fr: exactly the French findings on questforge, exit 1', () => {
    const r = mplan(['check', QF, '--locale', 'fr'], REPO);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    assert.deepEqual(findingLines(r.stdout), FRENCH);
    assert.equal(r.stdout.split('\n').at(-2), '3 erreurs, 6 avertissements dans 2 fichiers.');
  });

  it('the summary line in Italian: counts in words, singular and plural, and the clean case', () => {
    assert.equal(mplan(['check', QF, '--locale', 'it'], REPO).stdout.split('\n').at(-2), '3 errori, 6 avvisi in 2 file.');
    assert.equal(
      mplan(['check', path.join('examples', 'pulse-fitness'), '--locale', 'it'], REPO)
        .stdout.split('\n')
        .at(-2),
      '1 errore, 7 avvisi, 1 informazione in 1 file.',
    );
    const clean = mplan(['check', path.join('examples', 'northwind-saas'), '--locale', 'it'], REPO);
    assert.equal(clean.code, 0);
    assert.equal(clean.stdout, 'Nessun problema in 1 file.\n');
    assert.equal(
      mplan(['check', path.join('examples', 'northwind-saas'), '--locale', 'fr'], REPO).stdout,
      'Aucun problème dans 1 fichier.\n',
    );
    assert.equal(
      mplan(['check', LAUNCH, '--locale', 'fr', '--format', 'github'], REPO).stdout.split('\n').at(-2),
      '3 erreurs, 5 avertissements dans 1 fichier.',
    );
  });

  it('MPLAN_LOCALE=it, then LANG=fr_FR.UTF-8, then --locale over both', () => {
    const it1 = mplan(['check', LAUNCH], REPO, { MPLAN_LOCALE: 'it' });
    assert.equal(
      findingLines(it1.stdout)[4],
      `${LAUNCH}:17:16: error MP201 la campagna Spring launch ads (spring-launch) offre il prodotto QuestForge (questforge) a 39,99: il prezzo più basso consentito è il suo prezzo minimo di 44,99 [price-below-floor]`,
    );
    const fr = mplan(['check', QF], REPO, { LANG: 'fr_FR.UTF-8' });
    assert.deepEqual(findingLines(fr.stdout), FRENCH);
    const en = mplan(['check', LAUNCH, '--locale', 'en'], REPO, { MPLAN_LOCALE: 'it', LANG: 'fr_FR.UTF-8' });
    assert.equal(
      findingLines(en.stdout)[4],
      `${LAUNCH}:17:16: error MP201 campaign Spring launch ads (spring-launch) offers the product QuestForge (questforge) at 39.99: the lowest allowed price is its floor of 44.99 [price-below-floor]`,
    );
  });

  it('an unknown language in the environment is English; an unknown --locale is a usage error', () => {
    const de = mplan(['check', LAUNCH], REPO, { LANG: 'de_DE.UTF-8' });
    assert.match(findingLines(de.stdout)[4], / error MP201 campaign Spring launch ads/);
    const bad = mplan(['check', LAUNCH, '--locale', 'de'], REPO);
    assert.equal(bad.code, 2);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /option '--locale <locale>' argument 'de' is invalid\. Allowed choices are en, fr, it\./);
  });

  it('JSON keeps its ids and data and carries the French message', () => {
    const en = JSON.parse(mplan(['check', LAUNCH, '--format', 'json'], REPO).stdout) as Array<{
      code: string;
      name: string;
      messageId: string;
      data: unknown;
      message: string;
    }>;
    const fr = JSON.parse(mplan(['check', LAUNCH, '--format', 'json', '--locale', 'fr'], REPO).stdout) as typeof en;
    assert.deepEqual(
      fr.map((f) => [f.code, f.name, f.messageId, f.data]),
      en.map((f) => [f.code, f.name, f.messageId, f.data]),
    );
    assert.equal(
      fr.find((f) => f.code === 'MP201')?.message,
      'la campagne Spring launch ads (spring-launch) propose le produit QuestForge (questforge) à 39,99 : le prix le plus bas autorisé est son prix plancher de 44,99',
    );
  });

  it('mplan explain --locale fr / MPLAN_LOCALE=it: the summary and explanation in that language', () => {
    const fr = mplan(['explain', 'MP201', '--locale', 'fr'], REPO);
    assert.equal(fr.code, 0);
    assert.deepEqual(fr.stdout.split('\n').slice(0, 5), [
      'MP201 price-below-floor (error, pricing)',
      '',
      'Le prix effectif d’une offre est inférieur au prix plancher (`floor`) de son produit.',
      '',
      'La campagne vend le produit sous le prix le plus bas que l’amont autorise. Le prix plancher protège la marge et l’image prix : chaque vente en dessous fait perdre de l’argent, apprend aux clients à attendre la prochaine grosse promotion et peut enfreindre les accords avec les distributeurs et partenaires. Remontez l’offre au prix plancher, ou faites valider un plancher plus bas en amont avant le lancement.',
    ]);
    const it1 = mplan(['explain', 'minors-without-compliance'], REPO, { MPLAN_LOCALE: 'it' });
    assert.equal(
      it1.stdout.split('\n')[2],
      'Il pubblico comprende età sotto `adultAge` e la campagna non ha un’approvazione di conformità (`compliance`).',
    );
    assert.equal(mplan(['explain', 'MP201'], REPO).stdout.split('\n')[2], "An offer's effective price is below its product's `floor`.");
  });
});

describe('mplan check says its notes on standard error in French', () => {
  it('--max-warnings, the baseline notes and the usage errors of standard input: exact stderr with --locale fr', () => {
    const over = mplan(
      ['check', path.join('examples', 'pulse-fitness'), '--exit-zero', '--max-warnings', '0', '--locale', 'fr', '-q'],
      REPO,
    );
    assert.equal(over.stderr, 'mplan: sortie 1 : 7 avertissements, plus que --max-warnings 0\n');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mplan-fr-notes-'));
    const baseline = path.join(dir, 'base.json');
    const shown = path.relative(REPO, baseline);
    const first = mplan(['check', QF, '--baseline', baseline, '--locale', 'fr', '-q'], REPO);
    assert.equal(
      first.stderr,
      `mplan: référence ${shown} écrite avec 9 constats ; désormais, seuls les nouveaux constats sont signalés\n` +
        `mplan: 9 constats figurent dans la référence ${shown} et ne sont pas signalés\n`,
    );
    assert.equal(first.code, 0);
    assert.equal(
      mplan(['check', '-', '--locale', 'fr'], REPO).stderr,
      'mplan: - lit un plan sur l’entrée standard : nommez-le avec --stdin-filename CHEMIN (sa portée est trouvée à partir de là)\n',
    );
    assert.equal(
      mplan(['check', '--update-baseline'], REPO, { MPLAN_LOCALE: 'fr' }).stderr,
      'mplan: --update-baseline demande --baseline FICHIER\n',
    );
    assert.equal(
      mplan(['check', '--update-baseline', '--locale', 'it'], REPO).stderr,
      'mplan: --update-baseline richiede --baseline FILE\n',
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
