import { randomInt } from 'node:crypto';
import { DomainError } from './errors';

/**
 * Referral codes: what a member gives a friend to type at registration. Eight characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L), so a code read aloud or off a screen is typed
 * right; 31^8 (8.5·10^11) codes leave a guess almost no chance of naming someone.
 */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const REFERRAL_CODE_LENGTH = 8;

export function newReferralCode(): string {
  let code = '';
  for (let i = 0; i < REFERRAL_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** The code as typed (any case, spaces or hyphens), or INVALID_INPUT when it cannot be one. */
export function normaliseReferralCode(raw: string, field = 'referralCode'): string {
  const code = raw.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== REFERRAL_CODE_LENGTH || [...code].some((c) => !ALPHABET.includes(c))) {
    throw new DomainError('INVALID_INPUT', `A referral code is ${REFERRAL_CODE_LENGTH} letters and digits`, field);
  }
  return code;
}
