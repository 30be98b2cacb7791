/** Internal calls other subgraphs make to ask the ledger what only it knows. */

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
  /** Their exchange rates (money one unit pays for), by code. */
  rates: Record<string, string>;
}

/**
 * The internal call through which the offers subgraph asks the ledger for members' active bonuses
 * in one currency, for audiences' balance rules (at their full refresh and preview).
 */
export const ACTIVE_BALANCES_ROUTE = 'active-balances';

export interface ActiveBalancesRequest {
  companyId: string;
  currency: string;
}

export interface ActiveBalancesAnswer {
  /** Every member with an account in the currency: their active bonuses (lots active and unexpired, debts and holds aside). */
  balances: Array<{ memberId: string; active: string }>;
}
