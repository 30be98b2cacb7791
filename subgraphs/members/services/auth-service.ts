import { createHash } from 'node:crypto';
import { ForbiddenError } from '../../../infra/auth/forbidden';
import type { Identity } from '../../../infra/auth/identity';
import { hashSecret, verifySecret } from '../../../infra/auth/secret-hash';
import { runTransaction } from '../../../infra/db/transaction';
import { countInTwoWindows, memberStateByPhone } from '../data/code-request-store';
import { countOperators, createCompany, createOperator, findOperator, findOperatorByEmail, findTerminal, setOperatorPassword } from '../data/companies-store';
import { findMember, findMemberByPhone, updateMember } from '../data/members-store';
import { recordEvents } from '../data/outbox-store';
import { revokeSessionsOf } from '../data/sessions-store';
import { clearThrottle, countSignInAttempt } from '../data/verification-store';
import { addressBucket, assertWithinCodeRequestLimit, CODE_REQUEST_WINDOW_MS, DEFAULT_CODE_REQUEST_LIMITS } from '../domain/code-request-limits';
import { checkPasswordStrength, normaliseEmail, normalisePhone } from '../domain/contact';
import { DomainError, MemberNotFoundError } from '../domain/errors';
import { failureLocks, SIGN_IN_POLICY, signInVerdict } from '../domain/login-throttle';
import { MEMBER_SERVICE_ROLES, targetMember } from './access';
import { resolveCompanyId } from './company-resolution';
import { inTransaction, type ServiceDeps } from './deps';
import { type createSessionService, operatorIdentity } from './session-service';
import { checkCode, sendCode, useCode } from './verification-codes';

/** A real hash to compare against when the account does not exist, so timing reveals nothing. */
const DUMMY_HASH = hashSecret('no-such-account-0');

export function throttleKey(kind: string, ...parts: string[]): string {
  return createHash('sha256')
    .update([kind, ...parts].join('\u0000'))
    .digest('hex');
}

function invalidCredentials(): DomainError {
  return new DomainError('INVALID_CREDENTIALS', 'Wrong credentials', null);
}

export function createAuthService(deps: ServiceDeps, sessions: ReturnType<typeof createSessionService>) {
  /**
   * Counts a code request against the caller's address, then (if the address is within its cap)
   * against the company; refused over either cap, before any code is made.
   */
  const admitCodeRequest = async (companyId: string, clientAddress: string | null) => {
    const limits = deps.codeRequestLimits ?? DEFAULT_CODE_REQUEST_LIMITS;
    // One statement counts both windows; the company's only for requests the address's admits.
    const counts = await countInTwoWindows(
      deps.sql,
      {
        firstKey: clientAddress ? throttleKey('code-requests-address', addressBucket(clientAddress)) : null,
        secondKey: throttleKey('code-requests-company', companyId),
      },
      limits.perAddressPerMinute,
      deps.clock.now(),
      CODE_REQUEST_WINDOW_MS,
    );
    if (counts.first !== null) assertWithinCodeRequestLimit(counts.first, limits.perAddressPerMinute, 'address');
    assertWithinCodeRequestLimit(counts.second ?? 0, limits.perCompanyPerMinute, 'company');
  };
  const tooManyAttempts = () => new DomainError('TOO_MANY_ATTEMPTS', 'Too many failed attempts; try again later', null);

  /** Runs a credential check under the per-identifier attempt limit, counted before the check (see login-throttle). */
  async function throttled<T>(key: string, check: () => Promise<T | null>): Promise<T> {
    const { attempt } = await countSignInAttempt(deps.db, key, deps.clock.now(), SIGN_IN_POLICY);
    if (signInVerdict(attempt) === 'REFUSE') throw tooManyAttempts();
    let result: T | null = null;
    let refusal: DomainError = invalidCredentials();
    try {
      result = await check();
    } catch (error) {
      // A wrong one-time code counts as a failed sign-in too, but keeps its own error code.
      if (!(error instanceof DomainError) || error.code !== 'CODE_INVALID') throw error;
      refusal = error;
    }
    if (result === null) throw failureLocks(attempt) ? tooManyAttempts() : refusal;
    await clearThrottle(deps.db, [key]);
    return result;
  }

  return {
    /** First start: one company and its administrator, only while no operator exists. */
    /** A generated password (no BOOTSTRAP_ADMIN_PASSWORD) must be changed at the first sign-in. */
    async bootstrap(settings: { companyName: string; adminEmail: string; adminPassword: string; passwordGenerated?: boolean }): Promise<boolean> {
      if ((await countOperators(deps.db)) > 0) return false;
      const email = normaliseEmail(settings.adminEmail, 'BOOTSTRAP_ADMIN_EMAIL');
      checkPasswordStrength(settings.adminPassword, 'BOOTSTRAP_ADMIN_PASSWORD');
      const passwordHash = await hashSecret(settings.adminPassword);
      await runTransaction(deps, async (tx) => {
        const company = await createCompany(tx, { name: settings.companyName });
        await createOperator(tx, {
          companyId: company.id,
          email,
          passwordHash,
          role: 'ADMIN',
          passwordChangeRequired: settings.passwordGenerated === true,
          platformOperator: true,
        });
      });
      return true;
    },

    async loginOperator(input: { email: string; password: string }) {
      const email = input.email.trim().toLowerCase();
      const operator = await throttled(throttleKey('operator', email), async () => {
        const found = await findOperatorByEmail(deps.db, email);
        const ok = await verifySecret(input.password, found?.passwordHash ?? (await DUMMY_HASH));
        return found && ok ? found : null;
      });
      return { ...(await sessions.start(operatorIdentity(operator))), operator };
    },

    /**
     * An operator changes their own password, proving the current one (counted like a sign-in).
     * Every other session of theirs ends. The answer carries a new token for this session: one
     * issued while a change was required serves nothing else.
     */
    async changeOperatorPassword(identity: Identity, input: { currentPassword: string; newPassword: string }) {
      if (identity.kind !== 'operator' || !identity.sessionId) throw new ForbiddenError('Only signed-in operators have operator passwords');
      const sessionId = identity.sessionId;
      checkPasswordStrength(input.newPassword, 'newPassword');
      if (input.newPassword === input.currentPassword)
        throw new DomainError('INVALID_INPUT', 'Choose a password different from the current one', 'newPassword');
      const operator = await throttled(throttleKey('operator-password', identity.operatorId), async () => {
        const found = await findOperator(deps.db, identity.operatorId);
        const ok = await verifySecret(input.currentPassword, found?.passwordHash ?? (await DUMMY_HASH));
        return found && ok ? found : null;
      });
      const passwordHash = await hashSecret(input.newPassword);
      const updated = await runTransaction(deps, async (tx) => {
        await revokeSessionsOf(tx, operator.id, 'password changed', sessionId);
        // In the staff trail: who chose their own password, and when (a first sign-in's change included).
        await recordEvents(tx, deps, identity, null, [{ type: 'operator.password_changed', companyId: operator.companyId, data: { operatorId: operator.id } }]);
        return setOperatorPassword(tx, operator.id, passwordHash);
      });
      return { token: sessions.reissue({ ...operatorIdentity(updated), sessionId }), operator: updated };
    },

    async loginTerminal(input: { terminalId: string; secret: string }) {
      const terminal = await throttled(throttleKey('terminal', input.terminalId), async () => {
        const found = /^[0-9a-f-]{36}$/i.test(input.terminalId) ? await findTerminal(deps.db, input.terminalId) : null;
        const ok = await verifySecret(input.secret, found?.secretHash ?? (await DUMMY_HASH));
        return found?.active && ok ? found : null;
      });
      const tokens = await sessions.start({ kind: 'terminal', terminalId: terminal.id, companyId: terminal.companyId, pointOfSaleId: terminal.pointOfSaleId });
      return { ...tokens, terminal };
    },

    /**
     * Sends a sign-in code, or a registration code when the phone is not yet a member. The answer
     * is the same either way, so the call does not reveal who is a member.
     */
    async requestMemberCode(identity: Identity, input: { companyId?: string | null; phone: string }, clientAddress: string | null) {
      const companyId = await resolveCompanyId(deps.db, input.companyId);
      const phone = normalisePhone(input.phone);
      await admitCodeRequest(companyId, clientAddress);
      const member = await memberStateByPhone(deps.sql, companyId, phone);
      const known = member && member.state !== 'DELETED' && member.state !== 'CARD_HOLDER';
      return sendCode(deps, identity, {
        companyId,
        memberId: member?.id ?? null,
        purpose: known ? 'LOGIN' : 'REGISTRATION',
        target: phone,
        channel: 'SMS',
      });
    },

    /**
     * Sends the member a code to choose a new password with (resetMemberPassword): asked by the
     * member, or by the contact center for them. Staff never set, learn or see a member's password
     * or the code; the request is recorded (member.password_reset_requested) with who made it.
     */
    async requestPasswordReset(identity: Identity, input: { memberId?: string | null }) {
      const target = targetMember(identity, input.memberId, MEMBER_SERVICE_ROLES);
      const member = await findMember(deps.db, target.companyId, target.memberId);
      if (!member || member.state === 'DELETED' || !member.phone) throw new MemberNotFoundError();
      if (member.state === 'BLOCKED') throw new DomainError('MEMBER_BLOCKED', 'The account is blocked', 'memberId');
      return sendCode(deps, identity, {
        companyId: member.companyId,
        memberId: member.id,
        purpose: 'PASSWORD_RESET',
        target: member.phone,
        channel: 'SMS',
        alsoRecord: [{ type: 'member.password_reset_requested', companyId: member.companyId, memberId: member.id, data: { memberId: member.id } }],
      });
    },

    /**
     * The member sets a new password with the code requestPasswordReset sent (counted like a
     * sign-in), and is signed in; every earlier session of theirs ends.
     */
    async resetMemberPassword(input: { companyId?: string | null; phone: string; code: string; newPassword: string }) {
      checkPasswordStrength(input.newPassword, 'newPassword');
      const companyId = await resolveCompanyId(deps.db, input.companyId);
      const phone = normalisePhone(input.phone);
      const { member, codeId } = await throttled(throttleKey('member', companyId, phone), async () => {
        const found = await findMemberByPhone(deps.db, companyId, phone);
        if (found?.state !== 'REGISTERED') return null;
        return { member: found, codeId: await checkCode(deps, { companyId, target: phone, purpose: 'PASSWORD_RESET', given: input.code }) };
      });
      const passwordHash = await hashSecret(input.newPassword);
      const self = { kind: 'member' as const, memberId: member.id, companyId };
      const tokens = await inTransaction(deps, async (tx) => {
        await useCode(deps, tx, codeId);
        await updateMember(tx, member.id, { passwordHash });
        await revokeSessionsOf(tx, member.id, 'password reset');
        await recordEvents(tx, deps, self, null, [{ type: 'member.password_changed', companyId, memberId: member.id, data: { memberId: member.id } }]);
        return sessions.start(self, tx);
      });
      return { ...tokens, member };
    },

    async loginMember(input: { companyId?: string | null; phone: string; password?: string | null; code?: string | null }) {
      if (Boolean(input.password) === Boolean(input.code)) {
        throw new DomainError('INVALID_INPUT', 'Give either a password or a code', input.password ? 'code' : 'password');
      }
      const companyId = await resolveCompanyId(deps.db, input.companyId);
      const phone = normalisePhone(input.phone);
      const member = await throttled(throttleKey('member', companyId, phone), async () => {
        const found = await findMemberByPhone(deps.db, companyId, phone);
        const usable = found && found.state !== 'DELETED' && found.state !== 'CARD_HOLDER' ? found : null;
        if (input.password) {
          const ok = await verifySecret(input.password, usable?.passwordHash ?? (await DUMMY_HASH));
          return usable && ok ? usable : null;
        }
        if (!usable) return null;
        await useCode(deps, deps.db, await checkCode(deps, { companyId, target: phone, purpose: 'LOGIN', given: String(input.code) }));
        return usable;
      });
      return { ...(await sessions.start({ kind: 'member', memberId: member.id, companyId })), member };
    },
  };
}
