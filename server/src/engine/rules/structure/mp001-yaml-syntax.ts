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
  },
  check(ctx) {
    for (const file of ctx.scope.files) {
      for (const e of file.syntaxErrors) ctx.report({ file, span: e.span, message: file.unreadable !== undefined ? `the file cannot be read as text: ${e.message}` : `YAML syntax error: ${e.message}` });
    }
    for (const p of ctx.configProblems) {
      if (p.code !== 'MP001') continue;
      const why = p.file.unreadable !== undefined ? `the file cannot be read as text: ${p.file.unreadable}` : p.message;
      ctx.report({ file: p.file, span: p.span, message: `${why} (the configuration is not applied)` });
    }
  },
};
