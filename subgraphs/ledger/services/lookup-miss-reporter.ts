import { callInternal, internalUrl } from '../../../infra/internal/internal-call';
import type { PeerUrls } from '../../../infra/internal/peers';
import type { Logger } from '../../../infra/logging/logger';
import { countLookupMiss, keepLookupLock, LOOKUP_MISS_ROUTE, type LookupMissAnswer } from '../../../infra/throttle/lookup-throttle';
import type { LedgerPrisma } from '../data/prisma';
import type { Clock } from './deps';
import type { Terminal } from './till';

/** A till waits this long for the members subgraph to count a miss before the ledger counts it alone. */
const REPORT_TIMEOUT_MS = 2000;

/** Counts a terminal's look-up that found nobody; returns until when the terminal is locked when this miss is beyond the limit. */
export type LookupMissReporter = (terminal: Terminal) => Promise<Date | null>;

/**
 * Reports a miss to the members subgraph, which keeps the one count of a terminal's misses in both
 * subgraphs (infra/throttle/lookup-throttle.ts), and keeps the lock it answers with. When the
 * members subgraph cannot be reached the ledger counts the miss in its own table, so a terminal is
 * never let guess freely while members is down.
 */
export function createLookupMissReporter(deps: { db: LedgerPrisma; clock: Clock; logger: Logger }, peers: PeerUrls, secret: string): LookupMissReporter {
  return async (terminal) => {
    const now = deps.clock.now();
    if (peers.members) {
      try {
        const report = { terminalId: terminal.terminalId, companyId: terminal.companyId, pointOfSaleId: terminal.pointOfSaleId };
        const answer = await callInternal<LookupMissAnswer>(internalUrl(peers.members, LOOKUP_MISS_ROUTE), report, secret, REPORT_TIMEOUT_MS);
        if (!answer.lockedUntil) return null;
        const lockedUntil = new Date(answer.lockedUntil);
        await keepLookupLock(deps.db, terminal.terminalId, lockedUntil);
        return lockedUntil;
      } catch (error) {
        deps.logger.warn({ err: error }, 'reporting a look-up miss to the members subgraph failed; counted here');
      }
    }
    return (await countLookupMiss(deps.db, terminal.terminalId, now))?.lockedUntil ?? null;
  };
}
