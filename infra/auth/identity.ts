/**
 * Who is calling, as verified by the gateway. Subgraphs authorise against this and nothing else.
 * `sessionId` names the sign-in a token belongs to (every token has one; identities the platform
 * makes for itself, such as a bulk job acting for its operator, do not).
 */
export const OPERATOR_ROLES = ['ADMIN', 'MARKETER', 'OPERATOR', 'SECURITY', 'SUPPORT'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

export type Identity =
  | { kind: 'anonymous' }
  | {
      kind: 'operator';
      operatorId: string;
      companyId: string;
      role: OperatorRole;
      /** Signed in with a password someone else chose: may only change it (changeOperatorPassword). */
      passwordChangeRequired?: true;
      /** Runs the platform, not just a company: may create companies. */
      platformOperator?: true;
      sessionId?: string;
    }
  | { kind: 'member'; memberId: string; companyId: string; sessionId?: string }
  | { kind: 'terminal'; terminalId: string; companyId: string; pointOfSaleId: string; sessionId?: string };

export const ANONYMOUS: Identity = { kind: 'anonymous' };

export function companyOf(identity: Identity): string | null {
  return identity.kind === 'anonymous' ? null : identity.companyId;
}

/** The actor recorded with every change (architecture.md: who, through which channel, when). */
export function actorOf(identity: Identity): { kind: Identity['kind']; id: string | null } {
  switch (identity.kind) {
    case 'operator':
      return { kind: 'operator', id: identity.operatorId };
    case 'member':
      return { kind: 'member', id: identity.memberId };
    case 'terminal':
      return { kind: 'terminal', id: identity.terminalId };
    default:
      return { kind: 'anonymous', id: null };
  }
}
