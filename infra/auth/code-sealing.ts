import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * One-time and till codes travel to the delivering side (the communications subgraph) inside
 * events, which sit in outbox and queue tables and their backups. They travel sealed
 * (AES-256-GCM under CODE_DELIVERY_KEY), so whoever reads those tables learns no code; only the
 * side that sends the SMS opens them.
 */
function keyOf(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

export function sealCode(code: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const sealed = Buffer.concat([cipher.update(code, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The code inside a sealed one; throws when it was sealed with another key or altered. */
export function openCode(sealed: string, secret: string): string {
  const bytes = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
}
