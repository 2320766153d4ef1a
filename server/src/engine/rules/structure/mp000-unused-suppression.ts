import type { Rule } from '../rule';
import type { Directive, SuppressionToken } from '../../suppress/suppressions';
import type { ParsedFile } from '../../parse/parse-file';
import type { TextEdit } from '../../findings';

export const unusedSuppression: Rule = {
  meta: {
    code: 'MP000',
    name: 'unused-suppression',
    severity: 'hint',
    group: 'structure',
    summary: 'A suppression comment that suppresses nothing.',
    explanation:
      'A `mplan-disable` comment silences a finding on purpose, so reviewers trust that each one still hides a real, accepted exception. ' +
      'When the plan changes and the finding goes away, or the comment names an unknown or switched-off rule, the comment silently hides nothing and misleads the next reader. ' +
      'Remove the code from the comment, or the whole comment when it was the last one.',
    messages: {
      unknown: 'unused suppression: {word} is not a rule code or name',
      unknownProse: 'unused suppression: {word} is not a rule code or name; a reason for the reader goes after --',
      off: 'unused suppression: {word} is off in the configuration',
      nothingHere: 'unused suppression: {word} reports nothing here',
      'fix.removeComment': 'Remove the unused suppression comment',
      'fix.removeWord': 'Remove {word} from the suppression comment',
    },
  },
  afterSuppression: true,
  check(ctx) {
    for (const [file, directives] of ctx.directives) {
      for (const d of directives) {
        for (const t of d.tokens) {
          if (t.used) continue;
          const code = ctx.codeOf(t.word);
          const prose = !code && !codeShaped(t.word);
          const messageId = !code ? (prose ? 'unknownProse' : 'unknown') : ctx.settingOf(code) === 'off' ? 'off' : 'nothingHere';
          ctx.report({
            file,
            span: t.span,
            messageId,
            data: { word: t.word },
            // A word that looks like neither a code nor a rule name is likely a reason written without ` -- `: never removed unasked.
            fixes: [
              {
                titleId: wholeComment(d) ? 'fix.removeComment' : 'fix.removeWord',
                titleData: { word: t.word },
                safe: wholeComment(d) ? d.tokens.every((x) => ctx.codeOf(x.word) || codeShaped(x.word)) : !prose,
                preferred: true,
                edits: [removal(file, d, t)],
              },
            ],
          });
        }
      }
    }
  },
};

/** A code (`MP123`) or a rule name's shape (words joined by `-`), known or not. */
const codeShaped = (word: string): boolean => /^MP\d+$/i.test(word) || /^[a-z0-9]+(-[a-z0-9]+)+$/i.test(word);

/** The whole comment goes when none of its codes is used. */
const wholeComment = (d: Directive): boolean => d.tokens.every((x) => !x.used);

function removal(file: ParsedFile, d: Directive, t: SuppressionToken): TextEdit {
  const text = file.source.text;
  if (!wholeComment(d)) {
    // Remove the word with the separator before it (or after it, for the first word).
    const idx = d.tokens.indexOf(t);
    if (idx > 0) {
      const prev = d.tokens[idx - 1];
      const from = prev.span.offset + prev.span.length;
      return { file: file.path, offset: from, length: t.span.offset + t.span.length - from, text: '' };
    }
    const next = d.tokens[1];
    return { file: file.path, offset: t.span.offset, length: next.span.offset - t.span.offset, text: '' };
  }
  if (d.ownLine) {
    const from = file.source.lineStart(d.line);
    const to = file.source.lineEndWithBreak(d.line);
    return { file: file.path, offset: from, length: to - from, text: '' };
  }
  let from = d.comment.offset;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return { file: file.path, offset: from, length: d.comment.offset + d.comment.length - from, text: '' };
}
