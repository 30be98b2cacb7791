import { isWallClock, wallClockIn } from '../../../infra/time/wall-clock';
import { applyOffers, type ReceiptLine } from '../../../packages/mechanics';
import type { CurrencyWithRules } from '../data/currencies-store';
import type { LedgerSql } from '../data/prisma';
import { confirmedPurchaseCount } from '../data/purchases-store';
import { LedgerError } from '../domain/errors';
import { amount } from '../domain/money';
import type { CalculatedLine, TillOffers } from '../domain/receipt';
import type { LedgerDeps } from './deps';
import type { PosMember } from './pos-member';
import type { KeptOffers } from './settings-cache';
import type { Terminal } from './till';

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * The wall clock, `YYYY-MM-DDTHH:MM`, of the `localTime` a register sent (ISO-8601, with or without
 * its offset): null when it sent none; INVALID_INPUT when it is not such a time.
 */
export function registerClock(localTime: string | null | undefined): string | null {
  if (localTime === null || localTime === undefined) return null;
  const clock = localTime.slice(0, 16);
  if (!LOCAL_TIME.test(localTime) || !isWallClock(clock)) {
    throw new LedgerError('INVALID_INPUT', 'localTime is the register’s ISO-8601 local time, e.g. 2026-12-05T14:30:00+01:00', 'localTime');
  }
  return clock;
}

/** A line as the engine reads it: the SKU, the category path (levels split at `/`), the brand. */
function engineLine(line: CalculatedLine): ReceiptLine {
  return {
    lineNo: line.lineNo,
    sku: line.product,
    categoryPath: (line.category ?? '')
      .split('/')
      .map((level) => level.trim())
      .filter(Boolean),
    brand: line.brand ?? null,
    price: line.price,
    quantity: line.quantity,
    registerDiscount: line.registerDiscount,
  };
}

/** A company's offers as one receipt meets them: where, when, in which currency and for whom. */
export function tillOffers(
  kept: KeptOffers,
  call: {
    pointOfSaleId: string;
    clock: string;
    currency: CurrencyWithRules;
    defaultCurrency: string;
    member: { state: string; purchaseOrdinal: number } | null;
  },
): TillOffers {
  const { currency } = call;
  const context = {
    member: call.member && { state: call.member.state, audienceIds: new Set<string>(), purchaseOrdinal: call.member.purchaseOrdinal },
    couponOfferIds: new Set<string>(),
    productLists: new Map(),
    budgetLeft: new Map(),
    baseAccrualPercent: amount(currency.rules?.baseAccrualPercent ?? 0),
    defaultCurrency: call.defaultCurrency,
    exchangeRates: new Map([[currency.code, amount(currency.exchangeRate)]]),
  };
  return {
    snapshotVersion: kept.version,
    currency: currency.code,
    names: kept.names,
    evaluate: (lines) =>
      applyOffers(
        { lines: lines.map(engineLine), pointOfSaleId: call.pointOfSaleId, channel: 'POS', localTime: call.clock, currency: currency.code },
        kept.index,
        context,
      ),
  };
}

/** Which snapshot a receipt is calculated with: the newest, the one a pending purchase recorded, or the one in force at an offline sale. */
export type SnapshotChoice = { newest: true } | { version: number } | { at: Date };

/**
 * The offers a receipt is calculated with, or null when the company has no snapshot (then the
 * receipt is the program's alone). The snapshot and the company's settings come from what the
 * process keeps; the member's purchases are counted only when an offer asks for their Nth.
 */
export async function offersForReceipt(
  deps: LedgerDeps,
  tx: LedgerSql,
  call: { terminal: Terminal; which: SnapshotChoice; currency: CurrencyWithRules; member: PosMember | null; localTime: string | null | undefined; at: Date },
): Promise<TillOffers | null> {
  const { terminal, which } = call;
  const companyId = terminal.companyId;
  const kept =
    'version' in which
      ? await deps.settings.offersOfVersion(companyId, which.version)
      : 'at' in which
        ? await deps.settings.offersAt(companyId, which.at)
        : await deps.settings.offers(companyId);
  if (!kept) return null;
  // Without the register's clock, the company's at the moment of the sale.
  const clock = registerClock(call.localTime) ?? wallClockIn(call.at, await deps.settings.timeZone(companyId));
  const defaultCurrency = (await deps.settings.currencyByCode(companyId, null))?.code ?? call.currency.code;
  const member = call.member && {
    state: call.member.state,
    purchaseOrdinal: kept.countsPurchases ? (await confirmedPurchaseCount(tx, call.member.memberId)) + 1 : 0,
  };
  return tillOffers(kept, { pointOfSaleId: terminal.pointOfSaleId, clock, currency: call.currency, defaultCurrency, member });
}
