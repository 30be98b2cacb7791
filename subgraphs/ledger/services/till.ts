import { ForbiddenError } from '../../../infra/auth/forbidden';
import type { Identity } from '../../../infra/auth/identity';
import { LedgerError } from '../domain/errors';
import type { LimitedOperation } from '../domain/limits';
import { type Decimal, ZERO } from '../domain/money';
import type { OperationActorKind, OperationChannel } from '../domain/operation-actor';
import type { LimitedMovement } from './limit-guard';
import type { PosMember } from './pos-member';

/** What POS calls share: the terminal behind them, and how their operations and limits name it. */

export type Terminal = Extract<Identity, { kind: 'terminal' }>;

export function requireTerminal(identity: Identity): Terminal {
  if (identity.kind !== 'terminal') throw new ForbiddenError('POS calls come from a signed-in terminal');
  return identity;
}

/** An operator or a terminal: who records operations by hand or at a till. */
export type OperationActor = Extract<Identity, { kind: 'operator' | 'terminal' }>;

/**
 * Who made an operation, through which channel and where: every operation a terminal records names
 * its terminal and point of sale (what the point of sale's settlement adds up).
 */
export function actorFields(actor: OperationActor): {
  actorKind: OperationActorKind;
  actorId: string;
  channel: OperationChannel;
  pointOfSaleId: string | null;
  terminalId: string | null;
} {
  if (actor.kind === 'terminal') {
    return { actorKind: 'terminal', actorId: actor.terminalId, channel: 'POS', pointOfSaleId: actor.pointOfSaleId, terminalId: actor.terminalId };
  }
  return { actorKind: 'operator', actorId: actor.operatorId, channel: 'ADMIN', pointOfSaleId: null, terminalId: null };
}

/** Who and where an operation made for a purchase or a return comes from. */
export function tillOperation(
  actor: OperationActor,
  on: { accountId: string; memberId: string; effectiveAt: Date; recordedAt: Date; origin: 'PURCHASE' | 'RETURN'; purchaseId: string },
) {
  return { ...on, companyId: actor.companyId, ...actorFields(actor) };
}

export function purchaseMovement(
  operation: LimitedOperation,
  terminal: Terminal,
  on: { currencyId: string; member: PosMember | null; accountId: string | null; poolAccounts: string[]; accrual: Decimal; payment: Decimal; now: Date },
): LimitedMovement {
  return {
    operation,
    companyId: terminal.companyId,
    currencyId: on.currencyId,
    memberId: on.member?.memberId ?? null,
    memberAccountId: on.accountId,
    poolAccountIds: on.poolAccounts,
    terminalId: terminal.terminalId,
    pointOfSaleId: terminal.pointOfSaleId,
    purchase: { accrual: on.member?.canAccrue ? on.accrual : ZERO, payment: on.payment },
    now: on.now,
  };
}

/** How a till's two-phase operations are named in their refusals. */
const PENDING_KINDS = {
  purchase: { codes: ['PURCHASE_NOT_FOUND', 'PURCHASE_NOT_PENDING', 'PURCHASE_EXPIRED'], noun: 'purchase', field: 'purchaseId' },
  refund: { codes: ['REFUND_NOT_FOUND', 'REFUND_NOT_PENDING', 'REFUND_EXPIRED'], noun: 'return', field: 'refundId' },
  manualOperation: { codes: ['OPERATION_NOT_FOUND', 'OPERATION_NOT_PENDING', 'OPERATION_EXPIRED'], noun: 'manual operation', field: 'manualOperationId' },
} as const;

/**
 * The pending operation a till call names: at the caller's point of sale, still PENDING, and still
 * in time unless `now` is null (cancelling one whose hold has lapsed is allowed).
 */
export function pendingAtTill<T extends { pointOfSaleId: string | null; state: string; holdExpiresAt: Date | null }>(
  found: T | null,
  terminal: Terminal,
  now: Date | null,
  kind: keyof typeof PENDING_KINDS,
): T {
  const { codes, noun, field } = PENDING_KINDS[kind];
  if (!found || found.pointOfSaleId !== terminal.pointOfSaleId) throw new LedgerError(codes[0], `No such ${noun} at this point of sale`, field);
  if (found.state !== 'PENDING') throw new LedgerError(codes[1], `The ${noun} is already ${found.state.toLowerCase()}`, field);
  if (now && found.holdExpiresAt && found.holdExpiresAt <= now)
    throw new LedgerError(codes[2], `The ${noun} waited too long and was cancelled; calculate it again`, field);
  return found;
}
