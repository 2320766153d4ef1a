/**
 * The editor in French and Italian over stdio (`initialize` `locale`): hover cards, code lenses and their
 * command's message, quick-fix titles, related information, and the diagnostics' `data` (message id and
 * values, whatever the language).
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  CodeActionRequest,
  CodeLensRequest,
  ExecuteCommandRequest,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type Hover,
  type MarkupContent,
} from 'vscode-languageserver-protocol';
import { FULL_CAPABILITIES, LspClient, uri } from '../support/lsp-client';
import { removeDir, tempCopy } from '../support/fixtures';

interface Expected {
  segmentCard: string;
  productCard: string;
  campaignFirstLines: string[];
  ruleCardStart: string;
  keyDoc: string;
  lenses: string[];
  lensMessage: string;
  quickFixes: string[];
  mp103Related: string[];
  mp103FixTitles: string[];
}

const EXPECTED: Record<'fr' | 'it', Expected> = {
  fr: {
    segmentCard:
      '**segment `teen-gamers`** · Teen gamers 14-18\n\n- âge : 14-18\n- genres : tous les genres\n- régions : FR, IT, ES\n- canaux : tiktok, youtube, twitch\n- études à l’appui : teen-trends-2026, price-survey\n- sensibilité au prix : high\n- consentement à payer : 49.99',
    productCard:
      '**produit `questforge`** · QuestForge\n\n- pour les segments : teen-gamers, adult-collectors\n- prix catalogue : 59.99\n- prix plancher : 44.99\n- remise maximale : 25%\n- positionnement : premium\n- disponible : 2027-03-01',
    campaignFirstLines: [
      '**campagne `spring-launch`** · Spring launch ads — sa cohérence avec l’amont',
      '',
      '- segments : `teen-gamers` (14-18, tous les genres, FR, IT, ES)',
      '- audience achetée : 14-18, male, FR, IT, ES',
      '- prix : 39.99 (plancher 44.99)',
      '- commence le 2027-03-01; études : `teen-trends-2026` terminée le 2026-11-30, `price-survey` terminée le 2027-01-20; produit disponible le 2027-03-01',
      '- 8 constats : MP403, MP101, MP103, MP104, MP201, MP202, MP204, MP402',
    ],
    ruleCardStart:
      '**MP201 price-below-floor** (erreur)\n\nLe prix effectif d’une offre est inférieur au prix plancher (`floor`) de son produit.\n\n[Documentation de la règle](https://github.com/mplan-dev/mplan/blob/main/docs/rules/MP201-price-below-floor.md)',
    keyDoc: '**`completed`** : quand ses résultats sont disponibles ; absent, l’étude est toujours en cours',
    lenses: ['1 campagne · 4 contradictions', '1 campagne · 0 contradiction', '2 campagnes · 4 contradictions'],
    lensMessage:
      'segment teen-gamers: 1 campagne: spring-launch (campaigns/launch.mplan.yaml:4); 4 contradictions: MP403 dans campaigns/launch.mplan.yaml:9, MP101 dans campaigns/launch.mplan.yaml:10, MP103 dans campaigns/launch.mplan.yaml:12, MP104 dans campaigns/launch.mplan.yaml:14',
    quickFixes: [
      'Fixer le prix au plancher de 44,99',
      'Désactiver MP201 pour cette ligne',
      'Désactiver MP201 pour ce fichier',
      'Fixer le prix à 45,00, soit 25\u00a0% de remise (le maximum)',
      'Désactiver MP202 pour cette ligne',
      'Désactiver MP202 pour ce fichier',
      'Fixer le prix à 48,00, soit 20\u00a0% de remise (la limite premium)',
      'Désactiver MP204 pour cette ligne',
      'Désactiver MP204 pour ce fichier',
    ],
    mp103Related: ['le segment teen-gamers est joignable sur tiktok, youtube, twitch'],
    mp103FixTitles: ['Retirer le canal tv de la campagne spring-launch', 'Ajouter tv aux canaux du segment teen-gamers'],
  },
  it: {
    segmentCard:
      '**segmento `teen-gamers`** · Teen gamers 14-18\n\n- età: 14-18\n- generi: ogni genere\n- regioni: FR, IT, ES\n- canali: tiktok, youtube, twitch\n- ricerche a supporto: teen-trends-2026, price-survey\n- sensibilità al prezzo: high\n- disponibilità a pagare: 49.99',
    productCard:
      '**prodotto `questforge`** · QuestForge\n\n- per i segmenti: teen-gamers, adult-collectors\n- prezzo di listino: 59.99\n- prezzo minimo: 44.99\n- sconto massimo: 25%\n- posizionamento: premium\n- disponibile: 2027-03-01',
    campaignFirstLines: [
      '**campagna `spring-launch`** · Spring launch ads — la sua coerenza con le scelte a monte',
      '',
      '- segmenti: `teen-gamers` (14-18, ogni genere, FR, IT, ES)',
      '- pubblico acquistato: 14-18, male, FR, IT, ES',
      '- prezzo: 39.99 (minimo 44.99)',
      '- inizia il 2027-03-01; ricerche: `teen-trends-2026` conclusa il 2026-11-30, `price-survey` conclusa il 2027-01-20; prodotto disponibile il 2027-03-01',
      '- 8 segnalazioni: MP403, MP101, MP103, MP104, MP201, MP202, MP204, MP402',
    ],
    ruleCardStart:
      '**MP201 price-below-floor** (errore)\n\nIl prezzo effettivo di un’offerta è sotto il prezzo minimo (`floor`) del suo prodotto.\n\n[Documentazione della regola](https://github.com/mplan-dev/mplan/blob/main/docs/rules/MP201-price-below-floor.md)',
    keyDoc: '**`completed`**: quando i risultati sono disponibili; se manca, la ricerca è ancora in corso',
    lenses: ['1 campagna · 4 contraddizioni', '1 campagna · 0 contraddizioni', '2 campagne · 4 contraddizioni'],
    lensMessage:
      'segmento teen-gamers: 1 campagna: spring-launch (campaigns/launch.mplan.yaml:4); 4 contraddizioni: MP403 in campaigns/launch.mplan.yaml:9, MP101 in campaigns/launch.mplan.yaml:10, MP103 in campaigns/launch.mplan.yaml:12, MP104 in campaigns/launch.mplan.yaml:14',
    quickFixes: [
      'Porta il prezzo al minimo di 44,99',
      'Disattiva MP201 per questa riga',
      'Disattiva MP201 per questo file',
      'Porta il prezzo a 45,00, uno sconto del 25% (il massimo)',
      'Disattiva MP202 per questa riga',
      'Disattiva MP202 per questo file',
      'Porta il prezzo a 48,00, uno sconto del 20% (il limite premium)',
      'Disattiva MP204 per questa riga',
      'Disattiva MP204 per questo file',
    ],
    mp103Related: ['il segmento teen-gamers si raggiunge su tiktok, youtube, twitch'],
    mp103FixTitles: ['Togli il canale tv dalla campagna spring-launch', 'Aggiungi tv ai canali del segmento teen-gamers'],
  },
};

for (const locale of ['fr', 'it'] as const) {
  const want = EXPECTED[locale];
  describe(`the editor in ${locale === 'fr' ? 'French' : 'Italian'} (initialize locale: ${locale})`, () => {
    let dir: string;
    let client: LspClient;
    let launchUri: string;
    let planUri: string;
    let launch: Diagnostic[];
    const hover = async (u: string, line: number, character: number): Promise<string> => {
      const h = (await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: u }, position: { line, character } })) as Hover;
      return (h.contents as MarkupContent).value;
    };
    before(async () => {
      dir = tempCopy('questforge');
      launchUri = uri(path.join(dir, 'campaigns/launch.mplan.yaml'));
      planUri = uri(path.join(dir, 'plan.mplan.yaml'));
      client = new LspClient();
      await client.initializeWith({
        processId: process.pid,
        locale,
        rootUri: uri(dir),
        workspaceFolders: [{ uri: uri(dir), name: 'questforge' }],
        capabilities: FULL_CAPABILITIES,
        initializationOptions: { today: '2027-01-01' },
      });
      launch = await client.diagnosticsFor(launchUri, (d) => d.length === 8);
    });
    after(async () => {
      await client.stop();
      removeDir(dir);
    });

    it('hover cards: a segment and a product reference, a campaign, a finding, a key', async () => {
      assert.equal(await hover(launchUri, 6, 19), want.segmentCard);
      assert.equal(await hover(launchUri, 5, 16), want.productCard);
      assert.deepEqual((await hover(launchUri, 3, 12)).split('\n'), want.campaignFirstLines);
      assert.equal((await hover(launchUri, 16, 16)).split('\n\n---\n\n')[0], want.ruleCardStart);
      assert.equal(await hover(planUri, 15, 8), want.keyDoc);
    });

    it('code lenses and the message of their command', async () => {
      const lenses = (await client.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: planUri } })) ?? [];
      assert.deepEqual(
        lenses.map((l) => l.command?.title),
        want.lenses,
      );
      const command = lenses[0].command;
      assert.ok(command);
      const shown = client.nextMessage();
      await client.conn.sendRequest(ExecuteCommandRequest.type, { command: command.command, arguments: command.arguments });
      assert.equal((await shown).message, want.lensMessage);
    });

    it('quick-fix titles, the fixes and "disable" actions alike', async () => {
      const mp201 = launch.find((d) => d.code === 'MP201');
      assert.ok(mp201);
      const actions = ((await client.conn.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: launchUri },
        range: mp201.range,
        context: { diagnostics: [mp201], only: ['quickfix'] },
      })) ?? []) as CodeAction[];
      assert.deepEqual(
        actions.map((a) => a.title),
        want.quickFixes,
      );
    });

    it('related information in the locale; data carries the message id, its values and the fix titles', () => {
      const mp103 = launch.find((d) => d.code === 'MP103');
      assert.ok(mp103);
      assert.deepEqual(
        mp103.relatedInformation?.map((r) => r.message),
        want.mp103Related,
      );
      assert.deepEqual(mp103.data, {
        code: 'MP103',
        messageId: 'notInSegment',
        data: {
          channel: 'tv',
          campaign: { id: 'spring-launch', name: 'Spring launch ads' },
          segments: {
            list: [
              {
                phrase: 'segment',
                data: { segment: { id: 'teen-gamers', name: 'Teen gamers 14-18' }, channels: { list: ['tiktok', 'youtube', 'twitch'] } },
              },
            ],
          },
        },
        fixTitles: want.mp103FixTitles,
      });
    });
  });
}
