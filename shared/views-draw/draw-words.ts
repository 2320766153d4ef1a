/**
 * The words of the drawn views in the reader's language. The English text is
 * the key (as `vscode.l10n.t` keys them): a face passes a table of
 * translations (the CLI from its own locales, the extension from its l10n
 * bundles) and how it writes numbers; nothing here holds a catalogue.
 */
import type { Amount } from '../view-types';
import { moneyLabel } from './money-label';

/** The months' short English names: keys of the words like any other text. */
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface DrawWords {
  /** An English text, or template with `{name}` values, in the reader's language. */
  readonly t: (english: string, values?: Readonly<Record<string, string | number>>) => string;
  /** Money with its currency: `80 000 EUR` in French. */
  readonly money: (amount: Amount, currency: string | undefined) => string;
}

/** Words from a table of translations by English text (missing: English) and a way to write an amount (default: as written). */
export function drawWords(table: Readonly<Record<string, string>> = {}, number: (text: string) => string = (text) => text): DrawWords {
  return {
    t: (english, values = {}) =>
      (table[english] ?? english).replace(/\{(\w+)\}/g, (all, k: string) => (values[k] === undefined ? all : String(values[k]))),
    money: (amount, currency) => moneyLabel({ ...amount, text: number(amount.text) }, currency),
  };
}
