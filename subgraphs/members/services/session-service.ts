import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { actorOf, type Identity, type OperatorRole } from '../../../infra/auth/identity';
import { ACCESS_TOKEN_TTL_SECONDS, issueToken, type SignedIdentity } from '../../../infra/auth/tokens';
import { findOperator, findTerminal } from '../data/companies-store';
import { findMember } from '../data/members-store';
import type { MembersDb } from '../data/prisma';
import { createSession, isReplacedRefreshToken, type PrincipalKind, revokeSession, revokeSessionsOf, rotateRefreshToken } from '../data/sessions-store';
import { DomainError } from '../domain/errors';
import type { ServiceDeps } from './deps';

/** What a sign-in or a refresh answers: a short-lived access token and the refresh token that renews it. */
export interface SessionTokens {
  token: string;
  expiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
}

/** Whose session it is: the signed-in actor, who always has an id. */
function principalOf(identity: SignedIdentity): { kind: PrincipalKind; id: string } {
  const actor = actorOf(identity);
  return { kind: actor.kind as PrincipalKind, id: actor.id as string };
}

/** What an operator's tokens say of them, from their row. */
export function operatorIdentity(operator: {
  id: string;
  companyId: string;
  role: OperatorRole;
  passwordChangeRequired: boolean;
  platformOperator: boolean;
}): SignedIdentity {
  return {
    kind: 'operator',
    operatorId: operator.id,
    companyId: operator.companyId,
    role: operator.role,
    ...(operator.passwordChangeRequired ? { passwordChangeRequired: true as const } : {}),
    ...(operator.platformOperator ? { platformOperator: true as const } : {}),
  };
}

function hashOf(refreshToken: string): string {
  return createHash('sha256').update(refreshToken).digest('base64url');
}

/** A refresh token names its session, so a refresh finds it without a search; the rest is 256 random bits. */
function newRefreshToken(sessionId: string): string {
  return `${sessionId}.${randomBytes(32).toString('base64url')}`;
}

const sessionEnded = () => new DomainError('SESSION_ENDED', 'The session is over: sign in again', 'refreshToken');

/**
 * Sessions: every sign-in starts one; its access tokens live 15 minutes and name it, its refresh
 * token renews them (and is replaced each time). Revoking a session, or every session of a
 * principal (password change, block, opt-out), reaches the gateway within a second
 * (gateway/session-guard.ts), so its tokens stop working at once.
 */
export function createSessionService(deps: ServiceDeps) {
  function tokensFor(identity: SignedIdentity, sessionId: string, refreshToken: string, refreshExpiresAt: Date): SessionTokens {
    const token = issueToken({ ...identity, sessionId }, deps.tokenSecret);
    return { token, expiresAt: new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000), refreshToken, refreshExpiresAt };
  }

  /** The identity a principal has now (role, point of sale, state may have changed since the sign-in); null when it may no longer sign in. */
  async function currentIdentity(kind: PrincipalKind, id: string, companyId: string): Promise<SignedIdentity | null> {
    if (kind === 'operator') {
      const operator = await findOperator(deps.db, id);
      return operator ? operatorIdentity(operator) : null;
    }
    if (kind === 'member') {
      const member = await findMember(deps.db, companyId, id);
      return member && (member.state === 'REGISTERED' || member.state === 'CARD_HOLDER') ? { kind, memberId: member.id, companyId } : null;
    }
    const terminal = await findTerminal(deps.db, id);
    return terminal?.active ? { kind, terminalId: terminal.id, companyId: terminal.companyId, pointOfSaleId: terminal.pointOfSaleId } : null;
  }

  return {
    /** Starts a session for a principal who just proved who they are. */
    async start(identity: SignedIdentity, db: MembersDb = deps.db): Promise<SessionTokens> {
      const principal = principalOf(identity);
      const sessionId = randomUUID();
      const refreshToken = newRefreshToken(sessionId);
      const now = deps.clock.now();
      const refreshExpiresAt = new Date(now.getTime() + deps.refreshTtl[principal.kind] * 1000);
      await createSession(db, {
        id: sessionId,
        companyId: identity.companyId,
        principalKind: principal.kind,
        principalId: principal.id,
        refreshHash: hashOf(refreshToken),
        now,
        refreshExpiresAt,
      });
      return tokensFor(identity, sessionId, refreshToken, refreshExpiresAt);
    },

    /** A new access token for the caller's own session (its rights changed, e.g. after a required password change). */
    reissue(identity: SignedIdentity & { sessionId: string }): string {
      return issueToken(identity, deps.tokenSecret);
    },

    /**
     * Renews a session: a new access token and a new refresh token, the presented one used up. A
     * refresh token presented after it was replaced was copied: the session ends for both holders.
     */
    async refresh(input: { refreshToken: string }): Promise<SessionTokens> {
      const [sessionId] = input.refreshToken.split('.', 1);
      if (!sessionId || !/^[0-9a-f-]{36}$/i.test(sessionId)) throw sessionEnded();
      const presented = hashOf(input.refreshToken);
      const nextToken = newRefreshToken(sessionId);
      const rotated = await rotateRefreshToken(deps.db, sessionId, presented, hashOf(nextToken), deps.clock.now(), deps.refreshTtl);
      if (!rotated) {
        if (await isReplacedRefreshToken(deps.db, sessionId, presented)) await revokeSession(deps.db, sessionId, 'refresh token replayed');
        throw sessionEnded();
      }
      const identity = await currentIdentity(rotated.principal_kind, rotated.principal_id, rotated.company_id);
      if (!identity) {
        await revokeSession(deps.db, sessionId, 'principal can no longer sign in');
        throw sessionEnded();
      }
      return tokensFor(identity, sessionId, nextToken, rotated.refresh_expires_at);
    },

    /** Ends the caller's session, or every session of theirs. */
    async signOut(identity: Identity, input: { everywhere?: boolean | null }): Promise<{ signedOut: true }> {
      if (identity.kind === 'anonymous' || !identity.sessionId) throw new DomainError('INVALID_INPUT', 'Not signed in', null);
      if (input.everywhere) await revokeSessionsOf(deps.db, principalOf(identity).id, 'signed out everywhere');
      else await revokeSession(deps.db, identity.sessionId, 'signed out');
      return { signedOut: true };
    },
  };
}
