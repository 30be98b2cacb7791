import { randomInt } from 'node:crypto';
import { DomainError } from './errors';

/** Card numbers are 16 digits: a prefix, a sequence and a Luhn check digit (like payment cards). */
export const CARD_NUMBER_LENGTH = 16;
export const MAX_BATCH_SIZE = 100_000;
const VIRTUAL_PREFIX = '99';

export function luhnCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let digit = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidCardNumber(number: string): boolean {
  if (!/^\d+$/.test(number) || number.length !== CARD_NUMBER_LENGTH) return false;
  return luhnCheckDigit(number.slice(0, -1)) === Number(number[number.length - 1]);
}

/** Strips spaces a scanner or a person may add, and refuses numbers whose check digit is wrong. */
export function normaliseCardNumber(raw: string, field = 'cardNumber'): string {
  const number = raw.replace(/[\s-]/g, '');
  if (!isValidCardNumber(number)) {
    throw new DomainError('INVALID_CARD_NUMBER', `Card number must be ${CARD_NUMBER_LENGTH} digits with a valid check digit`, field);
  }
  return number;
}

export function cardNumberFor(prefix: string, sequence: bigint): string {
  const body = prefix + sequence.toString().padStart(CARD_NUMBER_LENGTH - 1 - prefix.length, '0');
  return body + luhnCheckDigit(body);
}

export interface BatchPlan {
  prefix: string;
  firstSequence: bigint;
  size: number;
  numbers: string[];
}

/** Validates a batch request and lists its numbers; the prefix keeps physical and virtual ranges apart. */
export function planCardBatch(prefix: string, firstSequence: bigint, size: number): BatchPlan {
  if (!/^[1-8]\d{0,7}$/.test(prefix)) {
    throw new DomainError('INVALID_INPUT', 'Prefix must be 1 to 8 digits and must not start with 0 or 9', 'prefix');
  }
  if (!Number.isInteger(size) || size < 1 || size > MAX_BATCH_SIZE) {
    throw new DomainError('INVALID_INPUT', `Batch size must be 1 to ${MAX_BATCH_SIZE}`, 'size');
  }
  const sequenceDigits = CARD_NUMBER_LENGTH - 1 - prefix.length;
  const last = firstSequence + BigInt(size) - 1n;
  if (firstSequence < 0n || last.toString().length > sequenceDigits) {
    throw new DomainError('INVALID_INPUT', `The range does not fit in ${sequenceDigits} sequence digits`, 'firstNumber');
  }
  const numbers: string[] = [];
  for (let sequence = firstSequence; sequence <= last; sequence++) numbers.push(cardNumberFor(prefix, sequence));
  return { prefix, firstSequence, size, numbers };
}

/** A fresh virtual card number; uniqueness is enforced by the database and retried by the caller. */
export function randomVirtualCardNumber(): string {
  let sequence = '';
  for (let i = 0; i < CARD_NUMBER_LENGTH - 1 - VIRTUAL_PREFIX.length; i++) sequence += randomInt(10);
  return cardNumberFor(VIRTUAL_PREFIX, BigInt(sequence));
}
