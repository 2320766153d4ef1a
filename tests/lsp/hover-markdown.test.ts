import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient, uri } from '../support/lsp-client';
import { removeDir, tempDir } from '../support/fixtures';

const PLAN = `version: 1
plan: { id: shop, name: Shop, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, mission: Shoes. }
upstream:
  research:
    - id: study
      method: survey
      completed: 2026-10-01
      finding: "Runners <b>love</b> ![x](http://img) & <!-- hidden -->"
  segments:
    - id: runners
      name: "Runners *fast* [click](http://evil.example) \`code\` _u_ ~s~ | a"
      age: 25-45
      channels: [instagram]
      evidence: [study]
  products:
    - id: shoe
      name: "Shoe\\n# Heading"
      segments: [runners]
      valueProps:
        - { id: light, claim: "Light \\\\ <script>x</script>" }
downstream:
  campaigns:
    - id: spring
      name: Spring
      product: shoe
      segments: [runners]
      channels: [instagram]
      message: { valueProps: [light] }
      schedule: { start: 2027-03-01, end: 2027-03-31 }
      kpis: [sales]
      salesReview: { by: sales, on: 2027-02-01 }
`;

describe('hover Markdown escapes text from the plan', () => {
  let dir: string;
  let client: LspClient;
  let planUri: string;
  const hover = async (line: number, character: number): Promise<string> => {
    const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: planUri }, position: { line, character } });
    return (h?.contents as MarkupContent | undefined)?.value ?? '';
  };
  before(async () => {
    dir = tempDir({ 'plan.mplan.yaml': PLAN });
    planUri = uri(path.join(dir, 'plan.mplan.yaml'));
    client = new LspClient();
    await client.initialize(dir);
    await client.open(planUri, PLAN);
  });
  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('escapes a segment name and a research finding', async () => {
    const segment = await hover(25, 18);
    assert.equal(
      segment.split('\n')[0],
      '**segment `runners`** · Runners \\*fast\\* \\[click\\]\\(http://evil.example\\) \\`code\\` \\_u\\_ \\~s\\~ \\| a',
    );
    const research = await hover(13, 18);
    assert.equal(
      research.split('\n').find((l) => l.startsWith('- finding:')),
      '- finding: Runners \\<b\\>love\\</b\\> \\!\\[x\\]\\(http://img\\) \\& \\<\\!-- hidden --\\>',
    );
  });

  it('keeps a name with a line break on its line and escapes a claim', async () => {
    const product = await hover(24, 16);
    assert.equal(product.split('\n')[0], '**product `shoe`** · Shoe # Heading');
    const claim = await hover(27, 32);
    assert.equal(
      claim.split('\n').find((l) => l.startsWith('- claim:')),
      '- claim: Light \\\\ \\<script\\>x\\</script\\>',
    );
  });
});
