import { requireOperator } from '../../../infra/auth/access';
import { ForbiddenError } from '../../../infra/auth/forbidden';
import type { Identity, OperatorRole } from '../../../infra/auth/identity';

export { requireOperator, requireSignedIn } from '../../../infra/auth/access';

import { DomainError } from '../domain/errors';

/** Roles that serve members directly (admin tools, contact center). */
export const MEMBER_SERVICE_ROLES: OperatorRole[] = ['ADMIN', 'OPERATOR'];
export const ACCOUNT_BLOCKING_ROLES: OperatorRole[] = ['ADMIN', 'OPERATOR', 'SECURITY'];

/**
 * Which member an action is about. A member acts only on themself (memberId may be omitted);
 * operators with one of `roles` (and terminals, where `allowTerminal`) name the member.
 */
export function targetMember(
  identity: Identity,
  memberId: string | null | undefined,
  roles: OperatorRole[],
  allowTerminal = false,
): { companyId: string; memberId: string } {
  if (identity.kind === 'member') {
    if (memberId && memberId !== identity.memberId) throw new ForbiddenError('A member may act only on their own account');
    return { companyId: identity.companyId, memberId: identity.memberId };
  }
  if (identity.kind === 'operator') requireOperator(identity, roles);
  else if (!(identity.kind === 'terminal' && allowTerminal)) throw new ForbiddenError();
  if (!memberId) throw new DomainError('INVALID_INPUT', 'memberId is required', 'memberId');
  return { companyId: identity.companyId, memberId };
}
