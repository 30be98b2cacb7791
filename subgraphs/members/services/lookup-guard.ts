import type { Identity } from '../../../infra/auth/identity';
import { countLookupMiss, LOOKUP_MISS_CODES, LOOKUPS_LOCKED_EVENT, lookupLockedUntil, lookupRefusalMessage } from '../../../infra/throttle/lookup-throttle';
import { recordEvents } from '../data/outbox-store';
import { DomainError } from '../domain/errors';
import { inTransaction, type ServiceDeps } from './deps';

type TerminalIdentity = Extract<Identity, { kind: 'terminal' }>;

/**
 * Counts a terminal's look-up that found nobody, here or in the ledger (the one count both
 * subgraphs refuse on, infra/throttle/lookup-throttle.ts). The miss that locks the terminal
 * announces the lock in an event, so the ledger refuses the terminal's known cards too.
 * Returns until when the terminal is locked when this miss is beyond the limit, else null.
 */
export function createLookupMissCounter(deps: ServiceDeps) {
  return (terminal: TerminalIdentity): Promise<Date | null> =>
    inTransaction(deps, async (tx) => {
      const counted = await countLookupMiss(tx, terminal.terminalId, deps.clock.now());
      if (counted?.locks) {
        await recordEvents(tx, deps, terminal, null, [
          {
            type: LOOKUPS_LOCKED_EVENT,
            companyId: terminal.companyId,
            data: { terminalId: terminal.terminalId, lockedUntil: counted.lockedUntil.toISOString() },
          },
        ]);
      }
      return counted?.lockedUntil ?? null;
    });
}

/**
 * Slows a terminal that enumerates cards or phones: a terminal's call naming a card or a phone is
 * refused while the terminal is locked out (a registration too, or PHONE_TAKEN would tell who is
 * registered), and one that found nobody is counted; past the limit it is answered
 * LOOKUP_RATE_LIMITED instead. Other callers are not counted: operators see every card anyway, and
 * members only their own.
 */
export function createLookupGuard(deps: ServiceDeps) {
  const countMiss = createLookupMissCounter(deps);
  return async function guardLookup<T>(
    identity: Identity,
    named: { cardNumber?: string | null; phone?: string | null },
    run: () => Promise<T>,
    /** Whether an answer found someone (a query answers null instead of refusing). */
    found: (result: T) => boolean = () => true,
    /** The refusals that count as a look-up: those that say nobody holds what was named, unless the call says others tell as much. */
    counted: ReadonlySet<string> = LOOKUP_MISS_CODES,
  ): Promise<T> {
    if (identity.kind !== 'terminal' || !(named.cardNumber || named.phone)) return run();
    const refusal = (until: Date) => new DomainError('LOOKUP_RATE_LIMITED', lookupRefusalMessage(until), named.cardNumber ? 'cardNumber' : 'phone');
    const lockedUntil = await lookupLockedUntil(deps.db, identity.terminalId, deps.clock.now());
    if (lockedUntil) throw refusal(lockedUntil);
    const missed = async () => {
      const over = await countMiss(identity);
      if (over) throw refusal(over);
    };
    let result: T;
    try {
      result = await run();
    } catch (error) {
      if (error instanceof DomainError && counted.has(error.code)) await missed();
      throw error;
    }
    if (!found(result)) await missed();
    return result;
  };
}

export type LookupGuard = ReturnType<typeof createLookupGuard>;
