/** The client's rule catalogue is generated data: the committed JSON is the registry's metadata now. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { CATALOGUE_FILE, catalogueJsonText } from '../tools/generate';
import { RULES } from '../../server/src/engine/rules/registry';
import { RULE_CATALOGUE } from '../../shared/rule-catalogue';

describe('shared/rule-catalogue.json', () => {
  it('is up to date with the registry (run `npm run gen` when this fails)', () => {
    assert.ok(
      fs.readFileSync(CATALOGUE_FILE, 'utf8') === catalogueJsonText(),
      'shared/rule-catalogue.json is stale: run `npm run gen` and commit the result',
    );
  });

  it('holds every rule in code order, with its docs page', () => {
    assert.deepEqual(
      RULE_CATALOGUE.map((e) => e.code),
      RULES.map((r) => r.meta.code),
    );
    const mp101 = RULE_CATALOGUE.find((e) => e.code === 'MP101');
    assert.deepEqual(mp101 && { name: mp101.name, severity: mp101.severity, group: mp101.group, docs: mp101.docs }, {
      name: 'audience-excludes-segment',
      severity: 'warning',
      group: 'alignment',
      docs: 'docs/rules/MP101-audience-excludes-segment.md',
    });
  });
});
