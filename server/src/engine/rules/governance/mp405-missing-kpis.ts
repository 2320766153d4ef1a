import type { FixSpec, Rule } from '../rule';
import { appendItem, insertKey } from '../../fix/edits';
import { asSeq, findPair } from '../../parse/yaml-nodes';
import { entity } from '../../messages/message';

export const missingKpis: Rule = {
  meta: {
    code: 'MP405',
    name: 'missing-kpis',
    severity: 'warning',
    group: 'governance',
    summary: 'A campaign has no kpis.',
    explanation:
      'The campaign says nothing about how its success will be judged. ' +
      'Without a kpi nobody can tell whether the money worked, so a failing campaign keeps its budget and a good one cannot be scaled. ' +
      'Name at least one metric before launch, such as conversions, sales or leads, with a target where you have one.',
    messages: {
      noKpis: 'campaign {campaign} has no kpis: nothing says how its success is measured',
      'fix.insertKpis': 'Insert kpis: [conversions]',
      'fix.addConversions': 'Add conversions to kpis',
    },
  },
  check(ctx) {
    for (const c of ctx.index.campaigns) {
      // A valid list with items (most campaigns): nothing to look up.
      if (c.kpis?.items.length) continue;
      const pair = findPair(c.map, 'kpis');
      let fix: FixSpec;
      if (!pair) {
        fix = { titleId: 'fix.insertKpis', preferred: true, edits: [insertKey(c.file, c.map, 'kpis', '[conversions]')] };
      } else {
        // A written but invalid `kpis` is MP002's; a valid list with items counts.
        const seq = asSeq(pair.value);
        if (!seq || seq.items.length) continue;
        fix = { titleId: 'fix.addConversions', preferred: true, edits: [appendItem(c.file, seq, 'conversions')] };
      }
      ctx.report({
        file: c.file,
        node: c.idNode,
        messageId: 'noKpis',
        data: { campaign: entity(c) },
        fixes: [fix],
      });
    }
  },
};
