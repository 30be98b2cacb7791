import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { type Identity, OPERATOR_ROLES } from './identity';

const ISSUER = 'loyalty-platform';

const claimsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('operator'),
    sub: z.string(),
    cid: z.string(),
    role: z.enum(OPERATOR_ROLES),
    /** Password change required: the token serves changeOperatorPassword only. */
    pcr: z.literal(true).optional(),
  }),
  z.object({ kind: z.literal('member'), sub: z.string(), cid: z.string() }),
  z.object({ kind: z.literal('terminal'), sub: z.string(), cid: z.string(), pos: z.string() }),
]);

type SignedIdentity = Exclude<Identity, { kind: 'anonymous' }>;

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

/** Issues a bearer token (HS256) for a signed-in operator, member or terminal. */
export function issueToken(identity: SignedIdentity, secret: string, ttlSeconds: number): string {
  const claims =
    identity.kind === 'operator'
      ? {
          kind: identity.kind,
          sub: identity.operatorId,
          cid: identity.companyId,
          role: identity.role,
          ...(identity.passwordChangeRequired ? { pcr: true } : {}),
        }
      : identity.kind === 'member'
        ? { kind: identity.kind, sub: identity.memberId, cid: identity.companyId }
        : { kind: identity.kind, sub: identity.terminalId, cid: identity.companyId, pos: identity.pointOfSaleId };
  return jwt.sign(claims, keyFor(secret), { algorithm: 'HS256', expiresIn: ttlSeconds, issuer: ISSUER });
}

/** The identity a bearer token proves, or null when it is malformed, forged or expired. */
export function verifyToken(token: string, secret: string): SignedIdentity | null {
  try {
    const payload = jwt.verify(token, keyFor(secret), { algorithms: ['HS256'], issuer: ISSUER });
    const claims = claimsSchema.parse(payload);
    switch (claims.kind) {
      case 'operator':
        return {
          kind: 'operator',
          operatorId: claims.sub,
          companyId: claims.cid,
          role: claims.role,
          ...(claims.pcr ? { passwordChangeRequired: true as const } : {}),
        };
      case 'member':
        return { kind: 'member', memberId: claims.sub, companyId: claims.cid };
      case 'terminal':
        return { kind: 'terminal', terminalId: claims.sub, companyId: claims.cid, pointOfSaleId: claims.pos };
    }
  } catch {
    return null;
  }
}
