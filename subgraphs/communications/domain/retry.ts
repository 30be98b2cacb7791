/** How often a message is tried before it is marked failed. */
export const MAX_ATTEMPTS = 8;

/** How long a claimed message stays claimed by default: a process that dies mid-send releases it after this (DELIVERY_LEASE_SECONDS). */
export const CLAIM_LEASE_MS = 30_000;

/** When a failed attempt is tried again: 2 s, 4 s, 8 s … at most 10 minutes, with some jitter so failures do not move in step. */
export function retryDelayMs(attempts: number, random = Math.random): number {
  const base = Math.min(2 ** attempts * 1000, 10 * 60_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}
