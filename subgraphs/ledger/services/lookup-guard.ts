import { giveBackLookupTurn, type LookupTurn, takeLookupTurn } from '../../../infra/throttle/lookup-throttle';
import { LedgerError } from '../domain/errors';
import type { LedgerDeps } from './deps';
import type { PosMemberKey } from './pos-member';
import type { Terminal } from './till';

/** The refusals that mean a till named a card or phone nobody holds: what stays counted. */
const MISSES: ReadonlySet<string> = new Set(['CARD_NOT_FOUND', 'MEMBER_NOT_FOUND']);

/**
 * Slows a terminal that enumerates cards or phones (infra/throttle/lookup-throttle.ts): a till call
 * naming a member by card or phone takes a look-up turn before its transaction (runOnce's `before`,
 * so a replayed key answers as the first time without one) and gives it back unless it found nobody.
 */
export function lookupGuard(deps: Pick<LedgerDeps, 'db' | 'clock'>, terminal: Terminal, key: PosMemberKey) {
  let turn: LookupTurn | null = null;

  async function settle(error: unknown): Promise<void> {
    const taken = turn;
    turn = null;
    if (!taken || taken.lockedUntil) return;
    if (error instanceof LedgerError && MISSES.has(error.code)) return;
    await giveBackLookupTurn(deps.db, taken);
  }

  return {
    /** Refuses the call while the terminal is locked out of look-ups. */
    async take(): Promise<void> {
      if (!key.cardNumber && !key.phone) return;
      turn = await takeLookupTurn(deps.db, terminal.terminalId, deps.clock.now());
      if (turn.lockedUntil) {
        const resumes = turn.lockedUntil.toISOString();
        throw new LedgerError(
          'LOOKUP_RATE_LIMITED',
          `Too many unknown cards or phones from this terminal; look-ups resume at ${resumes}`,
          key.phone ? 'phone' : 'cardNumber',
        );
      }
    },

    /** Runs the call, then keeps its turn counted only when it found nobody. */
    async around<T>(run: () => Promise<T>): Promise<T> {
      try {
        const result = await run();
        await settle(null);
        return result;
      } catch (error) {
        await settle(error);
        throw error;
      }
    },
  };
}
