import { replaceListByOne } from '../../fix/list-edits';
import { DOWNSTREAM_METRIC_SET } from '../../scope/scope-index';
import type { Rule } from '../rule';
import { entity, list } from '../../messages/message';

export const upstreamMeasuredBySales: Rule = {
  meta: {
    code: 'MP406',
    name: 'upstream-measured-by-sales',
    severity: 'warning',
    group: 'governance',
    summary: "An initiative's kpis are all downstream metrics.",
    explanation:
      'An upstream initiative, such as winning a new segment or repositioning a product, is judged only by sales or clicks. ' +
      'Those numbers move with every campaign and discount, so they cannot show whether the strategic move worked, and a good move may be dropped after one weak quarter. ' +
      'Measure the initiative by an upstream metric such as segment share, awareness or consideration, and leave sales to the campaigns.',
    messages: {
      downstreamOnly:
        'the initiative {initiative} is measured only by downstream metrics ({kpis}): upstream success is not counted in sales or clicks',
      'fix.replaceKpis': 'Replace the kpis with [segment-share]',
    },
  },
  check(ctx) {
    for (const it of ctx.index.initiatives) {
      const kpis = it.kpis;
      if (!kpis || !kpis.items.length) continue;
      // Every item must be a known downstream metric: an unknown one (MP005) might be a mistyped upstream metric.
      if (kpis.items.length !== kpis.seq.count || !kpis.items.every((k) => DOWNSTREAM_METRIC_SET.has(k.metric))) continue;
      // Replace the kpis list by `[segment-share]`, keeping a block list a block list.
      const edit = replaceListByOne(it.file, kpis.seq, 'segment-share');
      ctx.report({
        file: it.file,
        node: kpis.key,
        messageId: 'downstreamOnly',
        data: { initiative: entity(it), kpis: list(kpis.items.map((k) => k.metric)) },
        fixes: edit ? [{ titleId: 'fix.replaceKpis', preferred: true, edits: [edit] }] : [],
      });
    }
  },
};
