/** The edit that rewrites a date field, keeping its quoting. */
import { isScalar } from 'yaml';
import type { TextEdit } from '../../findings';
import { replaceNode, replaceScalar } from '../../fix/edits';
import type { Field } from '../../model/types';
import type { ParsedFile } from '../../parse/parse-file';

export function setDate(file: ParsedFile, field: Field<string>, date: string): TextEdit {
  return isScalar(field.node) ? replaceScalar(file, field.node, date) : replaceNode(file, field.node, date);
}
