import type { Rule } from '../rule';

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
    fixes: [],
    place: "the parser's error range",
    messages: {
      syntax: 'YAML syntax error: {detail}',
      unreadable: 'the file cannot be read as text: {detail}',
      configUnreadable: 'the file cannot be read as text: {detail} (the configuration is not applied)',
      configProblem: '{detail} (the configuration is not applied)',
    },
  },
  check(ctx) {
    for (const file of ctx.scope.files) {
      for (const e of file.syntaxErrors) ctx.report({ file, span: e.span, messageId: file.unreadable !== undefined ? 'unreadable' : 'syntax', data: { detail: e.message } });
    }
    for (const p of ctx.configProblems) {
      if (p.code !== 'MP001') continue;
      if (p.file.unreadable !== undefined) ctx.report({ file: p.file, span: p.span, messageId: 'configUnreadable', data: { detail: p.file.unreadable } });
      else ctx.report({ file: p.file, span: p.span, messageId: 'configProblem', data: { detail: p.message } });
    }
  },
};
