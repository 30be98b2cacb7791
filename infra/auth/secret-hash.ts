import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// scrypt is memory-hard and ships with Node, so no native add-on is needed. N=2^15 costs ~50 ms.
export const DEFAULT_HASH_COST = 32768;
const COST = hashCost(process.env.SECRET_HASH_COST, process.env.NODE_ENV);
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

/**
 * The test suite hashes thousands of passwords, terminal secrets and codes; it may lower the cost
 * (SECRET_HASH_COST, a power of two from 1024). Production never runs below the default. A hash
 * keeps its own cost, so hashes of either cost verify anywhere.
 */
export function hashCost(setting: string | undefined, nodeEnv: string | undefined): number {
  if (!setting) return DEFAULT_HASH_COST;
  const cost = Number(setting);
  if (!Number.isInteger(cost) || cost < 1024 || (cost & (cost - 1)) !== 0) {
    throw new Error('SECRET_HASH_COST must be a power of two from 1024');
  }
  if (nodeEnv === 'production' && cost < DEFAULT_HASH_COST) throw new Error(`SECRET_HASH_COST may not be below ${DEFAULT_HASH_COST} in production`);
  return cost;
}

function derive(secret: string, salt: Buffer, cost: number, blockSize: number, parallelism: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, KEY_LENGTH, { N: cost, r: blockSize, p: parallelism, maxmem: MAX_MEMORY }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** A slow, salted hash for passwords, terminal secrets and one-time codes. */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, COST, BLOCK_SIZE, PARALLELISM);
  return ['scrypt', COST, BLOCK_SIZE, PARALLELISM, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, cost, blockSize, parallelism, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(secret, Buffer.from(salt, 'base64url'), Number(cost), Number(blockSize), Number(parallelism));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
