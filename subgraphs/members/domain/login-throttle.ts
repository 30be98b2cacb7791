/**
 * Sign-in guessing is slowed per identifier: at most `maxFailures` attempts are checked in a
 * window of `windowMs`; the one that reaches the limit locks the identifier for `lockMs`, and a
 * success clears the count. Attempts are counted before their credentials are checked, so parallel
 * guesses each take a number and those beyond the limit are refused unseen.
 */
export const SIGN_IN_POLICY = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 } as const;

export type SignInVerdict = 'CHECK' | 'REFUSE';

/** Whether the attempt numbered `attempt` in its window has its credentials checked at all. */
export function signInVerdict(attempt: number): SignInVerdict {
  return attempt <= SIGN_IN_POLICY.maxFailures ? 'CHECK' : 'REFUSE';
}

/** A wrong answer on the window's last allowed attempt locks: the caller learns so at once. */
export function failureLocks(attempt: number): boolean {
  return attempt >= SIGN_IN_POLICY.maxFailures;
}
