import { LOOKUP_MISS_CODES, lookupLockedUntil, lookupLockedUntilSql, lookupRefusalMessage } from '../../../infra/throttle/lookup-throttle';
import { type LedgerSql, Prisma } from '../data/prisma';
import { gatedBy, type ReadRow } from '../data/read-together';
import { LedgerError } from '../domain/errors';
import type { LedgerDeps } from './deps';
import type { PosMemberKey } from './pos-member';
import type { Terminal } from './till';

const LOCK_COLUMN = 'lookup_locked_until';

/**
 * Slows a terminal that enumerates cards or phones (infra/throttle/lookup-throttle.ts): a till call
 * naming a member by card or phone is refused while the terminal is locked out (checked once its
 * key is claimed, so a replayed key answers as the first time), and one that found nobody is
 * counted with the terminal's misses in the members subgraph; past the limit it is answered
 * LOOKUP_RATE_LIMITED instead.
 */
export function lookupGuard(deps: Pick<LedgerDeps, 'sql' | 'clock' | 'reportLookupMiss'>, terminal: Terminal, key: PosMemberKey) {
  const names = Boolean(key.cardNumber || key.phone);
  const refusal = (until: Date) => new LedgerError('LOOKUP_RATE_LIMITED', lookupRefusalMessage(until), key.phone ? 'phone' : 'cardNumber');

  return {
    /** Refuses the call while the terminal is locked out of look-ups (in the call's transaction, or on its own). */
    async take(db: LedgerSql = deps.sql): Promise<void> {
      if (!names) return;
      const lockedUntil = await lookupLockedUntil(db, terminal.terminalId, deps.clock.now());
      if (lockedUntil) throw refusal(lockedUntil);
    },

    /** What `takeRead` needs, as named expressions for the statement that claims the call's key to read (none when the call names nobody). */
    lockRead: (): Array<[string, Prisma.Sql]> => (names ? [[LOCK_COLUMN, lookupLockedUntilSql(terminal.terminalId, deps.clock.now())]] : []),

    /** A SELECT `read` that reads nothing while the terminal is locked out of look-ups (the call is refused then). */
    unlessLockedOut: (read: Prisma.Sql): Prisma.Sql =>
      names ? gatedBy(Prisma.sql`${lookupLockedUntilSql(terminal.terminalId, deps.clock.now())} IS NULL`, read) : read,

    /** `take`, given the row the key's claim read with `lockRead` (read here when it was not). */
    async takeRead(db: LedgerSql, read: ReadRow | undefined): Promise<void> {
      if (!read || !(LOCK_COLUMN in read)) return this.take(db);
      if (read[LOCK_COLUMN]) throw refusal(read[LOCK_COLUMN] as Date);
    },

    /** Runs the call; a miss is counted, and one beyond the limit is refused instead of answered. */
    async around<T>(run: () => Promise<T>): Promise<T> {
      try {
        return await run();
      } catch (error) {
        if (names && error instanceof LedgerError && LOOKUP_MISS_CODES.has(error.code)) {
          const lockedUntil = await deps.reportLookupMiss(terminal);
          if (lockedUntil) throw refusal(lockedUntil);
        }
        throw error;
      }
    },
  };
}
