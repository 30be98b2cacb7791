import { ForbiddenError } from './forbidden';
import type { Identity, OperatorRole } from './identity';

export type SignedIn = Exclude<Identity, { kind: 'anonymous' }>;
export type OperatorIdentity = Extract<Identity, { kind: 'operator' }>;

/** An operator signed in with a password someone else chose may do nothing until they change it. */
function refuseUntilPasswordChanged(identity: Identity): void {
  if (identity.kind === 'operator' && identity.passwordChangeRequired) throw new ForbiddenError('Change your password first (changeOperatorPassword)');
}

export function requireSignedIn(identity: Identity): SignedIn {
  if (identity.kind === 'anonymous') throw new ForbiddenError('Sign in first');
  refuseUntilPasswordChanged(identity);
  return identity;
}

export function requireOperator(identity: Identity, roles?: OperatorRole[]): OperatorIdentity {
  refuseUntilPasswordChanged(identity);
  if (identity.kind !== 'operator' || (roles && !roles.includes(identity.role))) {
    throw new ForbiddenError(roles ? `Needs an operator with role ${roles.join(' or ')}` : 'Needs an operator');
  }
  return identity;
}
