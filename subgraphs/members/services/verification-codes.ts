import { hashCode, verifyCode } from '../../../infra/auth/code-hash';
import { sealCode } from '../../../infra/auth/code-sealing';
import type { Identity } from '../../../infra/auth/identity';
import { runTransaction } from '../../../infra/db/transaction';
import { createCodeUnlessRecent, lockCodeTarget } from '../data/code-request-store';
import { type MemberEvent, recordEvents } from '../data/outbox-store';
import type { MembersDb } from '../data/prisma';
import { countAttempt, createCode, latestCode, markCodeUsed, type VerificationPurpose } from '../data/verification-store';
import { DomainError } from '../domain/errors';
import {
  assertCodeUsable,
  assertMayResend,
  CODE_RESEND_INTERVAL_MS,
  CODE_TTL_MS,
  codeRequestedTooOften,
  generateCode,
  MAX_CODE_ATTEMPTS,
} from '../domain/one-time-code';
import type { ServiceDeps } from './deps';

export interface CodeRequest {
  companyId: string;
  memberId: string | null;
  purpose: VerificationPurpose;
  /** The phone or email the code goes to. */
  target: string;
  channel: 'SMS' | 'EMAIL';
  /** Events about the request itself, recorded with the code in one transaction (the staff trail). */
  alsoRecord?: MemberEvent[];
}

/**
 * Creates a one-time code (only its hash is stored) and emits `verification.code_requested`
 * for the communications subgraph to deliver. A member's or an anonymous caller's request is one
 * statement (data/code-request-store.ts); one with more to record (staff asking for a member, the
 * staff trail) is a transaction.
 */
export async function sendCode(deps: ServiceDeps, identity: Identity, request: CodeRequest): Promise<{ expiresAt: Date }> {
  const now = deps.clock.now();
  const code = generateCode();
  const codeHash = hashCode(code, deps.codeDeliveryKey);
  const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
  const events: MemberEvent[] = [
    {
      type: 'verification.code_requested',
      companyId: request.companyId,
      memberId: request.memberId,
      data: {
        purpose: request.purpose,
        channel: request.channel,
        destination: request.target,
        sealedCode: sealCode(code, deps.codeDeliveryKey),
        expiresAt: expiresAt.toISOString(),
      },
    },
    ...(request.alsoRecord ?? []),
  ];
  if (request.alsoRecord === undefined && identity.kind !== 'operator') {
    const resendAfter = new Date(now.getTime() - CODE_RESEND_INTERVAL_MS);
    const stored = await createCodeUnlessRecent(
      deps.sql,
      { ...pick(request), codeHash, expiresAt, createdAt: now, resendAfter },
      { source: 'members', identity, list: events },
    );
    if (!stored) throw codeRequestedTooOften();
    return { expiresAt };
  }
  await runTransaction(deps, async (tx) => {
    // The same lock as the one-statement path: requests for one target at once store one code.
    await lockCodeTarget(tx, request);
    assertMayResend(await latestCode(tx, request.companyId, request.target, request.purpose), now);
    await createCode(tx, { ...pick(request), codeHash, expiresAt, createdAt: now });
    await recordEvents(tx, deps, identity, null, events);
  });
  return { expiresAt };
}

function pick(request: CodeRequest) {
  return { companyId: request.companyId, memberId: request.memberId, purpose: request.purpose, target: request.target };
}

/**
 * Checks a code, before any transaction: every attempt is counted first and judged by the count
 * it returns, so parallel guesses cannot share one number, and a wrong code uses up an attempt
 * whatever happens after. After MAX_CODE_ATTEMPTS the code is dead. No connection is held while
 * the code's hash is compared. Returns the code to consume (`useCode`) with the change it confirms.
 */
export async function checkCode(
  deps: ServiceDeps,
  request: { companyId: string; target: string; purpose: VerificationPurpose; given: string },
  field = 'code',
): Promise<string> {
  const stored = await latestCode(deps.db, request.companyId, request.target, request.purpose);
  assertCodeUsable(stored, deps.clock.now(), field);
  const counted = await countAttempt(deps.db, stored.id);
  if (counted.attempts > MAX_CODE_ATTEMPTS) throw new DomainError('TOO_MANY_ATTEMPTS', 'Too many wrong codes; request a new one', field);
  const given = request.given.trim();
  if (!(/^\d{6}$/.test(given) && (await verifyCode(given, stored.codeHash, deps.codeDeliveryKey)))) {
    const left = MAX_CODE_ATTEMPTS - counted.attempts;
    throw new DomainError('CODE_INVALID', left > 0 ? `Wrong code; ${left} attempt(s) left` : 'Wrong code; request a new one', field);
  }
  return stored.id;
}

/** Consumes a checked code in the transaction of the change it confirms: two right answers at once, only the first counts. */
export async function useCode(deps: ServiceDeps, tx: MembersDb, codeId: string, field = 'code'): Promise<void> {
  if (!(await markCodeUsed(tx, codeId, deps.clock.now()))) throw new DomainError('CODE_INVALID', 'The code is wrong or was not requested', field);
}
