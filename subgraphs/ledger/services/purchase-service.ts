import { randomUUID } from 'node:crypto';
import type { Identity } from '../../../infra/auth/identity';
import { runTransaction } from '../../../infra/db/transaction';
import type { DomainEvent } from '../../../infra/outbox/outbox-writer';
import { accountsOf, lockAccountsOf, lockPoolFor } from '../data/accounts-store';
import { spendHeldCoupons } from '../data/coupons-store';
import { type CurrencyWithRules, currencyById, spendingOrderOf } from '../data/currencies-store';
import type { OwnSumsMemo } from '../data/limits-store';
import { releaseBudgetHolds, spendBudgetHolds } from '../data/offer-budgets-store';
import { ledgerEventFragments, recordLedgerEvents } from '../data/outbox-store';
import type { LedgerSql, Purchase } from '../data/prisma';
import {
  cancelStalePurchases,
  createPurchase,
  lockedPurchaseRead,
  lockedPurchaseWithMemberSql,
  lockPurchase,
  markPurchaseConfirmed,
  updatePurchase,
} from '../data/purchases-store';
import type { ReadRow } from '../data/read-together';
import { poolOf } from '../data/refs-store';
import { LedgerError } from '../domain/errors';
import { UUID } from '../domain/ids';
import type { LimitedOperation } from '../domain/limits';
import { amount, type Decimal, ZERO } from '../domain/money';
import type { Receipt, ReceiptLineInput, TillOffers } from '../domain/receipt';
import { spendableNowWithOwnSums, spendableNowWithOwnSumsRead } from './balance-reader';
import type { LedgerDeps } from './deps';
import { checkWithinHistory } from './history-bounds';
import { runOnce, runOnceInSql } from './idempotency';
import { checkpointCount, maybeCheckpoint, placeFrom } from './ledger-writer';
import { checkLimits, ownSumsSince, recordingRefusals, recordLimitAlerts } from './limit-guard';
import { lookupGuard } from './lookup-guard';
import { checkPaymentCode, requestPaymentCodeIfRequired } from './payment-codes';
import { createPosMemberLookup, type PosMember, type PosMemberKey } from './pos-member';
import { accrueInOtherCurrencies, accruePurchase } from './purchase-accrual';
import { offerMessagesDue, receiptColumns, rulesOf, type StoredOffers, storedLines } from './purchase-receipt';
import { priceReceipt, type SpendableRead } from './receipt-pricing';
import { pendingAtTill, purchaseMovement, requireTerminal, type Terminal, tillOperation } from './till';
import { budgetSpentEvents, priceWithinBudgets } from './till-budgets';
import { holdCouponsUsed, presentCoupons } from './till-coupons';
import { offersForReceipt } from './till-offers';
import { createNamedMemberReads, type MemberRead, poolRead } from './till-reads';

/** Clock skew tolerated between a register's clock and ours. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
/** How far back an offline register may send its receipts. */
const OFFLINE_MAX_AGE_DAYS = 30;

export interface CalculatePurchaseInput extends PosMemberKey {
  idempotencyKey: string;
  currency?: string | null;
  lines: ReceiptLineInput[];
  payWithBonuses?: Decimal | null;
  /** The register's local time, for offers evaluated in it. */
  localTime?: string | null;
  /** Coupon codes presented with the receipt. */
  coupons?: string[] | null;
  /** Whether to keep why the offers that did not apply did not. */
  explainOffers?: boolean | null;
}

export interface OfflinePurchaseInput extends PosMemberKey {
  idempotencyKey: string;
  currency?: string | null;
  lines: ReceiptLineInput[];
  /** When the register made the sale, with its offset (its local time). */
  occurredAt: Date;
  localTime?: string | null;
}

const NOBODY = { member: null, accountId: null, poolAccounts: [] as string[], accrual: ZERO, payment: ZERO };

type Currency = CurrencyWithRules;
type StoredPurchase = Purchase;
/** A purchase call's answer: the purchase as the call left it, or its id (a replay, or changed since) for the answer to read. */
export type PurchaseAnswer = string | StoredPurchase;

/** What confirming moved: the accrual's lot and events, and the member's account (null without a member). */
interface Applied {
  lotId: string | null;
  /** The lots of offers' bonuses on their own terms. */
  offerLotIds: string[];
  events: DomainEvent[];
  accountId: string | null;
  /** Whether the member takes electronic receipts, as the members subgraph last told (null: not known). */
  takesEReceipts: boolean | null;
  /** The receipt's currency, when the member's accrual read it (an anonymous receipt's is read when announced). */
  currency: CurrencyWithRules | null;
}
const DAY_MS = 24 * 3600_000;

export function createPurchaseService(deps: LedgerDeps, options: { holdMinutes: number }) {
  const posMember = createPosMemberLookup(deps.phoneKeySecrets, deps.readThrough);
  const namedMemberReads = createNamedMemberReads(deps, posMember);
  /** A pending purchase's currency: kept (it never goes away), else read in the transaction. */
  const currencyOf = async (tx: LedgerSql, id: string) => (await deps.settings.currencyById(id)) ?? currencyById(tx, id);

  /**
   * Prices a receipt: the program's rules, with what the member can spend now (less other pending
   * purchases' holds); judged against the limits, which refuse it early rather than at confirmation.
   */
  async function price(
    tx: LedgerSql,
    terminal: Terminal,
    call: {
      operation: LimitedOperation;
      member: PosMember | null;
      currency: Currency;
      lines: ReceiptLineInput[];
      requested: Decimal;
      now: Date;
      except?: string;
      /** The currency was made in this transaction, with its default limits, which no kept copy has yet. */
      limitsInTransaction?: boolean;
      /** What the call read of the member already. */
      read?: MemberRead;
      /** The company's offers for this receipt (offersForReceipt); null: the program's rules alone. */
      offers: TillOffers | null;
    },
  ): Promise<Receipt> {
    const { member, currency, requested, now } = call;
    if (requested.lt(0) || requested.decimalPlaces() > 2) throw new LedgerError('INVALID_AMOUNT', 'payWithBonuses is a non-negative amount', 'payWithBonuses');
    const kept = call.limitsInTransaction ? undefined : await deps.settings.limits(terminal.companyId);
    let context = null;
    let accounts: string[] = [];
    let own: string | null = null;
    let ownSums: OwnSumsMemo = new Map();
    let exactly: SpendableRead | undefined;
    if (member) {
      const readPool = poolRead(call.read, member.memberId, currency.id, requested.gt(0));
      const pool = readPool?.members ?? (await poolOf(tx, member));
      // Holding bonuses must be serialised with other holds and spends of the same pool.
      const found = readPool?.accounts ?? (requested.gt(0) ? await lockAccountsOf(tx, pool, currency.id) : await accountsOf(tx, pool, currency.id));
      accounts = found.map((a) => a.id);
      own = found.find((a) => a.memberId === member.memberId)?.id ?? null;
      const since = ownSumsSince(kept, { currencyId: currency.id, memberId: member.memberId, now });
      const spendable = { pool, accountIds: accounts, currencyId: currency.id, now, except: call.except };
      const read = await spendableNowWithOwnSums(tx, { ...spendable, enough: requested }, { accountId: own, since });
      ownSums = read.ownSums;
      context = { canAccrue: member.canAccrue, canSpend: member.canSpend, spendable: read.spendable };
      if (!read.exact) exactly = spendable;
    }
    const receipt = await priceReceipt(
      tx,
      call.lines,
      { rules: rulesOf(currency), member: context, requestedPayment: requested, offers: call.offers },
      exactly,
    );
    const movement = { currencyId: currency.id, member, accountId: own, poolAccounts: accounts, accrual: receipt.accrual, payment: receipt.bonusPayment, now };
    await checkLimits(tx, purchaseMovement(call.operation, terminal, movement), kept, ownSums);
    return receipt;
  }

  /** Prices the register's receipt for the member it names and records it as a purchase; its accrual's lot dates count from `soldAt`. */
  async function recordReceipt(
    tx: LedgerSql,
    terminal: Terminal,
    input: PosMemberKey & {
      currency?: string | null;
      lines: ReceiptLineInput[];
      localTime?: string | null;
      coupons?: string[] | null;
      explainOffers?: boolean | null;
    },
    read: MemberRead | undefined,
    how: { id: string; operation: LimitedOperation; requested: Decimal; now: Date; soldAt: Date; holdExpiresAt: Date; offline: boolean },
  ): Promise<StoredPurchase> {
    const member = await posMember(tx, terminal.companyId, input, read?.view);
    const { currency, madeHere } = await deps.settings.requireCurrency(tx, terminal.companyId, input.currency);
    // An offline receipt is calculated with the offers in force when it was sold.
    const which = how.offline ? { offlineSale: how.soldAt } : { newest: true as const };
    const coupons = input.coupons?.length
      ? await presentCoupons(tx, { companyId: terminal.companyId, purchaseId: how.id, codes: input.coupons, memberId: member?.memberId ?? null, now: how.now })
      : [];
    const snapshotOffers = await offersForReceipt(deps, tx, {
      terminal,
      which,
      currency,
      member,
      localTime: input.localTime,
      at: how.soldAt,
      coupons,
      lines: input.lines,
      explain: input.explainOffers ?? false,
    });
    const budgets = {
      useId: how.id,
      memberId: member?.memberId ?? null,
      offers: snapshotOffers,
      exchangeRate: amount(currency.exchangeRate),
      now: how.now,
      heldBefore: false,
    };
    const { receipt, offers } = await priceWithinBudgets(tx, budgets, (offers) =>
      price(tx, terminal, {
        operation: how.operation,
        member,
        currency,
        lines: input.lines,
        requested: how.requested,
        now: how.now,
        limitsInTransaction: madeHere,
        read,
        offers,
      }),
    );
    const purchase = await createPurchase(tx, {
      id: how.id,
      companyId: terminal.companyId,
      terminalId: terminal.terminalId,
      pointOfSaleId: terminal.pointOfSaleId,
      memberId: member?.memberId ?? null,
      cardNumber: member?.number ?? null,
      currencyId: currency.id,
      ...receiptColumns(receipt, currency, how.soldAt, offers),
      holdExpiresAt: how.holdExpiresAt,
      localTime: input.localTime ?? null,
      offline: how.offline,
      occurredAt: how.offline ? how.soldAt : null,
      createdAt: how.now,
    });
    await holdCouponsUsed(tx, purchase, false);
    return purchase;
  }

  /**
   * Applies a purchase to the member's money, atomically: pays the held bonuses, accrues, records
   * the limits' alerts. `soldAt` is when the sale took effect (earlier for offline receipts). Answers
   * the accrual's lot and its event, which `confirmed` records with its own in one statement.
   */
  async function apply(
    tx: LedgerSql,
    identity: Identity,
    terminal: Terminal,
    purchase: StoredPurchase,
    soldAt: Date,
    now: Date,
    read?: MemberRead,
  ): Promise<Applied> {
    if (!purchase.memberId) {
      // No member: only the terminal's and the point of sale's counts move.
      const limited = purchaseMovement('confirmPurchase', terminal, { ...NOBODY, currencyId: purchase.currencyId, now });
      await recordLimitAlerts(tx, identity, limited, await checkLimits(tx, limited, await deps.settings.limits(terminal.companyId)));
      return { lotId: null, offerLotIds: [], events: [], accountId: null, takesEReceipts: false, currency: null };
    }
    const key = purchase.cardNumber ? { cardNumber: purchase.cardNumber } : { memberId: purchase.memberId };
    const member = await posMember(tx, terminal.companyId, key, read?.view);
    if (!member) throw new LedgerError('CARD_NOT_FOUND', 'No card with this number is in use', 'cardNumber');
    const currency = await currencyOf(tx, purchase.currencyId);
    const readPool = poolRead(read, member.memberId, currency.id, true);
    const pool = readPool?.members ?? (await poolOf(tx, member));
    const { accountId, accounts, locks } = await lockPoolFor(tx, terminal.companyId, currency.id, member.memberId, pool, readPool?.accounts);
    const payment = amount(purchase.bonusPayment);
    const accrual = member.canAccrue ? amount(purchase.accrual) : ZERO;
    const movement = { currencyId: currency.id, member, accountId, poolAccounts: accounts, accrual, payment, now };
    const limited = purchaseMovement('confirmPurchase', terminal, movement);
    const kept = await deps.settings.limits(terminal.companyId);
    const base = {
      ...tillOperation(terminal, { accountId, memberId: member.memberId, effectiveAt: soldAt, recordedAt: now, origin: 'PURCHASE', purchaseId: purchase.id }),
      reason: `purchase ${purchase.id}`,
    };
    let alerts: Awaited<ReturnType<typeof checkLimits>> = [];
    if (payment.gt(0)) {
      // What the pool can spend is read with the sums the limits measure, by the statement that
      // clears the spend's replay. The hold was a promise to the till: a debt a return left since
      // does not take its bonuses.
      const spendable = spendableNowWithOwnSumsRead(
        { pool, accountIds: accounts, currencyId: currency.id, now, except: purchase.id, debtsBefore: purchase.createdAt, enough: payment },
        { accountId, since: ownSumsSince(kept, { currencyId: currency.id, memberId: member.memberId, now }) },
      );
      const judge = async (row: ReadRow | undefined) => {
        const spending = spendable.parse(row);
        alerts = await checkLimits(tx, limited, kept, spending.ownSums);
        if (!member.canSpend) throw new LedgerError('MEMBER_CANNOT_SPEND', 'This member cannot pay with bonuses', 'purchaseId');
        if (spending.spendable.lt(payment))
          throw new LedgerError('INSUFFICIENT_BALANCE', `Only ${spending.spendable.toFixed(2)} can be spent now`, 'purchaseId');
      };
      await placeFrom(tx, locks, soldAt, spendingOrderOf(currency), {
        kind: 'PAYMENT',
        spend: { operationId: null, memberId: member.memberId, amount: payment, effectiveAt: soldAt },
        operation: { ...base, kind: 'PAYMENT', amount: payment },
        first: { read: spendable.sql, judge },
      });
    } else {
      alerts = await checkLimits(tx, limited, kept);
    }
    const accrued = accrual.gt(0)
      ? await accruePurchase(tx, locks, { purchase, accrual, soldAt, currency, base })
      : { lotId: null, offerLotIds: [], events: [] };
    // An offline receipt accrues in the past: later spends draw again as if it had been there.
    if (accrual.gt(0) && soldAt < now) await placeFrom(tx, locks, soldAt, spendingOrderOf(currency));
    const other = member.canAccrue
      ? await accrueInOtherCurrencies(tx, (companyId, code) => deps.settings.currencyByCode(companyId, code), { purchase, pool, soldAt, now, base })
      : { lotIds: [], events: [] };
    await recordLimitAlerts(tx, identity, limited, alerts);
    return {
      ...accrued,
      offerLotIds: [...accrued.offerLotIds, ...other.lotIds],
      events: [...accrued.events, ...other.events],
      accountId,
      takesEReceipts: member.takesEReceipts,
      currency,
    };
  }

  /**
   * Marks the purchase confirmed and records its events (the accrual's, from `apply`, first) at the
   * till; the member's account gets a checkpoint when enough has happened since its last one.
   */
  async function confirmed(tx: LedgerSql, identity: Identity, purchase: StoredPurchase, applied: Applied, now: Date): Promise<StoredPurchase> {
    // Kept by the process: no statement of the till's.
    const currency = applied.currency ?? (await currencyOf(tx, purchase.currencyId));
    const stored = purchase.offers as StoredOffers | null;
    if (stored?.coupons?.length) await spendHeldCoupons(tx, purchase.companyId, purchase.id);
    const budgetsSpent = stored?.budgets?.length ? await spendBudgetHolds(tx, purchase.id) : [];
    const marked = await markPurchaseConfirmed(tx, {
      id: purchase.id,
      at: now,
      accrualLotId: applied.lotId,
      offerLotIds: applied.offerLotIds,
      checkpointCount: applied.accountId ? checkpointCount(applied.accountId, now) : null,
      events: ledgerEventFragments(
        identity,
        [
          ...applied.events,
          {
            type: 'purchase.confirmed',
            companyId: purchase.companyId,
            memberId: purchase.memberId,
            data: {
              purchaseId: purchase.id,
              pointOfSaleId: purchase.pointOfSaleId,
              terminalId: purchase.terminalId,
              subtotal: purchase.subtotal.toString(),
              discount: purchase.discount.toString(),
              total: purchase.total.toString(),
              cashDue: purchase.cashDue.toString(),
              bonusPayment: purchase.bonusPayment.toString(),
              accrual: purchase.accrual.toString(),
              offline: purchase.offline,
              occurredAt: purchase.occurredAt ?? purchase.createdAt,
              // The program it was calculated in: what the offers subgraph's simulations judge its copy with.
              currency: currency.code,
              baseAccrualPercent: currency.rules?.baseAccrualPercent ?? '0',
              // What the member bought, for the e-receipt (no person in it: products, prices, bonuses).
              lines: purchase.lines,
              // Whether to send one: communications asks the members subgraph only when true or not known.
              eReceipt: applied.takesEReceipts,
            },
          },
          ...budgetSpentEvents(purchase.companyId, budgetsSpent),
          ...offerMessagesDue(purchase, stored),
        ],
        'POS',
      ),
    });
    if (applied.accountId) await maybeCheckpoint(tx, applied.accountId, now, marked.operationsSinceCheckpoint ?? undefined);
    return marked.purchase;
  }

  /** The pending purchase a POS call refers to, at the caller's point of sale, still in time. */
  async function pendingPurchase(tx: LedgerSql, terminal: Terminal, purchaseId: string, now: Date): Promise<StoredPurchase> {
    return pendingAtTill(await lockPurchase(tx, terminal.companyId, purchaseId), terminal, now, 'purchase');
  }

  return {
    /**
     * Phase one: the discounts, rounding, accrual and the most payable with bonuses; the bonuses to
     * pay are held. Nothing touches a balance until confirmation.
     */
    async calculatePurchase(identity: Identity, input: CalculatePurchaseInput): Promise<PurchaseAnswer> {
      const terminal = requireTerminal(identity);
      const { idempotencyKey, ...request } = input;
      const lookups = lookupGuard(deps, terminal, input);
      const reads = await namedMemberReads(terminal, input, lookups, input.payWithBonuses ?? ZERO);
      const call = { callerId: terminal.terminalId, key: idempotencyKey, operation: 'calculatePurchase', input: request, answerId: randomUUID(), ...reads };
      return recordingRefusals(deps, identity, () =>
        lookups.around(() =>
          runOnceInSql(deps, call, async (tx, read) => {
            await lookups.takeRead(tx, read);
            const now = deps.clock.now();
            const purchase = await recordReceipt(tx, terminal, input, reads.memberOf(read), {
              id: call.answerId,
              operation: 'calculatePurchase',
              requested: input.payWithBonuses ?? ZERO,
              now,
              soldAt: now,
              holdExpiresAt: new Date(now.getTime() + options.holdMinutes * 60_000),
              offline: false,
            });
            // A code set on it since its insert: the answer reads it as it now is.
            return (await requestPaymentCodeIfRequired(deps, tx, identity, purchase, now)) ? purchase.id : purchase;
          }),
        ),
      );
    },

    /** Asks to pay a pending purchase with bonuses (or changes the amount; zero pays none): calculated again and held. */
    async requestBonusPayment(identity: Identity, input: { idempotencyKey: string; purchaseId: string; amount: Decimal }): Promise<string> {
      const terminal = requireTerminal(identity);
      const call = {
        callerId: terminal.terminalId,
        key: input.idempotencyKey,
        operation: 'requestBonusPayment',
        input: { purchaseId: input.purchaseId, amount: input.amount.toFixed() },
      };
      return recordingRefusals(deps, identity, () =>
        runOnce(deps, call, async (tx) => {
          const now = deps.clock.now();
          const found = await pendingPurchase(tx, terminal, input.purchaseId, now);
          if (!found.memberId) throw new LedgerError('MEMBER_CANNOT_SPEND', 'A receipt without a member cannot be paid with bonuses', 'purchaseId');
          const member = await posMember(tx, terminal.companyId, found.cardNumber ? { cardNumber: found.cardNumber } : { memberId: found.memberId });
          const currency = await currencyById(tx, found.currencyId);
          // Calculated again with the offers it was calculated with first.
          const first = found.offers as StoredOffers | null;
          const calculatedWith = first
            ? await offersForReceipt(deps, tx, {
                terminal,
                which: { version: first.snapshotVersion },
                currency,
                member,
                localTime: found.localTime,
                at: found.createdAt,
                purchaseOrdinal: first.purchaseOrdinal,
                audienceIds: first.audienceIds ?? [],
                coupons: first.coupons ?? [],
                favourites: first.favourites ?? {},
                lines: [],
                catalogue: first.catalogue ?? {},
                personal: first.personal ?? [],
                explain: first.notApplied !== undefined,
              })
            : null;
          const call = {
            operation: 'requestBonusPayment' as const,
            member,
            currency,
            lines: storedLines(found),
            requested: input.amount,
            now,
            except: found.id,
          };
          const budgets = {
            useId: found.id,
            memberId: found.memberId,
            offers: calculatedWith,
            exchangeRate: amount(currency.exchangeRate),
            now,
            heldBefore: (first?.budgets?.length ?? 0) > 0,
          };
          const { receipt, offers } = await priceWithinBudgets(tx, budgets, (offers) => price(tx, terminal, { ...call, offers }));
          const updated = await updatePurchase(tx, found.id, receiptColumns(receipt, currency, found.createdAt, offers));
          await holdCouponsUsed(tx, updated, (first?.coupons?.length ?? 0) > 0);
          await requestPaymentCodeIfRequired(deps, tx, identity, updated, now);
          return found.id;
        }),
      );
    },

    /** Phase two: pays the held bonuses and accrues, atomically; refused if the hold has lapsed or the SMS code is missing or wrong. */
    async confirmPurchase(identity: Identity, input: { idempotencyKey: string; purchaseId: string; paymentCode?: string | null }): Promise<PurchaseAnswer> {
      const terminal = requireTerminal(identity);
      const call = {
        callerId: terminal.terminalId,
        key: input.idempotencyKey,
        operation: 'confirmPurchase',
        input: { purchaseId: input.purchaseId },
        answerId: input.purchaseId,
        // The purchase, locked, and its member are read as the key is claimed.
        readWithClaim: UUID.test(input.purchaseId) ? lockedPurchaseWithMemberSql(terminal.companyId, input.purchaseId) : undefined,
      };
      // Without a code there is nothing to check before the transaction.
      const checkCode = input.paymentCode?.trim() ? () => checkPaymentCode(deps, terminal, input.purchaseId, input.paymentCode) : undefined;
      return recordingRefusals(deps, identity, () =>
        runOnceInSql(
          deps,
          call,
          async (tx, read) => {
            const now = deps.clock.now();
            const locked = read ? lockedPurchaseRead(read) : null;
            const found = pendingAtTill(locked ? locked.purchase : await lockPurchase(tx, terminal.companyId, input.purchaseId), terminal, now, 'purchase');
            if (found.paymentCodeHash && amount(found.bonusPayment).gt(0))
              throw new LedgerError('PAYMENT_CODE_REQUIRED', 'Paying with bonuses here needs the code sent to the member by SMS', 'paymentCode');
            // Its member's pool was locked with it, in its currency.
            const memberRead = locked ? { view: locked.view, pool: locked.pool && { ...locked.pool, currencyId: found.currencyId, locked: true } } : undefined;
            return confirmed(tx, identity, found, await apply(tx, identity, terminal, found, now, now, memberRead), now);
          },
          checkCode,
        ),
      );
    },

    /**
     * A receipt a register kept while offline, sent once it is back: calculated and applied in one
     * call, at the time of the sale. It may accrue (lots dated from the sale) but never pays with bonuses.
     */
    async registerOfflinePurchase(identity: Identity, input: OfflinePurchaseInput): Promise<PurchaseAnswer> {
      const terminal = requireTerminal(identity);
      const { idempotencyKey, ...request } = input;
      const lookups = lookupGuard(deps, terminal, input);
      const reads = await namedMemberReads(terminal, input, lookups, ZERO);
      const call = {
        callerId: terminal.terminalId,
        key: idempotencyKey,
        operation: 'registerOfflinePurchase',
        input: request,
        answerId: randomUUID(),
        ...reads,
      };
      return recordingRefusals(deps, identity, () =>
        lookups.around(() =>
          runOnceInSql(deps, call, async (tx, read) => {
            await lookups.takeRead(tx, read);
            const now = deps.clock.now();
            const soldAt = input.occurredAt;
            if (soldAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
              throw new LedgerError('INVALID_INPUT', 'A sale cannot happen in the future', 'occurredAt');
            if (soldAt.getTime() < now.getTime() - OFFLINE_MAX_AGE_DAYS * DAY_MS)
              throw new LedgerError('INVALID_INPUT', `Offline receipts are accepted up to ${OFFLINE_MAX_AGE_DAYS} days after the sale`, 'occurredAt');
            await checkWithinHistory(tx, terminal.companyId, { occurredAt: soldAt });
            const how = { id: call.answerId, operation: 'registerOfflinePurchase' as const, requested: ZERO, now, soldAt, holdExpiresAt: now, offline: true };
            const purchase = await recordReceipt(tx, terminal, input, reads.memberOf(read), how);
            return confirmed(tx, identity, purchase, await apply(tx, identity, terminal, purchase, soldAt, now), now);
          }),
        ),
      );
    },

    /** Releases the held bonuses; a cancelled purchase changes no balance. */
    async cancelPurchase(identity: Identity, input: { idempotencyKey: string; purchaseId: string; reason?: string | null }): Promise<string> {
      const terminal = requireTerminal(identity);
      const request = { purchaseId: input.purchaseId, reason: input.reason ?? null };
      return runOnce(deps, { callerId: terminal.terminalId, key: input.idempotencyKey, operation: 'cancelPurchase', input: request }, async (tx) => {
        const found = pendingAtTill(await lockPurchase(tx, terminal.companyId, input.purchaseId), terminal, null, 'purchase');
        await updatePurchase(tx, found.id, {
          state: 'CANCELLED',
          cancelledAt: deps.clock.now(),
          cancelReason: input.reason?.trim() || 'CANCELLED_BY_TERMINAL',
        });
        if ((found.offers as StoredOffers | null)?.budgets?.length) await releaseBudgetHolds(tx, [found.id]);
        const event = {
          type: 'purchase.cancelled',
          companyId: terminal.companyId,
          memberId: found.memberId,
          data: { purchaseId: found.id, reason: input.reason ?? null },
        };
        await recordLedgerEvents(tx, identity, [event], 'POS');
        return found.id;
      });
    },

    /** Cancels purchases left pending past their time; their holds already stopped counting then. */
    async cancelStale(): Promise<number> {
      return runTransaction(deps, async (tx) => {
        const cancelled = await cancelStalePurchases(tx, deps.clock.now());
        if (cancelled.length > 0)
          await releaseBudgetHolds(
            tx,
            cancelled.map((p) => p.id),
          );
        await recordLedgerEvents(
          tx,
          { kind: 'anonymous' },
          cancelled.map((p) => ({ type: 'purchase.cancelled', companyId: p.company_id, memberId: p.member_id, data: { purchaseId: p.id, reason: 'TIMEOUT' } })),
          'SYSTEM',
        );
        return cancelled.length;
      });
    },
  };
}
