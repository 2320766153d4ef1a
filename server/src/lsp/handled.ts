/**
 * Which documents the server handles: plan files (`*.mplan.yaml`, `*.mplan.yml`)
 * and `mplan.config.yaml`, whatever language id the client gives them. Any other
 * document (a `docker-compose.yml`, a workflow) gets nothing and is not indexed.
 */
import * as path from 'node:path';
import { CONFIG_FILE, isPlanFile } from '../engine/scope/scopes';
import { isFileKey } from './convert';

const PLAN_LANGUAGE_ID = 'marketing-plan';

export function isConfigKey(key: string): boolean {
  return path.basename(key) === CONFIG_FILE;
}

/**
 * A file is handled by its name alone. A document that is not a file (an
 * untitled buffer) has no name to go by: it is handled when its URI ends like a
 * plan file, or when the client says it is a marketing plan.
 */
export function isHandledKey(key: string, languageId?: string): boolean {
  if (isFileKey(key)) return isPlanFile(key) || isConfigKey(key);
  return isPlanFile(key) || languageId === PLAN_LANGUAGE_ID;
}
