import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedDocs, readmeWithRules, REPO } from '../tools/rule-docs';
import { RULES } from '../../server/src/engine/rules/registry';
import { REPOSITORY_URL } from '../../server/src/engine/rules/docs-url';

describe('generated rule docs', () => {
  it('docs/rules is up to date with the registry and the test tables (run `npm run gen`)', () => {
    for (const [rel, text] of generatedDocs()) {
      const file = path.join(REPO, rel);
      assert.ok(fs.existsSync(file), `${rel} is missing: run npm run gen`);
      assert.equal(fs.readFileSync(file, 'utf8'), text, `${rel} is stale: run npm run gen`);
    }
  });

  it("README.md's rule table matches the registry (run `npm run gen`)", () => {
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    assert.equal(readme, readmeWithRules(readme), 'README.md rule table is stale: run npm run gen');
    for (const r of RULES) assert.ok(readme.includes(`| ${r.meta.name} |`), `${r.meta.code} in README`);
  });

  it("the docs links point at package.json's repository", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { repository: { url: string } };
    assert.equal(pkg.repository.url, REPOSITORY_URL);
  });

  it('every rule has an explanation of two to five sentences and its own test table', () => {
    const files = new Set<string>();
    const walk = (d: string): void => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(d, e.name));
        else files.add(e.name);
      }
    };
    walk(path.join(REPO, 'tests/rules'));
    for (const r of RULES) {
      const sentences = r.meta.explanation.split(/(?<=[.!?])\s+(?=[A-Z`])/).filter((s) => s.trim());
      assert.ok(sentences.length >= 2 && sentences.length <= 5, `${r.meta.code}: ${sentences.length} sentences`);
      const table = `${r.meta.code.toLowerCase()}-${r.meta.name}.test.ts`;
      assert.ok(files.has(table), `${r.meta.code} has tests/rules/**/${table}`);
    }
  });
});
