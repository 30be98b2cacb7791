import type { Identity } from '../../../infra/auth/identity';
import { countLookupMiss, LOOKUP_MISS_CODES, lookupLockedUntil, lookupRefusalMessage } from '../../../infra/throttle/lookup-throttle';
import { DomainError } from '../domain/errors';
import type { ServiceDeps } from './deps';

const refusal = (until: Date) => new DomainError('LOOKUP_RATE_LIMITED', lookupRefusalMessage(until), 'cardNumber');

/**
 * Slows a terminal that enumerates card numbers (infra/throttle/lookup-throttle.ts): a terminal's
 * call naming a card is refused while the terminal is locked out, and one that found nobody is
 * counted; past the limit it is answered LOOKUP_RATE_LIMITED instead. Other callers are not
 * counted: operators see every card anyway, and members only their own.
 */
export function createLookupGuard(deps: ServiceDeps) {
  return async function guardLookup<T>(
    identity: Identity,
    named: { cardNumber?: string | null },
    run: () => Promise<T>,
    /** Whether an answer found someone (a query answers null instead of refusing). */
    found: (result: T) => boolean = () => true,
  ): Promise<T> {
    if (identity.kind !== 'terminal' || !named.cardNumber) return run();
    const lockedUntil = await lookupLockedUntil(deps.db, identity.terminalId, deps.clock.now());
    if (lockedUntil) throw refusal(lockedUntil);
    const missed = async () => {
      const over = await countLookupMiss(deps.db, identity.terminalId, deps.clock.now());
      if (over) throw refusal(over);
    };
    let result: T;
    try {
      result = await run();
    } catch (error) {
      if (error instanceof DomainError && LOOKUP_MISS_CODES.has(error.code)) await missed();
      throw error;
    }
    if (!found(result)) await missed();
    return result;
  };
}

export type LookupGuard = ReturnType<typeof createLookupGuard>;
