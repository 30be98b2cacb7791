import { randomUUID } from 'node:crypto';
import type { Identity } from '../../../infra/auth/identity';
import { runTransaction } from '../../../infra/db/transaction';
import { lockAccountsOf } from '../data/accounts-store';
import {
  cancelStaleManualOperations,
  countManualCodeTry,
  createManualOperation,
  findManualOperation,
  latestManualCodeExpiry,
  lockManualOperation,
  updateManualOperation,
  useManualCode,
} from '../data/manual-operations-store';
import { recordLedgerEvents } from '../data/outbox-store';
import type { LedgerDb } from '../data/prisma';
import { findCardRef, pointOfSaleSettings } from '../data/refs-store';
import { InsufficientBalanceError, LedgerError } from '../domain/errors';
import { UUID } from '../domain/ids';
import { amount, type Decimal } from '../domain/money';
import { spendableNow } from './balance-reader';
import type { LedgerDeps } from './deps';
import { checkWithinHistory } from './history-bounds';
import { runOnce } from './idempotency';
import type { createLedgerService } from './ledger-service';
import { checkLimits, recordingRefusals } from './limit-guard';
import { lookupGuard } from './lookup-guard';
import { checkTillCode, issueTillCode } from './payment-codes';
import { createPosMemberLookup } from './pos-member';
import { pendingAtTill, requireTerminal, type Terminal } from './till';

export interface CalculateManualOperationInput {
  idempotencyKey: string;
  cardNumber: string;
  kind: 'ACCRUAL' | 'DEDUCTION';
  amount: Decimal;
  reason: string;
  currency?: string | null;
  activatesAt?: Date | null;
  expiresAt?: Date | null;
}

type LedgerService = ReturnType<typeof createLedgerService>;

/**
 * A cashier's manual accrual or deduction at a till, in two phases like a purchase (domain.md:
 * every operation at a terminal is two-phase). Calculating changes no balance: it checks the
 * member and the limits, holds the bonuses a deduction would take and, where the point of sale
 * requires it, sends the member a code for a deduction. Confirming records the operation;
 * cancelling, or the hold time passing, releases the hold.
 */
export function createTillManualService(deps: LedgerDeps, ledger: LedgerService, options: { holdMinutes: number }) {
  const posMember = createPosMemberLookup(deps.phoneKeySecrets, deps.readThrough);

  /** The pending operation a till call names (see pendingAtTill); locked. */
  async function pending(tx: LedgerDb, terminal: Terminal, id: string, now: Date | null) {
    return pendingAtTill(UUID.test(id) ? await lockManualOperation(tx, terminal.companyId, id) : null, terminal, now, 'manualOperation');
  }

  return {
    async calculateManualOperation(identity: Identity, input: CalculateManualOperationInput): Promise<string> {
      const terminal = requireTerminal(identity);
      const { idempotencyKey, ...request } = input;
      const call = { callerId: terminal.terminalId, key: idempotencyKey, operation: 'calculateManualOperation', input: request };
      const lookups = lookupGuard(deps, terminal, input);
      return recordingRefusals(deps, identity, () =>
        lookups.around(() =>
          runOnce(
            deps,
            call,
            async (tx) => {
              const now = deps.clock.now();
              const reason = input.reason.trim();
              if (!reason) throw new LedgerError('INVALID_INPUT', 'Say why the bonuses are accrued or deducted', 'reason');
              // A cashier acts now: terminals never back-date.
              if (input.kind === 'ACCRUAL') ledger.checkedAccrual({ amount: input.amount, activatesAt: input.activatesAt, expiresAt: input.expiresAt }, now);
              else ledger.checkedDeduction({ amount: input.amount, reason }, now);
              await checkWithinHistory(tx, terminal.companyId, { activatesAt: input.activatesAt, expiresAt: input.expiresAt });
              const member = await posMember(tx, terminal.companyId, { cardNumber: input.cardNumber });
              if (!member) throw new LedgerError('CARD_NOT_FOUND', 'No card with this number is in use', 'cardNumber');
              const { currency, pool } = await ledger.target(tx, terminal.companyId, { memberId: member.memberId, currency: input.currency });
              const accounts = await lockAccountsOf(tx, pool, currency.id);
              const own = accounts.find((a) => a.memberId === member.memberId)?.id ?? null;
              const poolAccounts = accounts.map((a) => a.id);
              if (input.kind === 'DEDUCTION') {
                const spendable = await spendableNow(tx, pool, poolAccounts, currency.id, now);
                if (spendable.lt(input.amount)) throw new InsufficientBalanceError(spendable.toFixed(2), input.amount.toFixed(2));
              }
              // Judged now to refuse early; judged again, and recorded, at confirmation.
              await checkLimits(tx, {
                operation: 'calculateManualOperation',
                companyId: terminal.companyId,
                currencyId: currency.id,
                memberId: member.memberId,
                memberAccountId: own,
                poolAccountIds: poolAccounts,
                terminalId: terminal.terminalId,
                pointOfSaleId: terminal.pointOfSaleId,
                manual: { kind: input.kind, amount: input.amount },
                now,
              });
              const needsCode = input.kind === 'DEDUCTION' && (await pointOfSaleSettings(tx, terminal.pointOfSaleId)).confirmPaymentBySms;
              // Each SMS costs money: a member gets a new code not sooner than the resend pause.
              const issued = needsCode ? await issueTillCode(await latestManualCodeExpiry(tx, member.memberId), now, deps.codeDeliveryKey) : null;
              const id = randomUUID();
              await createManualOperation(tx, {
                id,
                companyId: terminal.companyId,
                terminalId: terminal.terminalId,
                pointOfSaleId: terminal.pointOfSaleId,
                memberId: member.memberId,
                cardNumber: member.number,
                currencyId: currency.id,
                kind: input.kind,
                amount: input.amount.toFixed(2),
                reason,
                activatesAt: input.activatesAt ?? null,
                expiresAt: input.expiresAt ?? null,
                state: 'PENDING',
                holdExpiresAt: new Date(now.getTime() + options.holdMinutes * 60_000),
                codeHash: issued?.hash ?? null,
                codeExpiresAt: issued?.expiresAt ?? null,
                createdAt: now,
              });
              if (issued) {
                const data = {
                  manualOperationId: id,
                  memberId: member.memberId,
                  sealedCode: issued.sealed,
                  amount: input.amount.toFixed(2),
                  expiresAt: issued.expiresAt.toISOString(),
                };
                await recordLedgerEvents(
                  tx,
                  identity,
                  [{ type: 'bonuses.deduction_code_requested', companyId: terminal.companyId, memberId: member.memberId, data }],
                  'POS',
                );
              }
              return id;
            },
            lookups.take,
          ),
        ),
      );
    },

    async confirmManualOperation(identity: Identity, input: { idempotencyKey: string; manualOperationId: string; code?: string | null }): Promise<string> {
      const terminal = requireTerminal(identity);
      const call = { callerId: terminal.terminalId, key: input.idempotencyKey, operation: 'confirmManualOperation', input: { id: input.manualOperationId } };
      const checkCode = async () => {
        const found = UUID.test(input.manualOperationId) ? await findManualOperation(deps.db, terminal.companyId, input.manualOperationId) : null;
        // Only a terminal of the operation's point of sale may try its code (nobody else can use up its tries).
        if (!found || found.pointOfSaleId !== terminal.pointOfSaleId) return;
        const slot = {
          id: found.id,
          hash: found.codeHash,
          tries: found.codeTries,
          expiresAt: found.codeExpiresAt,
          countTry: countManualCodeTry,
          useUp: useManualCode,
        };
        await checkTillCode(deps, slot, input.code, 'code');
      };
      return recordingRefusals(deps, identity, () =>
        runOnce(
          deps,
          call,
          async (tx) => {
            const now = deps.clock.now();
            const found = await pending(tx, terminal, input.manualOperationId, now);
            if (found.codeHash) throw new LedgerError('PAYMENT_CODE_REQUIRED', 'This point of sale needs the code sent to the member by SMS', 'code');
            // A card blocked (or moved to someone else) since the calculation stops the operation, as at a purchase.
            const card = found.cardNumber ? await findCardRef(tx, terminal.companyId, found.cardNumber) : null;
            if (found.cardNumber && (!card || card.blocked || card.memberId !== found.memberId)) {
              throw new LedgerError('CARD_BLOCKED', 'This card was blocked after the calculation', 'manualOperationId');
            }
            // No longer pending first, so its own hold does not count against it.
            await updateManualOperation(tx, found.id, { state: 'CONFIRMED', confirmedAt: now });
            const op = { memberId: found.memberId, currencyId: found.currencyId, amount: amount(found.amount), reason: found.reason };
            const recorded =
              found.kind === 'ACCRUAL'
                ? await ledger.recordAccrual(tx, terminal, { ...op, activatesAt: found.activatesAt, expiresAt: found.expiresAt }, now)
                : await ledger.recordDeduction(tx, terminal, op, now);
            await updateManualOperation(tx, found.id, { operationId: recorded.operationId });
            return found.id;
          },
          checkCode,
        ),
      );
    },

    async cancelManualOperation(identity: Identity, input: { idempotencyKey: string; manualOperationId: string; reason?: string | null }): Promise<string> {
      const terminal = requireTerminal(identity);
      const call = {
        callerId: terminal.terminalId,
        key: input.idempotencyKey,
        operation: 'cancelManualOperation',
        input: { id: input.manualOperationId, reason: input.reason ?? null },
      };
      return runOnce(deps, call, async (tx) => {
        const found = await pending(tx, terminal, input.manualOperationId, null);
        await updateManualOperation(tx, found.id, {
          state: 'CANCELLED',
          cancelledAt: deps.clock.now(),
          cancelReason: input.reason?.trim() || 'CANCELLED_BY_TERMINAL',
        });
        return found.id;
      });
    },

    /** Cancels operations left pending past their time; their holds already stopped counting then. */
    cancelStale(): Promise<number> {
      return runTransaction(deps, async (tx) => (await cancelStaleManualOperations(tx, deps.clock.now())).length);
    },
  };
}
