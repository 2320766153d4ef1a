/** Walk the zod schema along a data path: known keys, enum values, placeholders. */
import * as z from 'zod';
import { TEXT_EXPECTED } from '../../../../schemas/plan';

type Schema = z.core.$ZodType;

function defOf(s: Schema): z.core.$ZodTypeDef & Record<string, unknown> {
  return s._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
}

/** Unwrap optional/nullable/default/pipe wrappers. */
function unwrap(s: Schema): Schema {
  let cur = s;
  for (let i = 0; i < 20; i++) {
    const def = defOf(cur);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'readonly') {
      cur = def.innerType as Schema;
    } else if (def.type === 'pipe') {
      cur = def.in as Schema;
    } else break;
  }
  return cur;
}

function objectOption(s: Schema): Schema | undefined {
  const u = unwrap(s);
  const def = defOf(u);
  if (def.type === 'object') return u;
  if (def.type === 'union') {
    for (const o of def.options as Schema[]) {
      const found = objectOption(o);
      if (found) return found;
    }
  }
  return undefined;
}

function arrayOption(s: Schema): Schema | undefined {
  const u = unwrap(s);
  const def = defOf(u);
  if (def.type === 'array') return u;
  if (def.type === 'union') {
    for (const o of def.options as Schema[]) {
      const found = arrayOption(o);
      if (found) return found;
    }
  }
  return undefined;
}

/** The element schema when `s` is (or may be) a list, else `s` itself. */
export function elementIfList(s: Schema | undefined): Schema | undefined {
  if (!s) return s;
  const arr = arrayOption(s);
  return arr ? (defOf(arr).element as Schema) : s;
}

/**
 * The schema at a path of keys as the editor sees it (keys only, no list
 * indices): where the path goes through a list, it steps into its element.
 */
export function schemaAtKeys(root: Schema, keys: readonly string[]): Schema | undefined {
  let cur: Schema | undefined = root;
  for (const k of keys) {
    cur = elementIfList(cur);
    const obj = cur ? objectOption(cur) : undefined;
    const shape = obj ? (defOf(obj).shape as Record<string, Schema>) : undefined;
    cur = shape && Object.hasOwn(shape, k) ? shape[k] : undefined;
  }
  return cur;
}

export function schemaAt(root: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let cur: Schema | undefined = root;
  for (const seg of path) {
    if (!cur) return undefined;
    if (typeof seg === 'number') {
      const arr = arrayOption(cur);
      cur = arr ? (defOf(arr).element as Schema) : undefined;
    } else {
      const obj = objectOption(cur);
      const shape = obj ? (defOf(obj).shape as Record<string, Schema>) : undefined;
      cur = shape ? shape[String(seg)] : undefined;
    }
  }
  return cur;
}

/** True for a free text field (a name, a headline, a note): any text, as opposed to an id, a date or a number. */
export function isTextField(root: Schema, path: readonly PropertyKey[]): boolean {
  const s = schemaAt(root, path);
  if (!s) return false;
  const u = unwrap(s);
  const r = z.safeParse(u, 0);
  return defOf(u).type === 'string' && !r.success && r.error.issues[0]?.message === TEXT_EXPECTED;
}

export function knownKeys(root: Schema, path: readonly PropertyKey[]): string[] {
  const s = schemaAt(root, path);
  const obj = s ? objectOption(s) : undefined;
  return obj ? Object.keys(defOf(obj).shape as Record<string, Schema>) : [];
}

function requiredKeys(s: Schema): string[] {
  const obj = objectOption(s);
  if (!obj) return [];
  const shape = defOf(obj).shape as Record<string, Schema>;
  return Object.keys(shape).filter((k) => defOf(shape[k]).type !== 'optional');
}

export function enumValues(s: Schema): string[] | undefined {
  const u = unwrap(s);
  const def = defOf(u);
  if (def.type === 'enum') return Object.values(def.entries as Record<string, string>);
  return undefined;
}

export interface PlaceholderContext {
  date: string;
  currency: string;
}

/** A YAML flow text for a required key's placeholder (rules.md "Placeholders"). */
export function placeholder(s: Schema, ctx: PlaceholderContext, keyName: string): string {
  const u = unwrap(s);
  const def = defOf(u);
  const meta = (u as unknown as { meta?: () => { description?: string } | undefined }).meta?.();
  const description = meta?.description ?? '';
  switch (def.type) {
    case 'enum':
      return (enumValues(u) ?? ['TODO'])[0];
    case 'literal':
      return String((def.values as unknown[])[0]);
    case 'number':
      return '0';
    case 'array':
      return '[]';
    case 'object': {
      const shape = def.shape as Record<string, Schema>;
      const parts = requiredKeys(u).map((k) => `${k}: ${placeholder(shape[k], ctx, k)}`);
      return parts.length ? `{ ${parts.join(', ')} }` : '{}';
    }
    case 'string':
      if (description.startsWith('a calendar date')) return ctx.date;
      if (description.startsWith('ISO 4217')) return ctx.currency;
      if (description.startsWith('lower-case kebab') || keyName === 'id' || keyName === 'product' || keyName === 'metric') return 'todo';
      return 'TODO';
    default:
      return 'TODO';
  }
}
