import { requireOperator } from '../../../infra/auth/access';
import type { Identity } from '../../../infra/auth/identity';
import { runTransaction } from '../../../infra/db/transaction';
import { type LockedPool, lockAccountsOf, lockPoolFor } from '../data/accounts-store';
import { currencyById, spendingOrderOf } from '../data/currencies-store';
import { drawFromLot, insertOperation, type OperationRecord, paidDrawsOf, recordReturnedPayment } from '../data/ledger-store';
import { recordLedgerEvents } from '../data/outbox-store';
import type { LedgerDb } from '../data/prisma';
import { lockPurchase } from '../data/purchases-store';
import { findMemberRef, pointOfSaleSettings, poolOf } from '../data/refs-store';
import { cancelStaleRefunds, createRefund, earlierReturns, findRefund, lockRefund, updateRefund } from '../data/refunds-store';
import { LedgerError } from '../domain/errors';
import { UUID } from '../domain/ids';
import type { SpendingOrder } from '../domain/lots';
import { amount, Decimal, ZERO } from '../domain/money';
import { otherCurrencyShares, ownLotsTakeBack, type RefundShare, refundShare, returnedPieces } from '../domain/refund';
import { spendableNow } from './balance-reader';
import type { LedgerDeps } from './deps';
import { runOnce } from './idempotency';
import { accrueLot, placeFrom } from './ledger-writer';
import { type OperationActor, pendingAtTill, requireTerminal, type Terminal, tillOperation } from './till';

export interface RefundPurchaseInput {
  idempotencyKey: string;
  purchaseId: string;
  /** Returned quantities by line number; the whole rest of the purchase when omitted. */
  lines?: Array<{ lineNo: number; quantity: Decimal }> | null;
}

type StoredLine = {
  lineNo: number;
  quantity: string;
  bonusPaid: string;
  accrual: string;
  offers?: { otherBonuses?: Array<{ currency: string; amount: string }> };
};
type LockedPurchase = NonNullable<Awaited<ReturnType<typeof lockPurchase>>>;

/** What a return did with the accrual it took back: from the lots, forgiven, or owed (a debt). */
interface TakenBack {
  takenBack: Decimal;
  forgiven: Decimal;
  owed: Decimal;
}

/** The same for the purchase's currency, and for each other one offers gave bonuses in. */
interface AppliedReturn extends TakenBack {
  others: Array<{ currency: string } & TakenBack>;
}

/** The fields every operation of a return shares (its account's the currency's it is in). */
type OperationRecordBase = Omit<OperationRecord, 'kind' | 'amount' | 'reason' | 'opensDebt'>;

/** What a return did in each other currency, as its row keeps it. */
function storedOthers(others: AppliedReturn['others']) {
  return others.map((o) => ({ currency: o.currency, takenBack: o.takenBack.toFixed(2), forgiven: o.forgiven.toFixed(2), owed: o.owed.toFixed(2) }));
}

/** A return's share of a purchase, with what it takes back of offers' bonuses in other currencies. */
type ReturnShare = RefundShare & { others: Map<string, Decimal> };

/**
 * Returns (full or partial, by lines) of confirmed purchases, at any point of sale of the company:
 * the bonuses paid on the returned goods come back, then the bonuses they accrued are taken back,
 * from the purchase's own lot first (a pinned draw), then from the member's active bonuses. What
 * was accrued and already spent beyond that follows the return policy of the point of sale where
 * the purchase was made: WRITE_OFF_TO_NEGATIVE leaves a debt (the balance goes below zero until
 * later accruals repay it), FORGIVE lets it go. Either way it is recorded on the return.
 *
 * At a till a return is two-phase like a purchase: calculated (its quantities reserved, the
 * bonuses it will take from the balance held), then confirmed or cancelled, lapsing on its own.
 * Operators return in one step (refundPurchase).
 */
export function createRefundService(deps: LedgerDeps, options: { holdMinutes: number }) {
  /** The confirmed purchase a return names, locked: its returns are serialised on it. */
  async function returnable(tx: LedgerDb, companyId: string, purchaseId: string): Promise<LockedPurchase> {
    const purchase = await lockPurchase(tx, companyId, purchaseId);
    if (!purchase) throw new LedgerError('PURCHASE_NOT_FOUND', 'No such purchase in this company', 'purchaseId');
    if (purchase.state !== 'CONFIRMED') throw new LedgerError('PURCHASE_NOT_CONFIRMED', 'Only a confirmed purchase can be returned', 'purchaseId');
    return purchase;
  }

  /**
   * The purchase's own lots in a currency (the purchase's by default): its lot on the currency's
   * terms first, then those of offers' own terms or currencies, soonest to expire first.
   */
  async function ownLotsOf(tx: LedgerDb, purchase: LockedPurchase, currencyId = purchase.currencyId) {
    const ids = [...(purchase.accrualLotId ? [purchase.accrualLotId] : []), ...(purchase.offerLotIds ?? [])];
    if (ids.length === 0) return [];
    const lots = await tx.lot.findMany({ where: { id: { in: ids }, account: { currencyId } } });
    const never = Number.MAX_SAFE_INTEGER;
    return lots.sort(
      (a, b) =>
        Number(b.id === purchase.accrualLotId) - Number(a.id === purchase.accrualLotId) ||
        (a.expiresAt?.getTime() ?? never) - (b.expiresAt?.getTime() ?? never) ||
        a.id.localeCompare(b.id),
    );
  }

  /** What this return gives back and takes, given what the purchase's other returns (confirmed, or pending in time) took. */
  async function shareOf(
    tx: LedgerDb,
    purchase: LockedPurchase,
    requested: RefundPurchaseInput['lines'],
    now: Date,
    earlier: { confirmedOnly?: boolean; except?: string } = {},
  ): Promise<ReturnShare> {
    const lines = purchase.lines as unknown as StoredLine[];
    const stored = lines.map((l) => ({ lineNo: l.lineNo, quantity: amount(l.quantity), bonusPaid: amount(l.bonusPaid), accrual: amount(l.accrual) }));
    const before = await earlierReturns(tx, purchase.id, earlier.confirmedOnly ? null : now, earlier.except ?? null);
    const share = refundShare({ lines: stored, bonusPayment: amount(purchase.bonusPayment) }, before, requested ?? null);
    const others = otherCurrencyShares(
      lines.map((l) => ({
        lineNo: l.lineNo,
        quantity: amount(l.quantity),
        otherBonuses: (l.offers?.otherBonuses ?? []).map((bonus) => ({ currency: bonus.currency, amount: amount(bonus.amount) })),
      })),
      before,
      share.quantities,
    );
    return { ...share, others };
  }

  /**
   * Takes back bonuses a purchase accrued in one currency: from its own lots first (pinned draws),
   * then from the pool's active bonuses, never what pending operations hold; what was spent beyond
   * that is a debt or forgiven, as the point of sale's return policy says.
   */
  async function takeBack(
    tx: LedgerDb,
    on: {
      purchase: LockedPurchase;
      currencyId: string;
      pool: string[];
      accounts: string[];
      locks: LockedPool;
      order: SpendingOrder;
      base: OperationRecordBase;
    },
    accrual: Decimal,
    now: Date,
  ): Promise<TakenBack> {
    const { purchase, currencyId, pool, accounts, locks, base } = on;
    let available = Decimal.max(ZERO, await spendableNow(tx, pool, accounts, currencyId, now));
    const own = ownLotsTakeBack(await ownLotsOf(tx, purchase, currencyId), accrual, available, now);
    const reason = `return of purchase ${purchase.id}`;
    for (const draw of own.draws) {
      const operationId = await insertOperation(tx, { ...base, kind: 'DEDUCTION', amount: draw.amount, reason, pinnedLotId: draw.lot.id });
      await drawFromLot(tx, draw.lot.id, operationId, draw.amount, now);
      if (draw.active) available = available.minus(draw.amount);
    }
    const rest = accrual.minus(own.drawn).minus(own.expired);
    const fromBalance = Decimal.min(rest, available);
    if (fromBalance.gt(0)) {
      await placeFrom(tx, locks, now, on.order, {
        kind: 'DEDUCTION',
        spend: { operationId: null, memberId: base.memberId, amount: fromBalance, effectiveAt: now },
        operation: { ...base, kind: 'DEDUCTION', amount: fromBalance, reason },
      });
    }
    // What expired unspent left the member already: it counts as taken back, not twice.
    const takenBack = own.drawn.plus(own.expired).plus(fromBalance);
    const shortfall = rest.minus(fromBalance);
    if (shortfall.gt(0) && (await pointOfSaleSettings(tx, purchase.pointOfSaleId)).returnPolicy === 'WRITE_OFF_TO_NEGATIVE') {
      await insertOperation(tx, { ...base, kind: 'DEDUCTION', amount: shortfall, reason: `${reason}: spent before the return`, opensDebt: true });
      return { takenBack, forgiven: ZERO, owed: shortfall };
    }
    return { takenBack, forgiven: shortfall, owed: ZERO };
  }

  /** Takes back what the purchase's offers gave in other currencies, each in the pool's account of that currency. */
  async function takeBackOthers(tx: LedgerDb, purchase: LockedPurchase, pool: string[], base: OperationRecordBase, others: Map<string, Decimal>, now: Date) {
    const taken: AppliedReturn['others'] = [];
    for (const [code, accrual] of [...others].sort(([a], [b]) => a.localeCompare(b))) {
      const currency = accrual.gt(0) ? await deps.settings.currencyByCode(purchase.companyId, code) : null;
      if (!currency) continue;
      const { accountId, accounts, locks } = await lockPoolFor(tx, purchase.companyId, currency.id, base.memberId, pool);
      const on = { purchase, currencyId: currency.id, pool, accounts, locks, order: spendingOrderOf(currency), base: { ...base, accountId } };
      taken.push({ currency: code, ...(await takeBack(tx, on, accrual, now)) });
    }
    return taken;
  }

  /** Applies a return to the member's money, atomically: the confirmation of a till's return, or an operator's one-step return. */
  async function applyReturn(
    tx: LedgerDb,
    actor: OperationActor,
    purchase: LockedPurchase,
    share: Pick<ReturnShare, 'bonusReturned' | 'accrual' | 'others'>,
    now: Date,
  ): Promise<AppliedReturn> {
    const nothing: AppliedReturn = { takenBack: ZERO, forgiven: ZERO, owed: ZERO, others: [] };
    const member = purchase.memberId ? await findMemberRef(tx, purchase.memberId) : null;
    if (!member) return nothing;
    const currency = await currencyById(tx, purchase.currencyId);
    const pool = await poolOf(tx, member);
    // Paid bonuses go back to the accounts they were drawn from (a relative's, or a former one's):
    // those are locked with the pool, in the same id order; only the pool's own count below.
    const drawnFrom = share.bonusReturned.gt(0) ? (await paidDrawsOf(tx, purchase.id)).map((draw) => draw.memberId) : [];
    const { accountId, locks } = await lockPoolFor(tx, actor.companyId, currency.id, member.memberId, [...new Set([...pool, ...drawnFrom])]);
    const accounts = locks.accounts.filter((account) => pool.includes(account.memberId)).map((account) => account.id);
    // A return settles at the point of sale of its purchase, wherever it is made.
    const base = {
      ...tillOperation(actor, { accountId, memberId: member.memberId, effectiveAt: now, recordedAt: now, origin: 'RETURN', purchaseId: purchase.id }),
      pointOfSaleId: purchase.pointOfSaleId,
    };
    if (share.bonusReturned.gt(0)) {
      const reason = `refund of bonuses paid on purchase ${purchase.id}`;
      // Read again under the locks: a replay may have moved the payment's draws in between.
      const draws = await paidDrawsOf(tx, purchase.id);
      const owners = [
        ...locks.accounts,
        ...(await lockAccountsOf(
          tx,
          draws.filter((d) => !locks.accounts.some((a) => a.id === d.accountId)).map((d) => d.memberId),
          currency.id,
        )),
      ];
      for (const piece of returnedPieces(draws, share.bonusReturned, now)) {
        const owner = owners.find((account) => account.id === piece.accountId) ?? { id: accountId, memberId: member.memberId };
        const { lotId } = await accrueLot(
          tx,
          locks,
          { ...base, accountId: owner.id, memberId: owner.memberId, kind: 'ACCRUAL', amount: piece.amount, reason },
          { activatesAt: now, expiresAt: piece.expiresAt },
        );
        await recordReturnedPayment(tx, {
          lotId,
          accountId: owner.id,
          amount: piece.amount,
          effectiveAt: now,
          purchaseId: purchase.id,
          sourceLotId: piece.sourceLotId,
        });
      }
    }
    const taken = await takeBack(tx, { purchase, currencyId: currency.id, pool, accounts, locks, order: spendingOrderOf(currency), base }, share.accrual, now);
    return { ...taken, others: await takeBackOthers(tx, purchase, pool, base, share.others, now) };
  }

  /**
   * The bonuses a pending return holds: what it will take from the member's active bonuses (the
   * purchase's own lot too, once active), so nothing else spends them before the confirmation.
   */
  async function holdFor(tx: LedgerDb, purchase: LockedPurchase, accrual: Decimal, now: Date, currencyId = purchase.currencyId): Promise<Decimal> {
    const member = purchase.memberId ? await findMemberRef(tx, purchase.memberId) : null;
    if (!member || accrual.isZero()) return ZERO;
    const ownLots = await ownLotsOf(tx, purchase, currencyId);
    const pool = await poolOf(tx, member);
    // Holding bonuses is serialised with other holds and spends of the same pool.
    const accounts = await lockAccountsOf(tx, pool, currencyId);
    const spendable = Decimal.max(
      ZERO,
      await spendableNow(
        tx,
        pool,
        accounts.map((a) => a.id),
        currencyId,
        now,
      ),
    );
    const own = ownLotsTakeBack(ownLots, accrual, spendable, now);
    const fromActive = accrual.minus(own.drawnInactive).minus(own.expired);
    return Decimal.max(ZERO, Decimal.min(fromActive, spendable));
  }

  /** What a pending return will take back in each other currency, and what it holds there meanwhile (as for the purchase's currency). */
  async function othersPending(tx: LedgerDb, purchase: LockedPurchase, others: Map<string, Decimal>, now: Date) {
    const pending = [];
    for (const [code, accrual] of [...others].sort(([a], [b]) => a.localeCompare(b))) {
      const currency = await deps.settings.currencyByCode(purchase.companyId, code);
      if (!currency) continue;
      const hold = await holdFor(tx, purchase, accrual, now, currency.id);
      pending.push({ currency: code, currencyId: currency.id, takenBack: accrual.toFixed(2), forgiven: '0.00', owed: '0.00', hold: hold.toFixed(2) });
    }
    return pending;
  }

  async function announce(
    tx: LedgerDb,
    identity: Identity,
    purchase: LockedPurchase,
    refundId: string,
    figures: { bonusReturned: Decimal; quantities: Map<number, Decimal>; everythingBack: boolean } & AppliedReturn,
  ) {
    const data = {
      purchaseId: purchase.id,
      refundId,
      bonusReturned: figures.bonusReturned.toFixed(2),
      accrualTakenBack: figures.takenBack.toFixed(2),
      accrualForgiven: figures.forgiven.toFixed(2),
      accrualOwed: figures.owed.toFixed(2),
      // Offers' bonuses in other currencies, taken back alike.
      ...(figures.others.length > 0 ? { otherCurrencies: storedOthers(figures.others) } : {}),
      // Every unit is back: offers take back what the purchase's own rewards gave.
      inFull: figures.everythingBack,
      // Units returned by line number: what the offers subgraph's copy of the receipt takes off.
      lines: Object.fromEntries([...figures.quantities].map(([lineNo, quantity]) => [lineNo, quantity.toFixed()])),
    };
    // A till's return comes through the point of sale; an operator's one-step return does not.
    const channel = identity.kind === 'terminal' ? 'POS' : null;
    await recordLedgerEvents(tx, identity, [{ type: 'purchase.refunded', companyId: purchase.companyId, memberId: purchase.memberId, data }], channel);
  }

  /** The pending return a till call names, at the caller's point of sale; still in time unless `now` is null (cancelling). */
  async function pendingRefund(tx: LedgerDb, terminal: Terminal, refundId: string, now: Date | null) {
    const found = UUID.test(refundId) ? await findRefund(tx, refundId) : null;
    // The purchase first, then the return: the order every return locks in.
    const purchase = found ? await lockPurchase(tx, terminal.companyId, found.purchaseId) : null;
    const refund = pendingAtTill(purchase ? await lockRefund(tx, refundId) : null, terminal, now, 'refund');
    return { refund, purchase: purchase as LockedPurchase };
  }

  return {
    /** Operators (back office): a return in one step. Answers with the return's id. */
    async refundPurchase(identity: Identity, input: RefundPurchaseInput): Promise<string> {
      const operator = requireOperator(identity, ['ADMIN', 'OPERATOR']);
      const request = { purchaseId: input.purchaseId, lines: input.lines?.map((l) => ({ lineNo: l.lineNo, quantity: l.quantity.toFixed() })) ?? null };
      const call = { callerId: operator.operatorId, key: input.idempotencyKey, operation: 'refundPurchase', input: request };
      return runOnce(deps, call, async (tx) => {
        const now = deps.clock.now();
        const purchase = await returnable(tx, operator.companyId, input.purchaseId);
        const share = await shareOf(tx, purchase, input.lines, now);
        const applied = await applyReturn(tx, operator, purchase, share, now);
        const refund = await createRefund(tx, {
          purchaseId: purchase.id,
          lines: Object.fromEntries([...share.quantities].map(([lineNo, quantity]) => [lineNo, quantity.toFixed()])),
          bonusReturned: share.bonusReturned.toFixed(2),
          accrualTakenBack: applied.takenBack.toFixed(2),
          accrualForgiven: applied.forgiven.toFixed(2),
          accrualOwed: applied.owed.toFixed(2),
          otherCurrencies: storedOthers(applied.others),
          state: 'CONFIRMED',
          memberId: purchase.memberId,
          currencyId: purchase.currencyId,
          createdAt: now,
          confirmedAt: now,
        });
        await announce(tx, identity, purchase, refund.id, {
          bonusReturned: share.bonusReturned,
          quantities: share.quantities,
          everythingBack: share.everythingBack,
          ...applied,
        });
        return refund.id;
      });
    },

    /**
     * Terminals, phase one: what a return gives back and takes back; its quantities are reserved
     * and the bonuses it will take from the balance are held. Nothing changes a balance yet.
     */
    async calculateRefund(identity: Identity, input: RefundPurchaseInput): Promise<string> {
      const terminal = requireTerminal(identity);
      const request = { purchaseId: input.purchaseId, lines: input.lines?.map((l) => ({ lineNo: l.lineNo, quantity: l.quantity.toFixed() })) ?? null };
      const call = { callerId: terminal.terminalId, key: input.idempotencyKey, operation: 'calculateRefund', input: request };
      return runOnce(deps, call, async (tx) => {
        const now = deps.clock.now();
        const purchase = await returnable(tx, terminal.companyId, input.purchaseId);
        const share = await shareOf(tx, purchase, input.lines, now);
        const refund = await createRefund(tx, {
          purchaseId: purchase.id,
          lines: Object.fromEntries([...share.quantities].map(([lineNo, quantity]) => [lineNo, quantity.toFixed()])),
          bonusReturned: share.bonusReturned.toFixed(2),
          // While pending: the accrual it will take back; split into taken / forgiven / owed at confirmation.
          accrualTakenBack: share.accrual.toFixed(2),
          accrualForgiven: '0',
          accrualOwed: '0',
          otherCurrencies: await othersPending(tx, purchase, share.others, now),
          state: 'PENDING',
          terminalId: terminal.terminalId,
          pointOfSaleId: terminal.pointOfSaleId,
          memberId: purchase.memberId,
          currencyId: purchase.currencyId,
          hold: (await holdFor(tx, purchase, share.accrual, now)).toFixed(2),
          holdExpiresAt: new Date(now.getTime() + options.holdMinutes * 60_000),
          createdAt: now,
        });
        return refund.id;
      });
    },

    /** Terminals, phase two: gives back and takes back what the calculation said, atomically. */
    async confirmRefund(identity: Identity, input: { idempotencyKey: string; refundId: string }): Promise<string> {
      const terminal = requireTerminal(identity);
      const call = { callerId: terminal.terminalId, key: input.idempotencyKey, operation: 'confirmRefund', input: { refundId: input.refundId } };
      return runOnce(deps, call, async (tx) => {
        const now = deps.clock.now();
        const { refund, purchase } = await pendingRefund(tx, terminal, input.refundId, now);
        // No longer pending first, so its own hold does not count against it.
        await updateRefund(tx, refund.id, { state: 'CONFIRMED', confirmedAt: now, hold: '0' });
        // Shares taken again on the confirmed returns' running totals: a pending return cancelled
        // since must not leave this one a cent off (they add up to the purchase exactly).
        const lines = Object.entries(refund.lines as Record<string, string>).map(([lineNo, quantity]) => ({
          lineNo: Number(lineNo),
          quantity: amount(quantity),
        }));
        const share = await shareOf(tx, purchase, lines, now, { confirmedOnly: true, except: refund.id });
        const applied = await applyReturn(tx, terminal, purchase, share, now);
        await updateRefund(tx, refund.id, {
          bonusReturned: share.bonusReturned.toFixed(2),
          accrualTakenBack: applied.takenBack.toFixed(2),
          accrualForgiven: applied.forgiven.toFixed(2),
          accrualOwed: applied.owed.toFixed(2),
          otherCurrencies: storedOthers(applied.others),
        });
        await announce(tx, identity, purchase, refund.id, {
          bonusReturned: share.bonusReturned,
          quantities: share.quantities,
          everythingBack: share.everythingBack,
          ...applied,
        });
        return refund.id;
      });
    },

    /** Terminals: drops a pending return; its quantities and held bonuses are free again. */
    async cancelRefund(identity: Identity, input: { idempotencyKey: string; refundId: string; reason?: string | null }): Promise<string> {
      const terminal = requireTerminal(identity);
      const call = {
        callerId: terminal.terminalId,
        key: input.idempotencyKey,
        operation: 'cancelRefund',
        input: { refundId: input.refundId, reason: input.reason ?? null },
      };
      return runOnce(deps, call, async (tx) => {
        const { refund } = await pendingRefund(tx, terminal, input.refundId, null);
        await updateRefund(tx, refund.id, { state: 'CANCELLED', cancelledAt: deps.clock.now(), cancelReason: input.reason?.trim() || 'CANCELLED_BY_TERMINAL' });
        return refund.id;
      });
    },

    /** Cancels returns left pending past their time; their holds and quantities were free from then on. */
    cancelStale(): Promise<number> {
      return runTransaction(deps, async (tx) => (await cancelStaleRefunds(tx, deps.clock.now())).length);
    },
  };
}
