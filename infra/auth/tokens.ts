import jwt from 'jsonwebtoken';
import { z } from 'zod';
import type { Identity } from './identity';

const ISSUER = 'loyalty-platform';

const claimsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('operator'), sub: z.string(), cid: z.string(), role: z.enum(['ADMIN', 'MARKETER', 'OPERATOR', 'SECURITY']) }),
  z.object({ kind: z.literal('member'), sub: z.string(), cid: z.string() }),
  z.object({ kind: z.literal('terminal'), sub: z.string(), cid: z.string(), pos: z.string() }),
]);

type SignedIdentity = Exclude<Identity, { kind: 'anonymous' }>;

/** Issues a bearer token (HS256) for a signed-in operator, member or terminal. */
export function issueToken(identity: SignedIdentity, secret: string, ttlSeconds: number): string {
  const claims =
    identity.kind === 'operator'
      ? { kind: identity.kind, sub: identity.operatorId, cid: identity.companyId, role: identity.role }
      : identity.kind === 'member'
        ? { kind: identity.kind, sub: identity.memberId, cid: identity.companyId }
        : { kind: identity.kind, sub: identity.terminalId, cid: identity.companyId, pos: identity.pointOfSaleId };
  return jwt.sign(claims, secret, { algorithm: 'HS256', expiresIn: ttlSeconds, issuer: ISSUER });
}

/** The identity a bearer token proves, or null when it is malformed, forged or expired. */
export function verifyToken(token: string, secret: string): SignedIdentity | null {
  try {
    const payload = jwt.verify(token, secret, { algorithms: ['HS256'], issuer: ISSUER });
    const claims = claimsSchema.parse(payload);
    switch (claims.kind) {
      case 'operator':
        return { kind: 'operator', operatorId: claims.sub, companyId: claims.cid, role: claims.role };
      case 'member':
        return { kind: 'member', memberId: claims.sub, companyId: claims.cid };
      case 'terminal':
        return { kind: 'terminal', terminalId: claims.sub, companyId: claims.cid, pointOfSaleId: claims.pos };
    }
  } catch {
    return null;
  }
}
