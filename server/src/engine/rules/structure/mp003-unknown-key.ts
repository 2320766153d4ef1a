import type { FixSpec, Rule } from '../rule';
import type { KeyWrite, TextEdit } from '../../findings';
import { renameHint, renameSuggestion } from '../../fix/rename';
import type { Span } from '../../text/source-file';

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
    messages: {
      unknownKey: 'unknown key {key} in {place}{hint}',
      unknownConfigKey: 'unknown key {key} in mplan.config.yaml{hint}',
      unknownRule: 'unknown rule {key}{hint}',
      unknownThreshold: 'unknown threshold {key}{hint}',
      hintNone: '',
      hintNear: '; did you mean {near}?',
      hintNearTaken: '; did you mean {near}? ({taken})',
      hintTaken: '; {taken}',
      takenMap: '{key} is already in this map',
      takenConfig: '{key} is already in mplan.config.yaml',
      takenConfigured: '{key} is already configured',
      takenSet: '{key} is already set',
      'fix.rename': 'Rename to {key}',
    },
  },
  check(ctx) {
    for (const [file, problems] of ctx.problems) {
      for (const p of problems) {
        if (p.kind !== 'unknown-key') continue;
        const s = renameSuggestion(p.key, p.known, (k) => p.held.has(k));
        ctx.report({
          file,
          span: p.span,
          messageId: p.messageId,
          data: { ...p.data, hint: renameHint(s, 'takenMap') },
          fixes: s.target ? [renameFix(file.path, p.span, s.target, s.safe, { map: p.map, key: s.target }, p.throughAlias)] : [],
        });
      }
    }
    for (const p of ctx.configProblems) {
      if (p.code !== 'MP003') continue;
      ctx.report({
        file: p.file,
        span: p.span,
        messageId: p.messageId,
        data: p.data,
        fixes: p.suggestion ? [renameFix(p.file.path, p.span, p.suggestion, p.suggestionSafe ?? false, p.writesKey)] : [],
      });
    }
  },
};

/** `throughAlias`: the key is written by an alias (its span is the alias's), so the rename is not offered (see `TextEdit.throughAlias`). */
function renameFix(
  file: string,
  span: Span,
  target: string,
  safe: boolean,
  writesKey: KeyWrite | undefined,
  throughAlias = false,
): FixSpec {
  const edit: TextEdit = { file, offset: span.offset, length: span.length, text: target };
  if (writesKey) edit.writesKey = writesKey;
  if (throughAlias) edit.throughAlias = true;
  return { titleId: 'fix.rename', titleData: { key: target }, safe, preferred: true, edits: [edit] };
}
