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

/** Who and where an operation made at a till comes from. */
export function tillOperation(
  terminal: Terminal,
  on: { accountId: string; memberId: string; effectiveAt: Date; recordedAt: Date; origin: 'PURCHASE' | 'RETURN'; purchaseId: string },
) {
  return { ...on, companyId: terminal.companyId, actorKind: 'terminal', actorId: terminal.terminalId, channel: 'POS' };
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
