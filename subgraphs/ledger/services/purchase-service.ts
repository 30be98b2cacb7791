import { randomUUID } from 'node:crypto';
import { ForbiddenError } from '../../../infra/auth/forbidden';
import type { Identity } from '../../../infra/auth/identity';
import { accountsOf, lockAccounts, lockPoolFor } from '../data/accounts-store';
import { requireCurrency, spendingOrderOf } from '../data/currencies-store';
import { insertLot, insertOperation } from '../data/ledger-store';
import { recordLedgerEvents } from '../data/outbox-store';
import type { LedgerDb } from '../data/prisma';
import { cancelStalePurchases, createPurchase, lockPurchase, updatePurchase } from '../data/purchases-store';
import { companySpendingStates, findCardRef, findMemberRef, poolOf } from '../data/refs-store';
import { LedgerError } from '../domain/errors';
import { amount, type Decimal, ZERO } from '../domain/money';
import { calculateReceipt, type ReceiptLineInput, type ReceiptRules } from '../domain/receipt';
import { spendableNow } from './balance-reader';
import type { LedgerDeps } from './deps';
import { runOnce } from './idempotency';
import { maybeCheckpoint, placeFrom } from './ledger-writer';

const DAY_MS = 24 * 3600_000;

export interface CalculatePurchaseInput {
  idempotencyKey: string;
  cardNumber?: string | null;
  currency?: string | null;
  lines: ReceiptLineInput[];
  payWithBonuses?: Decimal | null;
  /** The register's local time, for offers evaluated in it. */
  localTime?: string | null;
}

type Terminal = Extract<Identity, { kind: 'terminal' }>;

export function requireTerminal(identity: Identity): Terminal {
  if (identity.kind !== 'terminal') throw new ForbiddenError('POS calls come from a signed-in terminal');
  return identity;
}

/** Who and where an operation made at a till comes from. */
export function tillOperation(terminal: Terminal, accountId: string, memberId: string, at: Date) {
  return { accountId, companyId: terminal.companyId, memberId, effectiveAt: at, actorKind: 'terminal', actorId: terminal.terminalId, channel: 'POS' };
}

export function createPurchaseService(deps: LedgerDeps, options: { holdMinutes: number }) {
  /** The member behind a card, refused when the card or the account is blocked. */
  async function cardholder(db: LedgerDb, companyId: string, rawNumber: string | null | undefined) {
    if (!rawNumber) return null;
    const number = rawNumber.replace(/[\s-]/g, '');
    const card = await findCardRef(db, companyId, number);
    if (!card?.memberId) throw new LedgerError('CARD_NOT_FOUND', 'No card with this number is in use', 'cardNumber');
    if (card.blocked) throw new LedgerError('CARD_BLOCKED', 'This card is blocked', 'cardNumber');
    const member = await findMemberRef(db, card.memberId);
    if (!member || member.state === 'DELETED') throw new LedgerError('CARD_NOT_FOUND', 'No card with this number is in use', 'cardNumber');
    if (member.state === 'BLOCKED') throw new LedgerError('MEMBER_BLOCKED', 'The member account is blocked', 'cardNumber');
    const spendingStates = await companySpendingStates(db, companyId);
    return { ...member, number, canSpend: spendingStates.includes(member.state), canAccrue: member.state === 'REGISTERED' || member.state === 'CARD_HOLDER' };
  }

  return {
    /**
     * Phase one: the discounts, rounding, accrual and the most payable with bonuses; the bonuses to
     * pay are held. Nothing touches a balance until confirmation.
     */
    async calculatePurchase(identity: Identity, input: CalculatePurchaseInput): Promise<string> {
      const terminal = requireTerminal(identity);
      const { idempotencyKey, ...request } = input;
      return runOnce(deps, { terminalId: terminal.terminalId, key: idempotencyKey, operation: 'calculatePurchase', input: request }, async (tx) => {
        const now = deps.clock.now();
        const member = await cardholder(tx, terminal.companyId, input.cardNumber);
        const currency = await requireCurrency(tx, terminal.companyId, input.currency);
        const requested = input.payWithBonuses ?? ZERO;
        if (requested.lt(0) || requested.decimalPlaces() > 2)
          throw new LedgerError('INVALID_AMOUNT', 'payWithBonuses is a non-negative amount', 'payWithBonuses');
        let memberContext = null;
        if (member) {
          const pool = await poolOf(tx, member);
          const accounts = (await accountsOf(tx, pool, currency.id)).map((a) => a.id);
          // Holding bonuses must be serialised with other holds and spends of the same pool.
          if (requested.gt(0)) await lockAccounts(tx, accounts);
          memberContext = { canAccrue: member.canAccrue, canSpend: member.canSpend, spendable: await spendableNow(tx, pool, accounts, currency.id, now) };
        }
        const rules: ReceiptRules = {
          baseAccrualPercent: amount(currency.rules?.baseAccrualPercent ?? 0),
          maxPaymentShare: amount(currency.rules?.maxPaymentShare ?? 0),
          roundingStep: amount(currency.rules?.roundingStep ?? '0.01'),
          exchangeRate: amount(currency.exchangeRate),
        };
        const receipt = calculateReceipt(input.lines, { rules, member: memberContext, requestedPayment: requested });
        const activatesAt = new Date(now.getTime() + (currency.rules?.activationDelayDays ?? 0) * DAY_MS);
        const lifetime = currency.rules?.lifetimeDays;
        const purchase = await createPurchase(tx, {
          id: randomUUID(),
          companyId: terminal.companyId,
          terminalId: terminal.terminalId,
          pointOfSaleId: terminal.pointOfSaleId,
          memberId: member?.memberId ?? null,
          cardNumber: member?.number ?? null,
          currencyId: currency.id,
          state: 'PENDING',
          lines: receipt.lines.map((line) => JSON.parse(JSON.stringify(line))),
          subtotal: receipt.subtotal.toFixed(2),
          discount: receipt.discount.toFixed(2),
          roundingCorrection: receipt.roundingCorrection.toFixed(2),
          total: receipt.total.toFixed(2),
          maxBonusPayment: receipt.maxBonusPayment.toFixed(2),
          bonusPayment: receipt.bonusPayment.toFixed(2),
          cashDue: receipt.cashDue.toFixed(2),
          accrual: receipt.accrual.toFixed(2),
          accrualActivatesAt: receipt.accrual.gt(0) ? activatesAt : null,
          accrualExpiresAt: receipt.accrual.gt(0) && lifetime ? new Date(activatesAt.getTime() + lifetime * DAY_MS) : null,
          holdExpiresAt: new Date(now.getTime() + options.holdMinutes * 60_000),
          localTime: input.localTime ?? null,
          createdAt: now,
        });
        return purchase.id;
      });
    },

    /** Phase two: pays the held bonuses and accrues, atomically; refused if the hold has lapsed. */
    async confirmPurchase(identity: Identity, input: { idempotencyKey: string; purchaseId: string }): Promise<string> {
      const terminal = requireTerminal(identity);
      return runOnce(
        deps,
        { terminalId: terminal.terminalId, key: input.idempotencyKey, operation: 'confirmPurchase', input: { purchaseId: input.purchaseId } },
        async (tx) => {
          const now = deps.clock.now();
          const found = await lockPurchase(tx, terminal.companyId, input.purchaseId);
          if (!found || found.pointOfSaleId !== terminal.pointOfSaleId)
            throw new LedgerError('PURCHASE_NOT_FOUND', 'No such purchase at this point of sale', 'purchaseId');
          if (found.state !== 'PENDING') throw new LedgerError('PURCHASE_NOT_PENDING', `The purchase is already ${found.state.toLowerCase()}`, 'purchaseId');
          if (found.holdExpiresAt <= now)
            throw new LedgerError('PURCHASE_EXPIRED', 'The purchase waited too long and was cancelled; calculate it again', 'purchaseId');
          const events = [];
          let accrualLotId: string | null = null;
          if (found.memberId) {
            const member = await cardholder(tx, terminal.companyId, found.cardNumber);
            if (!member) throw new LedgerError('CARD_NOT_FOUND', 'No card with this number is in use', 'cardNumber');
            const currency = await tx.currency.findUniqueOrThrow({ where: { id: found.currencyId }, include: { rules: true } });
            const pool = await poolOf(tx, member);
            const { accountId, accounts } = await lockPoolFor(tx, terminal.companyId, currency.id, member.memberId, pool);
            const payment = amount(found.bonusPayment);
            const base = { ...tillOperation(terminal, accountId, member.memberId, now), reason: `purchase ${found.id}` };
            if (payment.gt(0)) {
              if (!member.canSpend) throw new LedgerError('MEMBER_CANNOT_SPEND', 'This member cannot pay with bonuses', 'purchaseId');
              const available = await spendableNow(tx, pool, accounts, currency.id, now, found.id);
              if (available.lt(payment)) throw new LedgerError('INSUFFICIENT_BALANCE', `Only ${available.toFixed(2)} can be spent now`, 'purchaseId');
              await placeFrom(tx, accounts, now, spendingOrderOf(currency), {
                kind: 'PAYMENT',
                spend: { operationId: null, amount: payment, effectiveAt: now },
                record: () => insertOperation(tx, { ...base, kind: 'PAYMENT', amount: payment }),
              });
            }
            const accrual = amount(found.accrual);
            if (accrual.gt(0) && member.canAccrue) {
              const operationId = await insertOperation(tx, { ...base, kind: 'ACCRUAL', amount: accrual });
              accrualLotId = await insertLot(tx, {
                accountId,
                operationId,
                amount: accrual,
                effectiveAt: now,
                activatesAt: found.accrualActivatesAt ?? now,
                expiresAt: found.accrualExpiresAt,
              });
              events.push({
                type: 'bonuses.accrued',
                companyId: terminal.companyId,
                memberId: member.memberId,
                data: {
                  operationId: operationId.toString(),
                  currency: currency.code,
                  amount: accrual.toFixed(2),
                  purchaseId: found.id,
                  activatesAt: found.accrualActivatesAt,
                  expiresAt: found.accrualExpiresAt,
                },
              });
            }
            await maybeCheckpoint(tx, accountId, now);
          }
          await updatePurchase(tx, found.id, { state: 'CONFIRMED', confirmedAt: now, accrualLotId });
          events.push({
            type: 'purchase.confirmed',
            companyId: terminal.companyId,
            memberId: found.memberId,
            data: {
              purchaseId: found.id,
              pointOfSaleId: found.pointOfSaleId,
              terminalId: found.terminalId,
              total: found.total.toString(),
              bonusPayment: found.bonusPayment.toString(),
              accrual: found.accrual.toString(),
            },
          });
          await recordLedgerEvents(tx, identity, events, 'POS');
          return found.id;
        },
      );
    },

    /** Releases the held bonuses; a cancelled purchase changes no balance. */
    async cancelPurchase(identity: Identity, input: { idempotencyKey: string; purchaseId: string; reason?: string | null }): Promise<string> {
      const terminal = requireTerminal(identity);
      return runOnce(
        deps,
        {
          terminalId: terminal.terminalId,
          key: input.idempotencyKey,
          operation: 'cancelPurchase',
          input: { purchaseId: input.purchaseId, reason: input.reason ?? null },
        },
        async (tx) => {
          const found = await lockPurchase(tx, terminal.companyId, input.purchaseId);
          if (!found || found.pointOfSaleId !== terminal.pointOfSaleId)
            throw new LedgerError('PURCHASE_NOT_FOUND', 'No such purchase at this point of sale', 'purchaseId');
          if (found.state !== 'PENDING') throw new LedgerError('PURCHASE_NOT_PENDING', `The purchase is already ${found.state.toLowerCase()}`, 'purchaseId');
          await updatePurchase(tx, found.id, {
            state: 'CANCELLED',
            cancelledAt: deps.clock.now(),
            cancelReason: input.reason?.trim() || 'CANCELLED_BY_TERMINAL',
          });
          await recordLedgerEvents(
            tx,
            identity,
            [
              {
                type: 'purchase.cancelled',
                companyId: terminal.companyId,
                memberId: found.memberId,
                data: { purchaseId: found.id, reason: input.reason ?? null },
              },
            ],
            'POS',
          );
          return found.id;
        },
      );
    },

    /** Cancels purchases left pending past their time; their holds already stopped counting then. */
    async cancelStale(): Promise<number> {
      return deps.db.$transaction(async (tx) => {
        const cancelled = await cancelStalePurchases(tx, deps.clock.now());
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
