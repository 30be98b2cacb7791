import type { Identity } from '../../../infra/auth/identity';
import { lockPoolFor } from '../data/accounts-store';
import { spendingOrderOf } from '../data/currencies-store';
import { drawFromLot, insertOperation, recordReturnedPayment } from '../data/ledger-store';
import { recordLedgerEvents } from '../data/outbox-store';
import { lockPurchase } from '../data/purchases-store';
import { findMemberRef, pointOfSaleSettings, poolOf } from '../data/refs-store';
import { createRefund, earlierReturns } from '../data/refunds-store';
import { LedgerError } from '../domain/errors';
import { amount, Decimal, ZERO } from '../domain/money';
import { refundShare } from '../domain/refund';
import { spendableNow } from './balance-reader';
import type { LedgerDeps } from './deps';
import { runOnce } from './idempotency';
import { accrueLot, placeFrom } from './ledger-writer';
import { requireTerminal, tillOperation } from './till';

export interface RefundPurchaseInput {
  idempotencyKey: string;
  purchaseId: string;
  /** Returned quantities by line number; the whole rest of the purchase when omitted. */
  lines?: Array<{ lineNo: number; quantity: Decimal }> | null;
}

type StoredLine = { lineNo: number; quantity: string; bonusPaid: string; accrual: string };

/**
 * Returns (full or partial, by lines) of confirmed purchases, at any point of sale of the company:
 * the bonuses paid on the returned goods come back, then the bonuses they accrued are taken back,
 * from the purchase's own lot first, then from the member's active bonuses. What was accrued and
 * already spent beyond that follows the return policy of the point of sale where the purchase was
 * made: WRITE_OFF_TO_NEGATIVE leaves a debt (the balance goes below zero until later accruals repay
 * it), FORGIVE lets it go. Either way it is recorded on the return.
 */
export function createRefundService(deps: LedgerDeps) {
  return {
    async refundPurchase(identity: Identity, input: RefundPurchaseInput): Promise<string> {
      const terminal = requireTerminal(identity);
      const request = { purchaseId: input.purchaseId, lines: input.lines?.map((l) => ({ lineNo: l.lineNo, quantity: l.quantity.toFixed() })) ?? null };
      return runOnce(deps, { callerId: terminal.terminalId, key: input.idempotencyKey, operation: 'refundPurchase', input: request }, async (tx) => {
        const now = deps.clock.now();
        const purchase = await lockPurchase(tx, terminal.companyId, input.purchaseId);
        if (!purchase) throw new LedgerError('PURCHASE_NOT_FOUND', 'No such purchase in this company', 'purchaseId');
        if (purchase.state !== 'CONFIRMED') throw new LedgerError('PURCHASE_NOT_CONFIRMED', 'Only a confirmed purchase can be returned', 'purchaseId');
        const lines = (purchase.lines as unknown as StoredLine[]).map((l) => ({
          lineNo: l.lineNo,
          quantity: amount(l.quantity),
          bonusPaid: amount(l.bonusPaid),
          accrual: amount(l.accrual),
        }));
        const share = refundShare({ lines, bonusPayment: amount(purchase.bonusPayment) }, await earlierReturns(tx, purchase.id), input.lines ?? null);
        const currency = await tx.currency.findUniqueOrThrow({ where: { id: purchase.currencyId }, include: { rules: true } });
        const bonusReturned = share.bonusReturned;
        let takenBack = ZERO;
        let forgiven = ZERO;
        let owed = ZERO;
        const member = purchase.memberId ? await findMemberRef(tx, purchase.memberId) : null;
        if (member) {
          const pool = await poolOf(tx, member);
          const { accountId, accounts } = await lockPoolFor(tx, terminal.companyId, currency.id, member.memberId, pool);
          const base = tillOperation(terminal, {
            accountId,
            memberId: member.memberId,
            effectiveAt: now,
            recordedAt: now,
            origin: 'RETURN',
            purchaseId: purchase.id,
          });
          if (bonusReturned.gt(0)) {
            const operationId = await insertOperation(tx, {
              ...base,
              kind: 'ACCRUAL',
              amount: bonusReturned,
              reason: `refund of bonuses paid on purchase ${purchase.id}`,
            });
            const lotId = await accrueLot(tx, accounts, { accountId, operationId, amount: bonusReturned, effectiveAt: now, activatesAt: now, expiresAt: null });
            await recordReturnedPayment(tx, { lotId, accountId, amount: bonusReturned, effectiveAt: now });
          }
          const ownLot = purchase.accrualLotId ? await tx.lot.findUnique({ where: { id: purchase.accrualLotId } }) : null;
          const fromOwnLot = ownLot && (!ownLot.expiresAt || ownLot.expiresAt > now) ? Decimal.min(amount(ownLot.remaining), share.accrual) : ZERO;
          const reason = `return of purchase ${purchase.id}`;
          if (fromOwnLot.gt(0) && ownLot) {
            const operationId = await insertOperation(tx, { ...base, kind: 'DEDUCTION', amount: fromOwnLot, reason });
            await drawFromLot(tx, ownLot.id, operationId, 'DEDUCTION', fromOwnLot, now);
          }
          const rest = share.accrual.minus(fromOwnLot);
          const available = await spendableNow(tx, pool, accounts, currency.id, now);
          const fromBalance = Decimal.min(rest, available.gt(0) ? available : ZERO);
          if (fromBalance.gt(0)) {
            await placeFrom(tx, accounts, now, spendingOrderOf(currency), {
              kind: 'DEDUCTION',
              spend: { operationId: null, amount: fromBalance, effectiveAt: now },
              record: () => insertOperation(tx, { ...base, kind: 'DEDUCTION', amount: fromBalance, reason }),
            });
          }
          takenBack = fromOwnLot.plus(fromBalance);
          const shortfall = rest.minus(fromBalance);
          if (shortfall.gt(0) && (await pointOfSaleSettings(tx, purchase.pointOfSaleId)).returnPolicy === 'WRITE_OFF_TO_NEGATIVE') {
            await insertOperation(tx, { ...base, kind: 'DEDUCTION', amount: shortfall, reason: `${reason}: spent before the return`, opensDebt: true });
            owed = shortfall;
          } else {
            forgiven = shortfall;
          }
        }
        await createRefund(tx, {
          purchaseId: purchase.id,
          lines: Object.fromEntries([...share.quantities].map(([lineNo, quantity]) => [lineNo, quantity.toFixed()])),
          bonusReturned: bonusReturned.toFixed(2),
          accrualTakenBack: takenBack.toFixed(2),
          accrualForgiven: forgiven.toFixed(2),
          accrualOwed: owed.toFixed(2),
          createdAt: now,
        });
        await recordLedgerEvents(
          tx,
          identity,
          [
            {
              type: 'purchase.refunded',
              companyId: terminal.companyId,
              memberId: purchase.memberId,
              data: {
                purchaseId: purchase.id,
                bonusReturned: bonusReturned.toFixed(2),
                accrualTakenBack: takenBack.toFixed(2),
                accrualForgiven: forgiven.toFixed(2),
                accrualOwed: owed.toFixed(2),
              },
            },
          ],
          'POS',
        );
        return purchase.id;
      });
    },
  };
}
