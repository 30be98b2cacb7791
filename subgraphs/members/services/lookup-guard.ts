import type { Identity } from '../../../infra/auth/identity';
import { countLookupMiss, lookupLockedUntil } from '../../../infra/throttle/lookup-throttle';
import { DomainError } from '../domain/errors';
import type { ServiceDeps } from './deps';

/** The refusals that mean a terminal named a card or member nobody holds: what is counted. */
const MISSES: ReadonlySet<string> = new Set(['CARD_NOT_FOUND', 'MEMBER_NOT_FOUND']);

const refusal = (until: Date) =>
  new DomainError('LOOKUP_RATE_LIMITED', `Too many unknown cards from this terminal; look-ups resume at ${until.toISOString()}`, 'cardNumber');

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
      if (error instanceof DomainError && MISSES.has(error.code)) await missed();
      throw error;
    }
    if (!found(result)) await missed();
    return result;
  };
}

export type LookupGuard = ReturnType<typeof createLookupGuard>;
