import type { Identity } from '../../../infra/auth/identity';
import { hashSecret, verifySecret } from '../../../infra/auth/secret-hash';
import { runTransaction } from '../../../infra/db/transaction';
import { recordEvents } from '../data/outbox-store';
import type { MembersDb } from '../data/prisma';
import { countAttempt, createCode, latestCode, markCodeUsed, type VerificationPurpose } from '../data/verification-store';
import { DomainError } from '../domain/errors';
import { assertCodeUsable, assertMayResend, CODE_TTL_MS, generateCode, MAX_CODE_ATTEMPTS } from '../domain/one-time-code';
import type { ServiceDeps } from './deps';

export interface CodeRequest {
  companyId: string;
  memberId: string | null;
  purpose: VerificationPurpose;
  /** The phone or email the code goes to. */
  target: string;
  channel: 'SMS' | 'EMAIL';
}

/**
 * Creates a one-time code (only its hash is stored) and emits `verification.code_requested`
 * for the communications subgraph to deliver.
 */
export async function sendCode(deps: ServiceDeps, identity: Identity, request: CodeRequest): Promise<{ expiresAt: Date }> {
  const now = deps.clock.now();
  assertMayResend(await latestCode(deps.db, request.companyId, request.target, request.purpose), now);
  const code = generateCode();
  const codeHash = await hashSecret(code);
  const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
  await runTransaction(deps, async (tx) => {
    await createCode(tx, { ...pick(request), codeHash, expiresAt, createdAt: now });
    await recordEvents(tx, deps, identity, null, [
      {
        type: 'verification.code_requested',
        companyId: request.companyId,
        memberId: request.memberId,
        data: { purpose: request.purpose, channel: request.channel, destination: request.target, code, expiresAt: expiresAt.toISOString() },
      },
    ]);
  });
  return { expiresAt };
}

function pick(request: CodeRequest) {
  return { companyId: request.companyId, memberId: request.memberId, purpose: request.purpose, target: request.target };
}

/**
 * Checks a code and consumes it. Every attempt is counted (outside the caller's transaction, so a
 * wrong code still uses up an attempt); after MAX_CODE_ATTEMPTS the code is dead.
 */
export async function consumeCode(
  deps: ServiceDeps,
  companyId: string,
  target: string,
  purpose: VerificationPurpose,
  given: string,
  tx: MembersDb,
  field = 'code',
): Promise<void> {
  const now = deps.clock.now();
  const stored = await latestCode(deps.db, companyId, target, purpose);
  assertCodeUsable(stored, now, field);
  const counted = await countAttempt(deps.db, stored.id);
  const matches = /^\d{6}$/.test(given.trim()) && (await verifySecret(given.trim(), stored.codeHash));
  if (!matches) {
    const left = MAX_CODE_ATTEMPTS - counted.attempts;
    throw new DomainError('CODE_INVALID', left > 0 ? `Wrong code; ${left} attempt(s) left` : 'Wrong code; request a new one', field);
  }
  await markCodeUsed(tx, stored.id, now);
}
