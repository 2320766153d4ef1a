import type { Rule } from '../rule';

export const duplicateId: Rule = {
  meta: {
    code: 'MP004',
    name: 'duplicate-id',
    severity: 'error',
    group: 'structure',
    summary: 'An id is defined twice for the same kind in one scope.',
    explanation:
      'Two segments, products or campaigns with the same id make every reference to that id ambiguous: a campaign may be checked against the wrong segment or price. ' +
      'Ids are unique per kind across all files of a plan. ' +
      'Rename one of the two, and update the references that meant it.',
    messages: {
      sameFile: 'duplicate {kind:kind} id {id}, first defined in this file',
      otherFile: 'duplicate {kind:kind} id {id}, first defined in another file',
      'related.first': 'first definition of {kind:kind} {id}',
    },
  },
  check(ctx) {
    for (const d of ctx.index.duplicates) {
      ctx.report({
        file: d.entity.file,
        node: d.entity.idNode,
        messageId: d.first.file === d.entity.file ? 'sameFile' : 'otherFile',
        data: { kind: d.entity.kind, id: d.entity.id },
        related: [{ file: d.first.file, node: d.first.idNode, messageId: 'related.first', data: { kind: d.first.kind, id: d.first.id } }],
      });
    }
  },
};
