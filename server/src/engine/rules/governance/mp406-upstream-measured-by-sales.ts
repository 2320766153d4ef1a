import { isNode } from 'yaml';
import type { TextEdit } from '../../findings';
import { replaceNode } from '../../fix/edits';
import { isAliasCopy } from '../../parse/alias-copies';
import type { InitiativeEntity } from '../../model/types';
import { asSeq, findPair, spanOf } from '../../parse/yaml-nodes';
import { DOWNSTREAM_METRIC_SET } from '../../scope/scope-index';
import type { Rule } from '../rule';
import { entity, list } from '../../messages/message';

/** Replace the kpis list by `[segment-share]`, keeping a block list a block list. */
function replaceKpis(it: InitiativeEntity): TextEdit | undefined {
  const seq = asSeq(findPair(it.map, 'kpis')?.value);
  if (!seq) return undefined;
  // Flow, or a list an alias stands for (the alias is replaced by the literal list).
  if (seq.flow || isAliasCopy(seq)) return replaceNode(it.file, seq, '[segment-share]');
  const last = seq.items[seq.items.length - 1];
  if (!seq.range || !isNode(last)) return undefined;
  const from = seq.range[0];
  const lastSpan = spanOf(last, it.file.source);
  const to = lastSpan.offset + lastSpan.length;
  return { file: it.file.path, offset: from, length: to - from, text: '- segment-share' };
}

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
      const seq = asSeq(findPair(it.map, 'kpis')?.value);
      if (!kpis || !seq || !kpis.items.length) continue;
      // Every item must be a known downstream metric: an unknown one (MP005) might be a mistyped upstream metric.
      if (kpis.items.length !== seq.items.length || !kpis.items.every((k) => DOWNSTREAM_METRIC_SET.has(k.metric))) continue;
      const edit = replaceKpis(it);
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
