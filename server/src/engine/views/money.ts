/** Amounts in the plan's style: plain digits, two decimals when the plan writes budgets with decimals or the amount has cents. */
import type { ScopeIndex } from '../scope/scope-index';
import { formatMoney } from '../model/values';
import type { Amount } from './types';

export type AmountOf = (cents: number) => Amount;

export function amountStyle(index: ScopeIndex): AmountOf {
  let decimals = index.plan?.budget?.value.text.includes('.') ?? false;
  for (const c of index.campaigns) decimals ||= c.budget?.value.text.includes('.') ?? false;
  return (cents) => ({ cents, text: formatMoney(cents, decimals || cents % 100 !== 0) });
}
