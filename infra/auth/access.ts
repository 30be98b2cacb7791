import { ForbiddenError } from './forbidden';
import type { Identity, OperatorRole } from './identity';

export type SignedIn = Exclude<Identity, { kind: 'anonymous' }>;
export type OperatorIdentity = Extract<Identity, { kind: 'operator' }>;

export function requireSignedIn(identity: Identity): SignedIn {
  if (identity.kind === 'anonymous') throw new ForbiddenError('Sign in first');
  return identity;
}

export function requireOperator(identity: Identity, roles?: OperatorRole[]): OperatorIdentity {
  if (identity.kind !== 'operator' || (roles && !roles.includes(identity.role))) {
    throw new ForbiddenError(roles ? `Needs an operator with role ${roles.join(' or ')}` : 'Needs an operator');
  }
  return identity;
}
