import type { Rule } from '../rule';
import { unusedSuppression } from './mp000-unused-suppression';
import { yamlSyntax } from './mp001-yaml-syntax';
import { schema } from './mp002-schema';
import { unknownKey } from './mp003-unknown-key';
import { duplicateId } from './mp004-duplicate-id';
import { unknownReference } from './mp005-unknown-reference';
import { ambiguousPercentage } from './mp006-ambiguous-percentage';
import { duplicatePlan } from './mp007-duplicate-plan';
import { misplacedConfig } from './mp008-misplaced-config';

/** The structure rules, in code order. */
export const STRUCTURE_RULES: readonly Rule[] = [
  unusedSuppression,
  yamlSyntax,
  schema,
  unknownKey,
  duplicateId,
  unknownReference,
  ambiguousPercentage,
  duplicatePlan,
  misplacedConfig,
];
