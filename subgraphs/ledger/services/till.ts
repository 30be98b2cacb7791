import { ForbiddenError } from '../../../infra/auth/forbidden';
import type { Identity } from '../../../infra/auth/identity';
import { type Decimal, ZERO } from '../domain/money';
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
export function actorFields(actor: OperationActor) {
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
  operation: string,
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
