/**
 * The internal call through which the offers subgraph asks the ledger, which owns bonus currencies,
 * which of the codes an offer names the company has: an offer's bonuses or deduction in a currency
 * the company lacks would give nothing at the ledger, so it is refused when written instead.
 */
export const KNOWN_CURRENCIES_ROUTE = 'known-currencies';

export interface KnownCurrenciesRequest {
  companyId: string;
  codes: string[];
}

export interface KnownCurrenciesAnswer {
  /** The codes asked for that the company has (its default one always: the ledger makes it at first use). */
  known: string[];
}
