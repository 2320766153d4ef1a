import type { SegmentEntity } from '../../model/types';
import type { Rule } from '../rule';
import { entity, list } from '../../messages/message';

/** `evidence` absent, written with no value, or an empty list; an invalid value is MP002's. */
function lacksEvidence(s: SegmentEntity): boolean {
  const invalid = s.invalid.evidence;
  if (invalid) return invalid.empty;
  return !s.evidence || s.evidence.seq.count === 0;
}

export const segmentWithoutEvidence: Rule = {
  meta: {
    code: 'MP503',
    name: 'segment-without-evidence',
    severity: 'info',
    group: 'flow',
    summary: 'A segment has no `evidence`: no research is recorded behind it.',
    explanation:
      'The segment names no research that backs it, so the choice of whom to serve rests on opinion rather than on a survey, a trend study or sales data. ' +
      'Every campaign built on it inherits that risk: budget can go to a segment that is smaller, less interested or less able to pay than assumed. ' +
      'List the research that supports the segment in its `evidence`, or plan that research before spending on it.',
    messages: {
      noEvidence: 'the segment {segment} lists no evidence',
      noEvidenceNamed: 'the segment {segment} lists no evidence (the research {research} names it: list it as evidence)',
      'related.informs': 'research {research} informs segment {segment}',
    },
  },
  check(ctx) {
    for (const s of ctx.index.segments) {
      if (!lacksEvidence(s)) continue;
      const naming = ctx.index.researchBacking(s);
      ctx.report({
        file: s.file,
        node: s.idNode,
        messageId: naming.length ? 'noEvidenceNamed' : 'noEvidence',
        data: naming.length ? { segment: entity(s), research: list(naming.map((r) => r.id)) } : { segment: entity(s) },
        related: naming.map((r) => ({
          file: r.file,
          node: r.idNode,
          messageId: 'related.informs',
          data: { research: r.id, segment: s.id },
        })),
      });
    }
  },
};
