/** A locale's catalogue: every rule's message templates by rule code, the shared phrases, how lists end. */
import type { MessageTemplates } from './message';

export interface Catalogue {
  /** The word that joins the last two items of a list, with its spaces (" and "). */
  readonly listAnd: string;
  /** The shared phrases (phrases.ts), by phrase id. */
  readonly phrases: MessageTemplates;
  /** Each rule's templates, by rule code then message id. */
  readonly rules: Readonly<Record<string, MessageTemplates>>;
  /** Each rule's summary and explanation, by rule code. */
}

/** A rule's words for people, translated: its one-line summary and its explanation. */
export interface RuleText {
  readonly summary: string;
  readonly explanation: string;
}

export type RuleTexts = Readonly<Record<string, RuleText>>;
