import { randomInt } from 'node:crypto';
import { DomainError } from './errors';

export const CODE_LENGTH = 6;
export const CODE_TTL_MS = 10 * 60_000;
export const MAX_CODE_ATTEMPTS = 5;
/** The answer to a code asked for again within CODE_RESEND_INTERVAL_MS of an unused one. */
export const codeRequestedTooOften = () => new DomainError('CODE_REQUESTED_TOO_OFTEN', 'A code was sent moments ago; wait before asking again', null);

/** A new code for the same target and purpose is refused until this much time has passed. */
export const CODE_RESEND_INTERVAL_MS = 30_000;

export function generateCode(): string {
  return randomInt(0, 10 ** CODE_LENGTH)
    .toString()
    .padStart(CODE_LENGTH, '0');
}

export interface StoredCode {
  attempts: number;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
}

export function assertMayResend(latest: StoredCode | null, now: Date): void {
  if (latest && !latest.usedAt && now.getTime() - latest.createdAt.getTime() < CODE_RESEND_INTERVAL_MS) {
    throw codeRequestedTooOften();
  }
}

/** Decides whether a code may still be tried; the caller counts the attempt before comparing. */
export function assertCodeUsable(code: StoredCode | null, now: Date, field = 'code'): asserts code is StoredCode {
  if (!code || code.usedAt) throw new DomainError('CODE_INVALID', 'The code is wrong or was not requested', field);
  if (code.expiresAt <= now) throw new DomainError('CODE_EXPIRED', 'The code has expired; request a new one', field);
  if (code.attempts >= MAX_CODE_ATTEMPTS) {
    throw new DomainError('TOO_MANY_ATTEMPTS', 'Too many wrong codes; request a new one', field);
  }
}
