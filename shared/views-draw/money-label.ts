/** Money as the plan writes it, with its currency. */
import type { Amount } from '../view-types';

/** `80000 EUR`; the bare amount when the plan names no currency. */
export function moneyLabel(amount: Amount, currency: string | undefined): string {
  return currency ? `${amount.text} ${currency}` : amount.text;
}
