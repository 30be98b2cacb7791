import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ANONYMOUS, type Identity, OPERATOR_ROLES } from './identity';

/** Headers the gateway sets on every subgraph request. */
export const IDENTITY_HEADER = 'x-loyalty-identity';
export const SIGNATURE_HEADER = 'x-loyalty-signature';
export const REQUEST_ID_HEADER = 'x-request-id';

/** How old a signed identity may be; bounds replay of a captured subgraph request. */
const MAX_AGE_MS = 60_000;

const identitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('anonymous') }),
  z.object({
    kind: z.literal('operator'),
    operatorId: z.string(),
    companyId: z.string(),
    role: z.enum(OPERATOR_ROLES),
    passwordChangeRequired: z.literal(true).optional(),
    platformOperator: z.literal(true).optional(),
    sessionId: z.string().optional(),
  }),
  z.object({ kind: z.literal('member'), memberId: z.string(), companyId: z.string(), sessionId: z.string().optional() }),
  z.object({ kind: z.literal('terminal'), terminalId: z.string(), companyId: z.string(), pointOfSaleId: z.string(), sessionId: z.string().optional() }),
]);

const envelopeSchema = z.object({
  identity: identitySchema,
  issuedAt: z.number(),
  requestId: z.string(),
  operation: z.string(),
  /** The network address the caller reached the gateway from (subgraphs count anonymous code requests by it). */
  clientAddress: z.string().optional(),
});

/** The GraphQL operation a signed identity is bound to: the query and its variables as sent. */
export interface SignedOperation {
  query?: string | null;
  variables?: unknown;
}

/** A digest of the operation, so a captured signature cannot carry another query within its minute. */
export function operationDigest(operation: SignedOperation): string {
  return createHash('sha256')
    .update(`${operation.query ?? ''}\u0000${JSON.stringify(operation.variables ?? {})}`)
    .digest('base64url');
}

function sign(encoded: string, secret: string): string {
  return createHmac('sha256', secret).update(encoded).digest('base64url');
}

/**
 * The two headers that carry a verified identity from the gateway to a subgraph, bound to one
 * request and its operation, with the caller's address when the gateway knows it.
 */
export function signIdentity(
  identity: Identity,
  requestId: string,
  secret: string,
  operation: SignedOperation,
  now = Date.now(),
  clientAddress?: string,
): Record<string, string> {
  const envelope = { identity, issuedAt: now, requestId, operation: operationDigest(operation), clientAddress };
  const encoded = Buffer.from(JSON.stringify(envelope)).toString('base64url');
  return { [IDENTITY_HEADER]: encoded, [SIGNATURE_HEADER]: sign(encoded, secret) };
}

export type IdentityCheck = { ok: true; identity: Identity; clientAddress?: string } | { ok: false; reason: string };

/**
 * Checks the gateway's signature. A subgraph refuses any request that fails this, so it cannot be
 * called around the gateway; the request id and the operation must match, so a captured signature
 * can neither move to another request nor carry another query.
 */
export function verifyIdentityHeaders(
  encoded: string | undefined,
  signature: string | undefined,
  requestId: string | undefined,
  secret: string,
  operation: SignedOperation,
  now = Date.now(),
): IdentityCheck {
  if (!encoded || !signature) return { ok: false, reason: 'missing gateway signature' };
  const expected = Buffer.from(sign(encoded, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'invalid gateway signature' };
  }
  const parsed = envelopeSchema.safeParse(safeJson(Buffer.from(encoded, 'base64url').toString('utf8')));
  if (!parsed.success) return { ok: false, reason: 'malformed identity' };
  if (Math.abs(now - parsed.data.issuedAt) > MAX_AGE_MS) return { ok: false, reason: 'expired identity' };
  if (parsed.data.requestId !== requestId) return { ok: false, reason: 'identity belongs to another request' };
  if (parsed.data.operation !== operationDigest(operation)) return { ok: false, reason: 'identity was signed for another operation' };
  return { ok: true, identity: parsed.data.identity ?? ANONYMOUS, clientAddress: parsed.data.clientAddress };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
