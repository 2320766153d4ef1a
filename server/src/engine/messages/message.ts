/**
 * Messages as data: a finding carries a message id and the values it names;
 * faces render it for a locale (render.ts). Rules declare their templates.
 */

/** An entity of the plan, named by its `name` with its id where that disambiguates. */
export interface EntityName {
  readonly id: string;
  readonly name?: string;
}

/** A shared phrase (phrases.ts) by id, with its own values: how sets of people are said. */
export interface Phrase {
  readonly phrase: string;
  readonly data: MessageData;
}

/** A list of values, rendered as a sentence list ("a, b and c"). */
export interface ListArg {
  readonly list: readonly MessageArg[];
}

export type MessageArg = string | number | EntityName | Phrase | ListArg;

export type MessageData = Readonly<Record<string, MessageArg>>;

/** A template per message id; placeholders are `{name}`. */
export type MessageTemplates = Readonly<Record<string, string>>;

/** An entity value for messages: its name (when it has one) and id. */
export function entity(e: { id: string; name?: string | undefined }): EntityName {
  return e.name !== undefined && e.name.trim() !== '' && e.name !== e.id ? { id: e.id, name: e.name } : { id: e.id };
}

export function list(items: readonly MessageArg[]): ListArg {
  return { list: items };
}

export function phrase(id: string, data: MessageData = {}): Phrase {
  return { phrase: id, data };
}
