import type { FixSpec, Rule } from '../rule';
import { formatPercent } from '../../model/values';

export const ambiguousPercentage: Rule = {
  meta: {
    code: 'MP006',
    name: 'ambiguous-percentage',
    severity: 'error',
    group: 'structure',
    summary: 'A percentage written as a bare number.',
    explanation:
      'A discount of `25` could mean 25% or 2500%, and `0.25` could mean 25% or a quarter of a percent: pricing checks cannot guess which. ' +
      'A wrong guess lets a clearance-level discount through, or blocks a legitimate one. ' +
      'Write percentages with a percent sign, such as `25%`.',
    messages: {
      bareNumber: '{place}: the bare number {value} is ambiguous as a percentage; write it with %',
      'fix.write': 'Write {value}',
    },
  },
  check(ctx) {
    for (const [file, problems] of ctx.problems) {
      for (const p of problems) {
        if (p.kind !== 'ambiguous-percentage') continue;
        const edit = (text: string): FixSpec['edits'] => [{ file: file.path, offset: p.span.offset, length: p.span.length, text }];
        const fixes: FixSpec[] = [];
        if (p.value === 1) {
          fixes.push(
            { titleId: 'fix.write', titleData: { value: '1%' }, edits: edit('1%') },
            { titleId: 'fix.write', titleData: { value: '100%' }, edits: edit('100%') },
          );
        } else if (p.value >= 0 && p.value <= 100) {
          const bp = p.value < 1 ? Math.round(p.value * 10000) : Math.round(p.value * 100);
          const text = formatPercent(bp);
          fixes.push({ titleId: 'fix.write', titleData: { value: text }, safe: true, preferred: true, edits: edit(text) });
        }
        ctx.report({ file, span: p.span, messageId: p.messageId, data: p.data, fixes });
      }
    }
  },
};
