import { GraphQLError } from 'graphql';
import type { Identity, OperatorRole } from '../auth/identity';

/** The scopes every subgraph's Pothos builder authorises with (scope-auth plugin). */
export interface PlatformAuthScopes {
  signedIn: boolean;
  member: boolean;
  terminal: boolean;
  operator: boolean;
  /** An operator holding one of the roles. */
  role: OperatorRole[];
  /** An operator who must change a password someone else chose before anything else. */
  changingPassword: boolean;
}

/** An operator signed in with a password someone else chose holds no scope but changingPassword. */
export function authScopesFor(identity: Identity) {
  const mustChange = identity.kind === 'operator' && identity.passwordChangeRequired === true;
  return {
    signedIn: identity.kind !== 'anonymous' && !mustChange,
    member: identity.kind === 'member',
    terminal: identity.kind === 'terminal',
    operator: identity.kind === 'operator' && !mustChange,
    role: (roles: OperatorRole[]) => identity.kind === 'operator' && !mustChange && roles.includes(identity.role),
    changingPassword: identity.kind === 'operator',
  };
}

/** Denials are GraphQL errors with a stable code, not business errors in a payload. */
export function forbiddenError(_parent: unknown, _context: unknown, _info: unknown, result: { message: string }) {
  return new GraphQLError(result.message || 'Not authorised', { extensions: { code: 'FORBIDDEN' } });
}
