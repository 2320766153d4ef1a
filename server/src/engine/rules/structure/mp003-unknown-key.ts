import type { Rule } from '../rule';
import { closestAll } from '../../text/closest';

export const unknownKey: Rule = {
  meta: {
    code: 'MP003',
    name: 'unknown-key',
    severity: 'warning',
    group: 'structure',
    summary: 'A key the format does not define.',
    explanation:
      'The format does not know this key, so whatever it says is ignored: a misspelt `audiance` means the campaign silently targets the default audience. ' +
      'Unknown keys are usually typos of a real key, and the decision they were meant to record never reaches the checks. ' +
      'Rename the key to the one the format defines, or remove it.',
    fixes: ['rename to the closest known key (safe when it is the only candidate at distance 1)'],
    place: 'the key',
  },
  check(ctx) {
    for (const [file, problems] of ctx.problems) {
      for (const p of problems) {
        if (p.kind !== 'unknown-key') continue;
        const near = closestAll(p.key, p.known);
        const best = near.words[0];
        ctx.report({
          file,
          span: p.span,
          message: best ? `${p.message}; did you mean \`${best}\`?` : p.message,
          fixes: best
            ? [{
                title: `Rename to \`${best}\``,
                safe: near.words.length === 1 && near.distance === 1,
                preferred: true,
                edits: [{ file: file.path, offset: p.span.offset, length: p.span.length, text: best }],
              }]
            : [],
        });
      }
    }
    for (const p of ctx.configProblems) {
      if (p.code !== 'MP003') continue;
      ctx.report({
        file: p.file,
        span: p.span,
        message: p.message,
        fixes: p.suggestion
          ? [{ title: `Rename to \`${p.suggestion}\``, safe: p.suggestionSafe ?? false, preferred: true, edits: [{ file: p.file.path, offset: p.span.offset, length: p.span.length, text: p.suggestion }] }]
          : [],
      });
    }
  },
};
