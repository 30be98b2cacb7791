import { requireOperator } from '../../../infra/auth/access';
import type { Identity } from '../../../infra/auth/identity';
import { runTransaction } from '../../../infra/db/transaction';
import { accountsOf, lockPoolFor } from '../data/accounts-store';
import { currencyById, requireCurrency, spendingOrderOf } from '../data/currencies-store';
import { insertAccrual, lotsHeldAt, recordedOperation } from '../data/ledger-store';
import { recordLedgerEvents } from '../data/outbox-store';
import type { LedgerDb } from '../data/prisma';
import { companySpendingStates, findCardRef, findMemberRef, poolAt, poolOf } from '../data/refs-store';
import type { BalanceFigures } from '../domain/balance';
import { InsufficientBalanceError, LedgerError } from '../domain/errors';
import type { LimitedOperation } from '../domain/limits';
import { type Decimal, isValidAmount } from '../domain/money';
import { balanceOf, spendableNow } from './balance-reader';
import type { LedgerDeps } from './deps';
import { checkWithinHistory } from './history-bounds';
import { runOnce } from './idempotency';
import { maybeCheckpoint, placeFrom } from './ledger-writer';
import { checkLimits, type LimitedMovement, recordingRefusals, recordLimitAlerts } from './limit-guard';
import { actorFields } from './till';

/** Clock skew tolerated between a client's "now" and ours. */
const FUTURE_TOLERANCE_MS = 60_000;
const MAX_AMOUNT = 1_000_000_000;

/** Whom a manual operation is for: a member id (operators), or a card number (terminals at the till). */
export interface MemberTarget {
  memberId?: string | null;
  cardNumber?: string | null;
}

/** What a manual operation recorded. */
export interface RecordedOperation {
  operationId: bigint;
  accountId: string;
  memberId: string;
  currencyCode: string;
}

export interface AccrualInput extends MemberTarget {
  /** A currency known by id (a till operation calculated before); otherwise `currency`, by code. */
  currencyId?: string | null;
  /** A retry with the same key returns the first result and changes nothing. */
  idempotencyKey?: string | null;
  currency?: string | null;
  amount: Decimal;
  reason?: string | null;
  effectiveAt?: Date | null;
  activatesAt?: Date | null;
  expiresAt?: Date | null;
  externalId?: string | null;
  /** Imports carry the history of accounts blocked since. */
  allowBlocked?: boolean;
}

export interface DeductionInput extends MemberTarget {
  currencyId?: string | null;
  idempotencyKey?: string | null;
  currency?: string | null;
  amount: Decimal;
  reason: string;
  effectiveAt?: Date | null;
  externalId?: string | null;
  /** PAYMENT for imported purchase payments; DEDUCTION (manual) otherwise. */
  kind?: 'PAYMENT' | 'DEDUCTION';
  allowBlocked?: boolean;
}

function checkAmount(value: Decimal): void {
  if (!isValidAmount(value) || value.gt(MAX_AMOUNT)) {
    throw new LedgerError('INVALID_AMOUNT', `Amount must be positive, at most ${MAX_AMOUNT}, with at most 2 decimal places`, 'amount');
  }
}

/** Readers of a member's money: the member, and operators and terminals of the member's company. */
export function canReadMember(identity: Identity, member: { memberId: string; companyId: string }): boolean {
  if (identity.kind === 'anonymous' || identity.companyId !== member.companyId) return false;
  return identity.kind !== 'member' || identity.memberId === member.memberId;
}

export function createLedgerService(deps: LedgerDeps) {
  /** The member as the ledger knows it, refused when unknown in the caller's company. */
  async function liveMember(db: LedgerDb, companyId: string, memberId: string, allowBlocked = false) {
    if (!/^[0-9a-f-]{36}$/i.test(memberId)) throw new LedgerError('MEMBER_NOT_FOUND', 'No such member in this company', 'memberId');
    let member = await findMemberRef(db, memberId);
    // Registered a moment ago, before its event: the members subgraph knows.
    if ((!member || member.companyId !== companyId) && (await deps.readThrough?.({ companyId, memberId }))) member = await findMemberRef(db, memberId);
    if (!member || member.companyId !== companyId || member.state === 'DELETED') {
      throw new LedgerError('MEMBER_NOT_FOUND', 'No such member in this company', 'memberId');
    }
    if (member.state === 'BLOCKED' && !allowBlocked) throw new LedgerError('MEMBER_BLOCKED', 'The member account is blocked', 'memberId');
    return member;
  }

  /** Times of a manual operation: when it took effect (now, or earlier for corrections). */
  function effectiveMoment(given: Date | null | undefined, now: Date): Date {
    const at = given ?? now;
    if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
      throw new LedgerError('INVALID_INPUT', 'An operation cannot take effect in the future', 'effectiveAt');
    return at;
  }

  async function memberIdOf(db: LedgerDb, companyId: string, input: MemberTarget): Promise<string> {
    if (input.memberId) return input.memberId;
    const number = input.cardNumber?.replace(/[\s-]/g, '');
    if (!number) throw new LedgerError('INVALID_INPUT', 'Give the memberId or the cardNumber', 'memberId');
    let card = await findCardRef(db, companyId, number);
    if (!card?.memberId && (await deps.readThrough?.({ companyId, cardNumber: number }))) card = await findCardRef(db, companyId, number);
    if (!card?.memberId) throw new LedgerError('CARD_NOT_FOUND', 'No card with this number is in use', 'cardNumber');
    if (card.blocked) throw new LedgerError('CARD_BLOCKED', 'This card is blocked', 'cardNumber');
    return card.memberId;
  }

  /** The member, currency, spending order and family pool a manual operation applies to, read inside its transaction. */
  async function target(
    tx: LedgerDb,
    companyId: string,
    input: MemberTarget & { currency?: string | null; currencyId?: string | null; allowBlocked?: boolean },
  ) {
    const member = await liveMember(tx, companyId, await memberIdOf(tx, companyId, input), input.allowBlocked);
    const currency = input.currencyId ? await currencyById(tx, input.currencyId) : await requireCurrency(tx, companyId, input.currency);
    return { member, currency, order: spendingOrderOf(currency), pool: await poolOf(tx, member) };
  }

  /** Runs a manual operation's transaction; once per idempotency key when the caller gives one (a till retrying). */
  async function once(identity: Identity, operation: string, input: { idempotencyKey?: string | null }, apply: (tx: LedgerDb) => Promise<RecordedOperation>) {
    const { idempotencyKey, ...request } = input;
    if (!idempotencyKey) return runTransaction(deps, apply);
    const callerId = identity.kind === 'terminal' ? identity.terminalId : identity.kind === 'operator' ? identity.operatorId : '';
    const id = await runOnce(deps, { callerId, key: idempotencyKey, operation, input: request }, async (tx) => (await apply(tx)).operationId.toString());
    return recordedOperation(deps.db, BigInt(id));
  }

  /** Checks an accrual's amount and dates against `now`; returns its effective and activation moments. */
  function checkedAccrual(input: AccrualInput, now: Date) {
    checkAmount(input.amount);
    const effectiveAt = effectiveMoment(input.effectiveAt, now);
    const activatesAt = input.activatesAt ?? effectiveAt;
    if (activatesAt < effectiveAt) throw new LedgerError('INVALID_INPUT', 'Activation cannot come before the accrual', 'activatesAt');
    if (input.expiresAt && input.expiresAt <= activatesAt) throw new LedgerError('INVALID_INPUT', 'Expiry must come after activation', 'expiresAt');
    return { effectiveAt, activatesAt };
  }

  function checkedDeduction(input: DeductionInput, now: Date) {
    checkAmount(input.amount);
    const reason = input.reason.trim();
    if (!reason) throw new LedgerError('INVALID_INPUT', 'Say why the bonuses are deducted', 'reason');
    return { reason, effectiveAt: effectiveMoment(input.effectiveAt, now) };
  }

  /** A manual accrual inside the caller's transaction: the member's pool locked, the limits judged, the lot added. */
  async function recordAccrual(tx: LedgerDb, actor: ManualActor, input: AccrualInput, now: Date): Promise<RecordedOperation> {
    const { effectiveAt, activatesAt } = checkedAccrual(input, now);
    await checkWithinHistory(tx, actor.companyId, { effectiveAt, activatesAt, expiresAt: input.expiresAt });
    const { member, currency, order, pool } = await target(tx, actor.companyId, input);
    const manual = { kind: 'ACCRUAL' as const, amount: input.amount };
    const opened = await openManualOperation(tx, actor, 'accrueBonuses', manual, { member, currency, pool, now, input });
    const { operationId } = await insertAccrual(
      tx,
      {
        accountId: opened.accountId,
        companyId: actor.companyId,
        memberId: member.memberId,
        kind: 'ACCRUAL',
        amount: input.amount,
        effectiveAt,
        recordedAt: now,
        origin: input.externalId ? 'IMPORT' : 'MANUAL',
        ...actorFields(actor),
        reason: input.reason?.trim() || null,
        externalId: input.externalId,
      },
      { activatesAt, expiresAt: input.expiresAt ?? null },
    );
    // A back-dated accrual can change what later spends drew (and so what expired).
    await placeFrom(tx, opened.locks, effectiveAt, order);
    const data = {
      operationId: operationId.toString(),
      currency: currency.code,
      amount: input.amount.toFixed(2),
      effectiveAt,
      activatesAt,
      expiresAt: input.expiresAt ?? null,
    };
    await recordLedgerEvents(tx, actor, [{ type: 'bonuses.accrued', companyId: actor.companyId, memberId: member.memberId, data }]);
    await recordLimitAlerts(tx, actor, opened.limited, opened.alerts);
    await maybeCheckpoint(tx, opened.accountId, now);
    return { operationId, accountId: opened.accountId, memberId: member.memberId, currencyCode: currency.code };
  }

  /** A manual deduction (or an imported payment) inside the caller's transaction; refused when the active balance, less holds, does not cover it. */
  async function recordDeduction(tx: LedgerDb, actor: ManualActor, input: DeductionInput, now: Date): Promise<RecordedOperation> {
    const { reason, effectiveAt } = checkedDeduction(input, now);
    await checkWithinHistory(tx, actor.companyId, { effectiveAt });
    const { member, currency, order, pool } = await target(tx, actor.companyId, input);
    const manual = { kind: 'DEDUCTION' as const, amount: input.amount };
    const opened = await openManualOperation(tx, actor, 'deductBonuses', manual, { member, currency, pool, now, input });
    const kind = input.kind ?? 'DEDUCTION';
    const operationId = (await placeFrom(tx, opened.locks, effectiveAt, order, {
      kind,
      spend: { operationId: null, memberId: member.memberId, amount: input.amount, effectiveAt },
      operation: {
        accountId: opened.accountId,
        companyId: actor.companyId,
        memberId: member.memberId,
        kind,
        amount: input.amount,
        effectiveAt,
        recordedAt: now,
        origin: input.externalId ? 'IMPORT' : 'MANUAL',
        ...actorFields(actor),
        reason,
        externalId: input.externalId,
      },
    })) as bigint;
    // Bonuses held by pending purchases are not the operator's to take: what is left must still cover the holds.
    const left = await spendableNow(tx, pool, opened.poolAccounts, currency.id, now);
    if (left.lt(0)) throw new InsufficientBalanceError(left.plus(input.amount).toFixed(2), input.amount.toFixed(2));
    const data = { operationId: operationId.toString(), currency: currency.code, amount: input.amount.toFixed(2), effectiveAt, reason };
    await recordLedgerEvents(tx, actor, [
      { type: kind === 'PAYMENT' ? 'bonuses.paid' : 'bonuses.deducted', companyId: actor.companyId, memberId: member.memberId, data },
    ]);
    await recordLimitAlerts(tx, actor, opened.limited, opened.alerts);
    await maybeCheckpoint(tx, opened.accountId, now);
    return { operationId, accountId: opened.accountId, memberId: member.memberId, currencyCode: currency.code };
  }

  return {
    canRead: canReadMember,
    target,
    checkedAccrual,
    checkedDeduction,
    recordAccrual,
    recordDeduction,

    /** Operators: a manual accrual in one step (terminals use the two-phase set of the till). */
    async accrueBonuses(identity: Identity, input: AccrualInput) {
      const operator = requireOperator(identity, ['ADMIN', 'OPERATOR', 'MARKETER']);
      const now = deps.clock.now();
      checkedAccrual(input, now);
      return recordingRefusals(deps, identity, () => once(identity, 'accrueBonuses', input, (tx) => recordAccrual(tx, operator, input, now)));
    },

    /** Operators: a manual deduction in one step (terminals use the two-phase set of the till). */
    async deductBonuses(identity: Identity, input: DeductionInput) {
      const operator = requireOperator(identity, ['ADMIN', 'OPERATOR']);
      const now = deps.clock.now();
      checkedDeduction(input, now);
      return recordingRefusals(deps, identity, () => once(identity, 'deductBonuses', input, (tx) => recordDeduction(tx, operator, input, now)));
    },

    /** The six figures for a member (pooled with their family) at a moment, default now. */
    async balance(
      identity: Identity,
      memberId: string,
      currencyCode: string | null | undefined,
      asOf: Date | null | undefined,
    ): Promise<(BalanceFigures & { currency: string; asOf: Date; accountIds: string[] }) | null> {
      const member = await findMemberRef(deps.db, memberId);
      if (!member || !canReadMember(identity, member)) return null;
      const currency = await requireCurrency(deps.db, member.companyId, currencyCode);
      const at = asOf ?? deps.clock.now();
      // The family as it was at that moment: who pooled then, not who pools now.
      const accounts = await accountsOf(deps.db, await poolAt(deps.db, member.memberId, at), currency.id);
      const figures = await balanceOf(
        deps.db,
        accounts.map((a) => a.id),
        at,
      );
      return { ...figures, currency: currency.code, asOf: at, accountIds: accounts.map((a) => a.id) };
    },

    /** The lots behind a balance read: what they hold, and when each activates and expires. */
    lots(accountIds: string[], at: Date, first: number) {
      return lotsHeldAt(deps.db, accountIds, at, Math.min(Math.max(first, 1), 500));
    },

    /** Whether the member's state lets them spend (the company's configured spending states). */
    async canSpend(memberId: string): Promise<boolean> {
      const member = await findMemberRef(deps.db, memberId);
      if (!member) return false;
      return (await companySpendingStates(deps.db, member.companyId)).includes(member.state);
    },
  };
}

/** Who makes a manual operation: an operator (one step) or a terminal (confirming the till's two-phase one). */
export type ManualActor = Extract<Identity, { kind: 'operator' | 'terminal' }>;

/**
 * The start of every manual operation's transaction: the member's pool locked, and the operation
 * judged against the limits (imported history is not). Returns the soft limits it reached.
 */
async function openManualOperation(
  tx: LedgerDb,
  identity: ManualActor,
  operation: LimitedOperation,
  manual: NonNullable<LimitedMovement['manual']>,
  on: { member: { memberId: string }; currency: { id: string }; pool: string[]; now: Date; input: { externalId?: string | null } },
) {
  const { accountId, accounts: poolAccounts, locks } = await lockPoolFor(tx, identity.companyId, on.currency.id, on.member.memberId, on.pool);
  const terminal = identity.kind === 'terminal' ? identity : null;
  const limited: LimitedMovement = {
    operation,
    companyId: identity.companyId,
    currencyId: on.currency.id,
    memberId: on.member.memberId,
    memberAccountId: accountId,
    poolAccountIds: poolAccounts,
    terminalId: terminal?.terminalId ?? null,
    pointOfSaleId: terminal?.pointOfSaleId ?? null,
    manual,
    now: on.now,
  };
  const alerts = on.input.externalId ? [] : await checkLimits(tx, limited);
  return { accountId, poolAccounts, locks, limited, alerts };
}
