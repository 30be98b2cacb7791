/**
 * What the engine is given: the receipt as the register sent it and what the ledger knows about the
 * member and the company at that moment. Amounts are decimal.js values, as in the ledger.
 */
import type Decimal from 'decimal.js';
import type { LocalDateTimeText, ProductSelector } from './definition';

export type Channel = 'POS' | 'ONLINE' | 'MOBILE';

/** One receipt line. */
export interface ReceiptLine {
  lineNo: number;
  sku: string;
  /** Root → leaf, e.g. ['drinks', 'coffee']; a category selector matches any level of it. */
  categoryPath: readonly string[];
  brand: string | null;
  /** Price of one unit (money); the line amount is price × quantity rounded down to the cent, as the ledger does. */
  price: Decimal;
  /** Units, or a weight (up to 3 decimals); N_FOR_M counts whole units only. */
  quantity: Decimal;
  /** The register's own discount on the line, in money (0 when none), at most the line amount. */
  registerDiscount: Decimal;
}

export interface ReceiptInput {
  lines: readonly ReceiptLine[];
  pointOfSaleId: string;
  channel: Channel;
  /** The register's wall clock, `YYYY-MM-DDTHH:MM`: periods, days of week and hours are judged on it. */
  localTime: LocalDateTimeText;
  /** The bonus currency of the receipt's program. */
  currency: string;
}

/** What the member filters look at; null member = an anonymous receipt. */
export interface MemberFacts {
  state: string;
  audienceIds: ReadonlySet<string>;
  /** The purchase this receipt would be for the member: 1 for the first. */
  purchaseOrdinal: number;
}

export interface EvaluationContext {
  member: MemberFacts | null;
  /** Offers whose coupon was presented with this receipt. */
  couponOfferIds: ReadonlySet<string>;
  /** Product lists by id (a list's selectors may name other lists). */
  productLists: ReadonlyMap<string, readonly ProductSelector[]>;
  /** Money still available to offers with a budget (absent: unlimited). Bonuses count at their money value. */
  budgetLeft: ReadonlyMap<string, Decimal>;
  /** The program's base accrual percent (MULTIPLIER offers accrue (value − 1) × this). */
  baseAccrualPercent: Decimal;
  /** The currency of BONUS_POINTS actions that name none. */
  defaultCurrency: string;
  /** Money one bonus unit of a currency is worth; a currency not listed counts 1 money unit per bonus unit. */
  exchangeRates: ReadonlyMap<string, Decimal>;
}

export interface ApplyOptions {
  /** Also explain the offers that did not apply (costs a filter pass over every offer of the snapshot). */
  explainRejections?: boolean;
}
