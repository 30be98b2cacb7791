import { createHash } from 'node:crypto';

/**
 * How a reward's occurrence names a friend (FRIEND_INVITED, FRIENDS_FIRST_PURCHASE): by a hash of
 * their phone's key, so the inviter earns once per friend's phone (a friend opting out and
 * registering again earns nothing twice) without the inviter's reward keeping the friend's key.
 * The ledger and the offers subgraph each name one of the two; they must agree on the form.
 */
export function friendOccurrence(what: 'invited' | 'purchased', friendKey: string): string {
  return `friend-${what}:${createHash('sha256').update(`friend:${friendKey}`).digest('hex').slice(0, 32)}`;
}
