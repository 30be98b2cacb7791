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
}

export function authScopesFor(identity: Identity) {
  return {
    signedIn: identity.kind !== 'anonymous',
    member: identity.kind === 'member',
    terminal: identity.kind === 'terminal',
    operator: identity.kind === 'operator',
    role: (roles: OperatorRole[]) => identity.kind === 'operator' && roles.includes(identity.role),
  };
}

/** Denials are GraphQL errors with a stable code, not business errors in a payload. */
export function forbiddenError(_parent: unknown, _context: unknown, _info: unknown, result: { message: string }) {
  return new GraphQLError(result.message || 'Not authorised', { extensions: { code: 'FORBIDDEN' } });
}
