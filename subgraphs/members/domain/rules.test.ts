import { ValidationErrors } from './errors';
import { failureLocks, SIGN_IN_POLICY, signInVerdict } from './login-throttle';
import { canAccrue, canSpend, DEFAULT_SPENDING_STATES, isProfileComplete, stateAfterUnblock } from './member-state';
import { assertCodeUsable, assertMayResend, CODE_RESEND_INTERVAL_MS, MAX_CODE_ATTEMPTS } from './one-time-code';
import { channelSetting, validateRegistration } from './registration';

const now = new Date('2026-11-23T12:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

describe('member states', () => {
  test('card holders accrue but do not spend by default; blocked members do neither', () => {
    expect([canAccrue('CARD_HOLDER'), canSpend('CARD_HOLDER', DEFAULT_SPENDING_STATES)]).toEqual([true, false]);
    expect([canAccrue('REGISTERED'), canSpend('REGISTERED', DEFAULT_SPENDING_STATES)]).toEqual([true, true]);
    expect([canAccrue('BLOCKED'), canSpend('BLOCKED', ['BLOCKED', 'REGISTERED'])]).toEqual([false, false]);
    expect(canSpend('CARD_HOLDER', ['CARD_HOLDER', 'REGISTERED'])).toBe(true);
  });

  test('unblocking returns to what the member had earned', () => {
    expect(stateAfterUnblock(now)).toBe('REGISTERED');
    expect(stateAfterUnblock(null)).toBe('CARD_HOLDER');
  });

  test('a profile is complete with phone, email, names and birth date', () => {
    const full = { phone: '+491', email: 'a@b.de', firstName: 'A', lastName: 'B', birthDate: now };
    expect(isProfileComplete(full)).toBe(true);
    expect(isProfileComplete({ ...full, birthDate: null })).toBe(false);
  });
});

describe('sign-in throttling', () => {
  const { maxFailures } = SIGN_IN_POLICY;
  test(`checks the first ${maxFailures} attempts of a window and refuses the rest unseen`, () => {
    for (let attempt = 1; attempt <= maxFailures; attempt++) expect(signInVerdict(attempt)).toBe('CHECK');
    expect([signInVerdict(maxFailures + 1), signInVerdict(40)]).toEqual(['REFUSE', 'REFUSE']);
  });

  test(`a wrong answer on the ${maxFailures}th attempt locks, and not before`, () => {
    for (let attempt = 1; attempt < maxFailures; attempt++) expect(failureLocks(attempt)).toBe(false);
    expect(failureLocks(maxFailures)).toBe(true);
  });
});

describe('one-time codes', () => {
  const code = { attempts: 0, expiresAt: later(60_000), usedAt: null, createdAt: now };
  test('usable until expiry, refused after, and after the attempts run out', () => {
    expect(() => assertCodeUsable(code, now)).not.toThrow();
    expect(() => assertCodeUsable(code, later(60_000))).toThrow(expect.objectContaining({ code: 'CODE_EXPIRED' }));
    expect(() => assertCodeUsable({ ...code, attempts: MAX_CODE_ATTEMPTS - 1 }, now)).not.toThrow();
    expect(() => assertCodeUsable({ ...code, attempts: MAX_CODE_ATTEMPTS }, now)).toThrow(expect.objectContaining({ code: 'TOO_MANY_ATTEMPTS' }));
    expect(() => assertCodeUsable({ ...code, usedAt: now }, now)).toThrow(expect.objectContaining({ code: 'CODE_INVALID' }));
  });

  test('a new code waits for the resend interval', () => {
    expect(() => assertMayResend(code, later(CODE_RESEND_INTERVAL_MS - 1))).toThrow(expect.objectContaining({ code: 'CODE_REQUESTED_TOO_OFTEN' }));
    expect(() => assertMayResend(code, later(CODE_RESEND_INTERVAL_MS))).not.toThrow();
  });
});

describe('registration rules', () => {
  test('every missing required field is reported at once', () => {
    const setting = { channel: 'POS' as const, enabled: true, requiredFields: ['email' as const, 'lastName' as const] };
    try {
      validateRegistration({ phone: '+491701234567' }, setting, now);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationErrors);
      expect((error as ValidationErrors).errors.map((e) => e.field)).toEqual(['email', 'lastName']);
    }
  });

  test('unconfigured channels use the defaults', () => {
    expect(channelSetting('PERSONAL_ACCOUNT', [])).toEqual({ channel: 'PERSONAL_ACCOUNT', enabled: true, requiredFields: ['email', 'firstName', 'password'] });
  });
});
