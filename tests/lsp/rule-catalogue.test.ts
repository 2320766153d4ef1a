/** `mplan/ruleCatalogue` over a real stdio connection: every rule in code order, its summary and docs page in the client's language. */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { RULE_CATALOGUE, type ResultOf } from '../../shared/protocol';
import { RULES } from '../../server/src/engine/rules/registry';
import { FULL_CAPABILITIES, LspClient, uri } from '../support/lsp-client';
import { removeDir, tempDir } from '../support/fixtures';

const MP101_EXPLANATION = RULES.find((r) => r.meta.code === 'MP101')?.meta.explanation;

for (const [locale, summary, docs] of [
  [
    undefined,
    'The audience leaves out genders, ages or regions of a segment the campaign targets.',
    'docs/rules/MP101-audience-excludes-segment.md',
  ],
  [
    'fr',
    'L’audience exclut des genres, des âges ou des régions d’un segment que la campagne cible.',
    'docs/rules/fr/MP101-audience-excludes-segment.md',
  ],
] as const) {
  describe(`mplan/ruleCatalogue over stdio (locale ${locale ?? 'none: English'})`, () => {
    let dir: string;
    let client: LspClient;
    before(async () => {
      dir = tempDir({ 'shop/plan.mplan.yaml': 'version: 1\n' });
      client = new LspClient();
      await client.initializeWith({
        processId: process.pid,
        ...(locale ? { locale } : {}),
        rootUri: uri(dir),
        workspaceFolders: [{ uri: uri(dir), name: path.basename(dir) }],
        capabilities: FULL_CAPABILITIES,
      });
    });
    after(async () => {
      await client.stop();
      removeDir(dir);
    });

    it('holds every rule in code order; MP101 exactly', async () => {
      const entries: ResultOf<typeof RULE_CATALOGUE> = await client.conn.sendRequest(RULE_CATALOGUE, {});
      assert.deepEqual(
        entries.map((e) => e.code),
        RULES.map((r) => r.meta.code),
      );
      assert.deepEqual(
        entries.find((e) => e.code === 'MP101'),
        {
          code: 'MP101',
          name: 'audience-excludes-segment',
          severity: 'warning',
          group: 'alignment',
          summary,
          explanation: MP101_EXPLANATION,
          docs,
          docsUrl: `https://github.com/mplan-dev/mplan/blob/main/${docs}`,
        },
      );
    });
  });
}
