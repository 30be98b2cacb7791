import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { verifySecret } from './secret-hash';

/**
 * What is kept of a one-time code (sign-in, registration, a till's payment code): a salted
 * HMAC-SHA256 under a key derived from CODE_DELIVERY_KEY, never stored with the data. A code is six
 * digits, lives minutes and dies after five wrong tries, so a slow hash would add nothing against
 * guessing through the API, while costing a CPU core a fifth of a second per code (50 codes a
 * second would need ten cores); a leaked table is useless without the key, which a slow hash of a
 * million possible codes could not promise. Passwords and terminal secrets keep scrypt (secret-hash.ts).
 */
function keyOf(codeDeliveryKey: string): Buffer {
  return createHmac('sha256', codeDeliveryKey).update('one-time code hash').digest();
}

function mac(key: Buffer, salt: string, code: string): Buffer {
  return createHmac('sha256', key).update(`${salt}\u0000${code}`).digest();
}

export function hashCode(code: string, codeDeliveryKey: string): string {
  const salt = randomBytes(16).toString('base64url');
  return ['hmac', salt, mac(keyOf(codeDeliveryKey), salt, code).toString('base64url')].join('$');
}

/** Whether the code is the one hashed; a code hashed before this scheme (scrypt) is still checked as it was. */
export async function verifyCode(code: string, stored: string, codeDeliveryKey: string): Promise<boolean> {
  if (stored.startsWith('scrypt$')) return verifySecret(code, stored);
  const [scheme, salt, expected] = stored.split('$');
  if (scheme !== 'hmac' || !salt || !expected) return false;
  const wanted = Buffer.from(expected, 'base64url');
  const actual = mac(keyOf(codeDeliveryKey), salt, code);
  return wanted.length === actual.length && timingSafeEqual(wanted, actual);
}
