import type { Rule } from '../rule';
import { insertKey } from '../../fix/edits';
import { PlanFile } from '../../../../../schemas/plan';
import { placeholder, schemaAt } from '../../parse/schema-walk';
import { closestWithDistance, distance } from '../../text/closest';

export const schema: Rule = {
  meta: {
    code: 'MP002',
    name: 'schema',
    severity: 'error',
    group: 'structure',
    summary: 'A value has the wrong type, a required key is missing, or a value is malformed.',
    explanation:
      'The plan says something the format cannot read: a missing required key, a value of the wrong kind, an unknown option, or a malformed date, id or percentage. ' +
      'A value that cannot be read is ignored by every other check, so a contradiction behind it goes unseen. ' +
      'Write the value as the format expects; the quick fix inserts a missing key with a placeholder or picks the closest allowed option.',
    messages: {
      problem: '{problem}',
      secondDocument: 'a plan file holds one YAML document; this second document is not read',
      keyNotWord: 'a key must be a word, not a list or a map',
      missingVersion: 'missing version: 1, required in the file that declares plan:',
      floorAboveList: '{place}: the floor {floor:money} is above the list price {list:money}; a floor is at most the list price',
      missingKey: 'missing required key {key} in {place}',
      invalid: '{place}: {expected}',
      invalidGot: '{place}: {expected} (got {got})',
      noValue: '{place} has no value: {expected}',
      valueIsComment: '{place} has no value: the text after # is read as a comment; if it is the value, put it in quotes',
      anyInList: '{place}: any is a word of its own, not a list item; write any',
      notOneOf: '{place}: {value} is not one of {allowed}',
      duplicateKey: 'duplicate key {key}: it is written twice in this map and the first value counts',
      configSecondDocument: 'mplan.config.yaml holds one YAML document; this second document is not read',
      configNotMap: 'mplan.config.yaml must be a map with rules and thresholds',
      sectionNotMap: '{key} must be a map',
      ruleTwice: '{rule} is configured twice: the first entry, {first} on line {line}, counts and this one is ignored',
      badSeverity: 'severity of {rule} must be one of error, warning, info, hint, off',
      cannotTurnOff: '{code} cannot be turned off: a plan that cannot be read cannot be checked',
      badPretestBudget: 'pretestBudget must be an amount of money (a non-negative number)',
      badPremiumDiscountLimit: 'premiumDiscountLimit must be a percentage such as 20%',
      badAdultAge: 'adultAge must be a whole number of years from 0 to 120',
      'fix.insert': 'Insert {key}: {value}',
      'fix.replace': 'Replace with {value}',
      'fix.quote': 'Put the text in quotes: {quoted}',
    },
  },
  check(ctx) {
    for (const [file, problems] of ctx.problems) {
      for (const p of problems) {
        if (p.kind === 'missing-key') {
          const s = schemaAt(PlanFile, p.path);
          const value = s ? placeholder(s, { date: ctx.placeholderDate, currency: ctx.currency }, p.key) : 'TODO';
          ctx.report({
            file,
            span: p.span,
            messageId: p.messageId,
            data: p.data,
            fixes: [
              { titleId: 'fix.insert', titleData: { key: p.key, value }, preferred: true, edits: [insertKey(file, p.map, p.key, value)] },
            ],
          });
        } else if (p.kind === 'schema') {
          const fixes = [];
          if (p.quote) {
            // Not safe: the comment may be a comment.
            const edit = { file: file.path, offset: p.quote.offset, length: p.quote.length, text: p.quote.quoted };
            fixes.push({ titleId: 'fix.quote', titleData: { quoted: p.quote.quoted }, safe: false, edits: [edit] });
          } else if (p.replacement) {
            const edit = { file: file.path, offset: p.span.offset, length: p.span.length, text: p.replacement };
            fixes.push({ titleId: 'fix.replace', titleData: { value: p.replacement }, preferred: true, edits: [edit] });
          } else if (p.enumValues && p.value !== undefined) {
            const near = closestWithDistance(p.value, p.enumValues);
            const best = near?.word ?? [...p.enumValues].sort((a, b) => distance(p.value ?? '', a) - distance(p.value ?? '', b))[0];
            if (best) {
              const quote = file.source.text[p.span.offset];
              const text = quote === '"' || quote === "'" ? `${quote}${best}${quote}` : best;
              const edit = { file: file.path, offset: p.span.offset, length: p.span.length, text };
              fixes.push({ titleId: 'fix.replace', titleData: { value: best }, preferred: true, edits: [edit] });
            }
          }
          ctx.report({ file, span: p.span, messageId: p.messageId, data: p.data, fixes });
        }
      }
    }
    for (const p of ctx.configProblems) {
      if (p.code === 'MP002') ctx.report({ file: p.file, span: p.span, messageId: p.messageId, data: p.data });
    }
  },
};
