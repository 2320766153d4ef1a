import type { FixSpec, Rule } from '../rule';
import { appendItem, insertKey } from '../../fix/edits';
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
  checkCampaigns(ctx) {
    for (const c of ctx.index.campaigns) {
      // A valid list with items (most campaigns): nothing to look up.
      if (c.kpis?.items.length) continue;
      // A written but invalid `kpis` is MP002's; a list with items counts.
      if (c.invalid.kpis || c.kpis?.seq.count) continue;
      const fix: FixSpec = c.kpis
        ? { titleId: 'fix.addConversions', preferred: true, edits: [appendItem(c.file, c.kpis.seq, 'conversions')] }
        : { titleId: 'fix.insertKpis', preferred: true, edits: [insertKey(c.file, c.map, 'kpis', '[conversions]')] };
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
