import type { FriendlyError } from '../../parse/friendly-errors';
import type { ParsedFile } from '../../parse/parse-file';
import type { FixSpec, Rule, RuleContext } from '../rule';

/** A known mistake reported in a marketer's terms, the parser's own text kept in `detail`; quoting a text with a colon is its fix. */
function reportFriendly(ctx: RuleContext, file: ParsedFile, f: FriendlyError, detail: string, inConfig: boolean): void {
  const fixes: FixSpec[] =
    f.quoted !== undefined
      ? [
          {
            titleId: 'fix.quote',
            titleData: { quoted: f.quoted },
            preferred: true,
            edits: [{ file: file.path, offset: f.span.offset, length: f.span.length, text: f.quoted }],
          },
        ]
      : [];
  ctx.report({ file, span: f.span, messageId: inConfig ? `${f.kind}InConfig` : f.kind, data: { ...f.data, detail }, fixes });
}

export const yamlSyntax: Rule = {
  meta: {
    code: 'MP001',
    name: 'yaml-syntax',
    severity: 'error',
    group: 'structure',
    summary: 'The file is not valid YAML.',
    explanation:
      'The file cannot be read as YAML, so nothing in it can be checked against the rest of the plan. ' +
      'Until it parses, campaigns in it may contradict upstream decisions unnoticed. ' +
      'Fix the syntax at the marked place: usually indentation, a missing colon, an unclosed bracket or quote, or a tab used for indentation.',
    messages: {
      colonInText:
        'the text of {key} holds a colon followed by a space, which YAML reads as the start of another key: put the whole text in quotes, as in {key}: {quoted}',
      hashInText:
        'a # after a space starts a comment, which hides the rest of the line and its closing {closer}: put the text in quotes, as in {quoted}',
      tabIndent: 'this line is indented with a tab: YAML indents with spaces only, so replace the tab with spaces',
      unclosedQuote: 'this quote ({quote}) opens a text that is never closed: add the closing {quote} at the end of the text',
      listIndent: 'this list item is not lined up with the items above it: start its dash at column {column}, as theirs',
      colonInTextInConfig:
        'the text of {key} holds a colon followed by a space, which YAML reads as the start of another key: put the whole text in quotes, as in {key}: {quoted} (the configuration is not applied)',
      hashInTextInConfig:
        'a # after a space starts a comment, which hides the rest of the line and its closing {closer}: put the text in quotes, as in {quoted} (the configuration is not applied)',
      tabIndentInConfig:
        'this line is indented with a tab: YAML indents with spaces only, so replace the tab with spaces (the configuration is not applied)',
      unclosedQuoteInConfig:
        'this quote ({quote}) opens a text that is never closed: add the closing {quote} at the end of the text (the configuration is not applied)',
      listIndentInConfig:
        'this list item is not lined up with the items above it: start its dash at column {column}, as theirs (the configuration is not applied)',
      syntax: 'YAML syntax error: {detail}',
      unreadable: 'the file cannot be read as text: {detail}',
      configUnreadable: 'the file cannot be read as text: {detail} (the configuration is not applied)',
      configSyntax: 'YAML syntax error: {detail} (the configuration is not applied)',
      'fix.quote': 'Put the text in quotes: {quoted}',
    },
  },
  check(ctx) {
    for (const file of ctx.scope.files) {
      for (const e of file.syntaxErrors) {
        if (e.friendly) reportFriendly(ctx, file, e.friendly, e.message, false);
        else
          ctx.report({
            file,
            span: e.span,
            messageId: file.unreadable !== undefined ? 'unreadable' : 'syntax',
            data: { detail: e.message },
          });
      }
    }
    for (const p of ctx.configProblems) {
      if (p.code !== 'MP001') continue;
      const detail = typeof p.data.detail === 'string' ? p.data.detail : '';
      if (p.friendly) reportFriendly(ctx, p.file, p.friendly, detail, true);
      else if (p.file.unreadable !== undefined)
        ctx.report({ file: p.file, span: p.span, messageId: 'configUnreadable', data: { detail: p.file.unreadable } });
      else ctx.report({ file: p.file, span: p.span, messageId: p.messageId, data: p.data });
    }
  },
};
