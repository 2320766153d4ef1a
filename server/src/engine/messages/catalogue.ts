/** A locale's catalogue: every rule's message templates by rule code, the shared phrases, how lists end. */
import type { MessageTemplates } from './message';

export interface Catalogue {
  /** The word that joins the last two items of a list, with its spaces (" and "). */
  readonly listAnd: string;
  /** The shared phrases (phrases.ts), by phrase id. */
  readonly phrases: MessageTemplates;
  /** Each rule's templates, by rule code then message id. */
  readonly rules: Readonly<Record<string, MessageTemplates>>;
  /** Each rule's one-line summary, by rule code (hover cards, `mplan explain`); explanations are in `<locale>-explanations.ts`. */
  readonly summaries: Readonly<Record<string, string>>;
  /** The editor's own texts (editor.ts): hover cards, code lenses, code action titles. */
  readonly editor: MessageTemplates;
  /** The format's field descriptions (the schema's, shown on hover over a key), by their English text. */
  readonly keyDocs: Readonly<Record<string, string>>;
}

/** A rule's words for people, translated: its one-line summary and its explanation. */
export interface RuleText {
  readonly summary: string;
  readonly explanation: string;
}

export type RuleTexts = Readonly<Record<string, RuleText>>;
