import type { Identity } from '../../../infra/auth/identity';
import { giveBackLookupTurn, takeLookupTurn } from '../../../infra/throttle/lookup-throttle';
import { DomainError } from '../domain/errors';
import type { ServiceDeps } from './deps';

/** The refusals that mean a terminal named a card or member nobody holds: what stays counted. */
const MISSES: ReadonlySet<string> = new Set(['CARD_NOT_FOUND', 'MEMBER_NOT_FOUND']);

/**
 * Slows a terminal that enumerates card numbers (infra/throttle/lookup-throttle.ts): a terminal's
 * call naming a card takes a look-up turn first, refused while the terminal is locked out, and
 * gives it back unless it found nobody. Other callers are not counted: operators see every card
 * anyway, and members only their own.
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
    const turn = await takeLookupTurn(deps.db, identity.terminalId, deps.clock.now());
    if (turn.lockedUntil) {
      const resumes = turn.lockedUntil.toISOString();
      throw new DomainError('LOOKUP_RATE_LIMITED', `Too many unknown cards from this terminal; look-ups resume at ${resumes}`, 'cardNumber');
    }
    let result: T;
    try {
      result = await run();
    } catch (error) {
      if (!(error instanceof DomainError && MISSES.has(error.code))) await giveBackLookupTurn(deps.db, turn);
      throw error;
    }
    if (found(result)) await giveBackLookupTurn(deps.db, turn);
    return result;
  };
}

export type LookupGuard = ReturnType<typeof createLookupGuard>;
