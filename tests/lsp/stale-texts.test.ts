import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { CodeActionRequest, DefinitionRequest, RenameRequest, type CodeAction, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspClient, uri } from '../support/lsp-client';
import { EXAMPLES, removeDir, tempCopy } from '../support/fixtures';
import { applyWorkspaceEdit } from '../support/apply-lsp-edit';
import { parseFile } from '../../server/src/engine/parse/parse-file';

const PLAN = fs.readFileSync(path.join(EXAMPLES, 'questforge/plan.mplan.yaml'), 'utf8');
const LAUNCH = fs.readFileSync(path.join(EXAMPLES, 'questforge/campaigns/launch.mplan.yaml'), 'utf8');
/** The plan with a syntax error in its first lines: every offset below it moves. */
const BROKEN_PLAN = `notes: [unclosed\n${PLAN}`;
const at = (line: number, character: number): { line: number; character: number } => ({ line, character });

describe('fixes and places are computed on current texts only', () => {
  let dir: string;
  let client: LspClient;
  let planUri: string;
  let launchUri: string;
  before(async () => {
    dir = tempCopy('questforge');
    planUri = uri(path.join(dir, 'plan.mplan.yaml'));
    launchUri = uri(path.join(dir, 'campaigns/launch.mplan.yaml'));
    client = new LspClient();
    await client.initialize(dir);
    await client.open(planUri, PLAN);
    await client.open(launchUri, LAUNCH);
    await client.diagnosticsFor(launchUri, (d) => d.length === 8);
  });
  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  const tvActions = async (): Promise<CodeAction[]> =>
    (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: launchUri },
      range: { start: at(11, 34), end: at(11, 34) },
      context: { diagnostics: [] },
    })) as CodeAction[];

  it('offers no fix into a file of the scope that has a syntax error, and omits related places in it', async () => {
    await client.change(planUri, BROKEN_PLAN);
    await client.diagnosticsFor(planUri, (d) => d.some((x) => x.code === 'MP001'));
    const launch = await client.diagnosticsFor(launchUri, (d) => d.length === 8 && d.every((x) => !x.relatedInformation));
    // The campaign's findings still stand (the plan's last valid version stands in), without places in the broken plan.
    assert.deepEqual(
      launch.map((d) => d.code),
      ['MP403', 'MP101', 'MP103', 'MP104', 'MP201', 'MP202', 'MP204', 'MP402'],
    );
    assert.deepEqual(
      (await tvActions()).map((a) => a.title),
      ['Remove channel tv from campaign spring-launch', 'Disable MP103 for this line', 'Disable MP103 for this file'],
    );
    assert.equal(await client.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: launchUri }, position: at(6, 20) }), null);
    await assert.rejects(
      client.conn.sendRequest(RenameRequest.type, { textDocument: { uri: launchUri }, position: at(6, 20), newName: 'teens' }),
      { message: 'Cannot rename while plan.mplan.yaml has a syntax error: fix it first.' },
    );
  });

  it('offers the fix again once the file parses, and it edits the right place', async () => {
    await client.change(planUri, PLAN);
    const launch = await client.diagnosticsFor(launchUri, (d) => d.length === 8 && !!d[2].relatedInformation);
    assert.deepEqual(
      launch[2].relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line + 1]),
      [[planUri, 32]],
    );
    const add = (await tvActions()).find((a) => a.title === 'Add tv to the channels of segment teen-gamers');
    assert.ok(add?.edit);
    const fixed = applyWorkspaceEdit(add.edit, { [planUri]: PLAN, [launchUri]: LAUNCH });
    assert.equal(
      fixed[planUri],
      PLAN.replace('      channels: [tiktok, youtube, twitch]\n', '      channels: [tiktok, youtube, twitch, tv]\n'),
    );
    assert.equal(fixed[launchUri], LAUNCH);
  });

  it('never offers an edit into a broken file, nor one not computed on the current text (fuzz)', async () => {
    const lines = (s: string): string[] => s.split('\n');
    /** A random edit of a text: delete, duplicate or garble a line, insert an unclosed list, or truncate. */
    const edit = (src: string, kinds: string[]) =>
      fc.tuple(fc.nat(), fc.constantFrom(...kinds)).map(([n, kind]) => {
        const ls = lines(src);
        const i = n % ls.length;
        if (kind === 'delete') return [...ls.slice(0, i), ...ls.slice(i + 1)].join('\n');
        if (kind === 'duplicate') return [...ls.slice(0, i + 1), ls[i], ...ls.slice(i + 1)].join('\n');
        if (kind === 'garble') return [...ls.slice(0, i), `${ls[i]} [{&*`, ...ls.slice(i + 1)].join('\n');
        if (kind === 'truncate') return src.slice(0, n % src.length);
        if (kind === 'break') return [...ls.slice(0, i), 'notes: [unclosed', ...ls.slice(i)].join('\n');
        return src;
      });
    const broken = (file: string, text: string): boolean => parseFile(file, text).syntaxErrors.length > 0;
    let brokenRuns = 0;
    let checkedEdits = 0;
    await fc.assert(
      fc.asyncProperty(
        edit(PLAN, ['delete', 'duplicate', 'garble', 'truncate', 'break', 'same']),
        edit(LAUNCH, ['delete', 'duplicate', 'same', 'same', 'garble']),
        async (plan, launch) => {
          await client.change(planUri, plan);
          await client.change(launchUri, launch);
          const texts: Record<string, string> = { [planUri]: plan, [launchUri]: launch };
          const isBroken: Record<string, boolean> = {
            [planUri]: broken(path.join(dir, 'plan.mplan.yaml'), plan),
            [launchUri]: broken(path.join(dir, 'campaigns/launch.mplan.yaml'), launch),
          };
          if (isBroken[planUri]) brokenRuns++;
          const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: launchUri },
            range: { start: at(0, 0), end: at(lines(launch).length, 0) },
            context: { diagnostics: [] },
          })) as CodeAction[];
          const all = (await client.conn.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: launchUri },
            range: { start: at(0, 0), end: at(0, 0) },
            context: { diagnostics: [], only: ['source.fixAll.mplan'] },
          })) as CodeAction[];
          for (const a of [...actions, ...all]) {
            const changes = (a.edit as WorkspaceEdit).changes ?? {};
            for (const [u, edits] of Object.entries(changes)) {
              assert.ok(u in texts, `${a.title}: edits a known document`);
              assert.equal(isBroken[u], false, `${a.title}: no edit into a broken file`);
              const ls = lines(texts[u]);
              for (const e of edits) {
                for (const p of [e.range.start, e.range.end]) {
                  assert.ok(
                    p.line < ls.length && p.character <= ls[p.line].length,
                    `${a.title}: ${JSON.stringify(p)} lies in the current text`,
                  );
                }
                checkedEdits++;
              }
            }
            // Computed on the current text: a fix of a text that parses gives a text that still parses.
            const after = applyWorkspaceEdit(a.edit as WorkspaceEdit, texts);
            for (const [u, t] of Object.entries(after)) {
              if (!isBroken[u] && t !== texts[u]) assert.equal(broken(u, t), false, `${a.title}: the fixed text of ${u} parses`);
            }
          }
        },
      ),
      { numRuns: 60, seed: 20271128 },
    );
    assert.ok(brokenRuns >= 10, `the plan was broken in ${brokenRuns} runs`);
    assert.ok(checkedEdits >= 50, `${checkedEdits} edits checked`);
  });
});
