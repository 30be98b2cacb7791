import { toE164 } from '../../../infra/auth/phone-key';
import { DomainError } from './errors';

// Deliberately plain: one @, a dot in the domain, no spaces. Delivery proves the rest.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** Normalises a phone to E.164 (`+491701234567`); a leading `00` counts as `+`. */
export function normalisePhone(raw: string, field = 'phone'): string {
  const phone = toE164(raw);
  if (!phone) throw new DomainError('INVALID_PHONE', 'Phone must be in international format, e.g. +491701234567', field);
  return phone;
}

export function normaliseEmail(raw: string, field = 'email'): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) {
    throw new DomainError('INVALID_EMAIL', 'Email address is not valid', field);
  }
  return email;
}

export function checkPasswordStrength(password: string, field = 'password'): void {
  if (password.length < 8 || password.length > 128 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw new DomainError('WEAK_PASSWORD', 'Password needs 8 to 128 characters with letters and digits', field);
  }
}

export function checkBirthDate(birthDate: Date, now: Date, field = 'birthDate'): void {
  const earliest = new Date(Date.UTC(now.getUTCFullYear() - 130, 0, 1));
  if (birthDate > now || birthDate < earliest) {
    throw new DomainError('INVALID_BIRTH_DATE', 'Birth date must be in the past and plausible', field);
  }
}

export function normaliseName(raw: string, field: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length === 0 || name.length > 100) {
    throw new DomainError('INVALID_INPUT', 'Names need 1 to 100 characters', field);
  }
  return name;
}

/**
 * A phone shown to someone who may know of the member but not reach them: the first two digits
 * (the country, or most of it) and the last two; the rest hidden, one dot per digit.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= 4) return '•'.repeat(digits.length);
  return `+${digits.slice(0, 2)}${'•'.repeat(digits.length - 4)}${digits.slice(-2)}`;
}

/** A family name shown at a till: its initial only. */
export function maskName(name: string): string {
  return `${[...name.trim()][0] ?? ''}.`;
}
