import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { type Identity, OPERATOR_ROLES } from './identity';

const ISSUER = 'loyalty-platform';

/** How long an access token lives: short, so that what the gateway caches about its session is never old for long. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

// Every token names its session (so it can be revoked) and expires; one without either is refused.
const common = { sid: z.uuid(), exp: z.number(), cid: z.string(), sub: z.string() };
const claimsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('operator'),
    ...common,
    role: z.enum(OPERATOR_ROLES),
    /** Password change required: the token serves changeOperatorPassword only. */
    pcr: z.literal(true).optional(),
    /** A platform operator: may create companies. */
    plat: z.literal(true).optional(),
  }),
  z.object({ kind: z.literal('member'), ...common }),
  z.object({ kind: z.literal('terminal'), ...common, pos: z.string() }),
]);

export type SignedIdentity = Exclude<Identity, { kind: 'anonymous' }>;
/** An identity a token proves: always with the session it belongs to. */
export type SessionIdentity = SignedIdentity & { sessionId: string };

// jsonwebtoken turns a string secret into a key object on every call, which showed in the
// gateway's profile under load; the key for a secret is made once.
const keys = new Map<string, KeyObject>();
function keyFor(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return key;
}

/** Issues a bearer access token (HS256) for a signed-in operator, member or terminal in a session. */
export function issueToken(identity: SessionIdentity, secret: string, ttlSeconds = ACCESS_TOKEN_TTL_SECONDS): string {
  const common = { sub: '', cid: identity.companyId, sid: identity.sessionId };
  const claims =
    identity.kind === 'operator'
      ? {
          kind: identity.kind,
          ...common,
          sub: identity.operatorId,
          role: identity.role,
          ...(identity.passwordChangeRequired ? { pcr: true } : {}),
          ...(identity.platformOperator ? { plat: true } : {}),
        }
      : identity.kind === 'member'
        ? { kind: identity.kind, ...common, sub: identity.memberId }
        : { kind: identity.kind, ...common, sub: identity.terminalId, pos: identity.pointOfSaleId };
  return jwt.sign(claims, keyFor(secret), { algorithm: 'HS256', expiresIn: ttlSeconds, issuer: ISSUER });
}

/** The identity a bearer token proves, or null when it is malformed, forged, expired or lacks a session or expiry. */
export function verifyToken(token: string, secret: string): SessionIdentity | null {
  return verifiedToken(token, secret)?.identity ?? null;
}

/** The identity a token proves, and when (epoch seconds) the token expires. */
function verifiedToken(token: string, secret: string): { identity: SessionIdentity; expiresAt: number } | null {
  try {
    const payload = jwt.verify(token, keyFor(secret), { algorithms: ['HS256'], issuer: ISSUER });
    const claims = claimsSchema.parse(payload);
    return { identity: identityOf(claims), expiresAt: claims.exp };
  } catch {
    return null;
  }
}

function identityOf(claims: z.infer<typeof claimsSchema>): SessionIdentity {
  const sessionId = claims.sid;
  switch (claims.kind) {
    case 'operator':
      return {
        kind: 'operator',
        operatorId: claims.sub,
        companyId: claims.cid,
        role: claims.role,
        ...(claims.pcr ? { passwordChangeRequired: true as const } : {}),
        ...(claims.plat ? { platformOperator: true as const } : {}),
        sessionId,
      };
    case 'member':
      return { kind: 'member', memberId: claims.sub, companyId: claims.cid, sessionId };
    case 'terminal':
      return { kind: 'terminal', terminalId: claims.sub, companyId: claims.cid, pointOfSaleId: claims.pos, sessionId };
  }
}

/**
 * `verifyToken` for a process that sees the same tokens again and again (the gateway: a till or an
 * app sends its token with every call): a token once verified is known by its exact text until it
 * expires, so its signature is not checked again. Whether its session is still live is not
 * answered here (the caller asks on every call). A token that fails is not kept.
 */
export function createTokenVerifier(secret: string, options: { maxEntries?: number; nowSeconds?: () => number } = {}) {
  const maxEntries = options.maxEntries ?? 10_000;
  const nowSeconds = options.nowSeconds ?? (() => Date.now() / 1000);
  const known = new Map<string, { identity: SessionIdentity; expiresAt: number }>();
  return function verify(token: string): SessionIdentity | null {
    const kept = known.get(token);
    if (kept) {
      if (kept.expiresAt > nowSeconds()) return kept.identity;
      known.delete(token);
      return null;
    }
    const verified = verifiedToken(token, secret);
    if (!verified) return null;
    // The oldest makes room (a Map iterates in insertion order).
    if (known.size >= maxEntries) known.delete(known.keys().next().value as string);
    known.set(token, verified);
    return verified.identity;
  };
}
