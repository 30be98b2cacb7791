import type pg from 'pg';
import { runTransaction } from '../../../infra/db/transaction';
import type { Logger } from '../../../infra/logging/logger';
import { type MembersDb, type MembersPrisma, Prisma } from '../data/prisma';
import type { CodeRequestLimits } from '../domain/code-request-limits';
import type { DomainError } from '../domain/errors';
import type { HistoryStartMover } from './ledger-history';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface ServiceDeps {
  db: MembersPrisma;
  /**
   * The same database through plain `pg`, for the hottest paths only (a sign-in code): a statement
   * through it costs a fraction of Prisma's client work (see data/code-request-store.ts).
   */
  sql: pg.Pool;
  clock: Clock;
  logger: Logger;
  tokenSecret: string;
  /** Keys the phone hashes in events (see infra/auth/phone-key.ts). */
  phoneKeySecret: string;
  /** Seals the codes events carry to the delivering side (infra/auth/code-sealing.ts). */
  codeDeliveryKey: string;
  /** How long a session may go unrenewed before its refresh token runs out, in seconds (access tokens live 15 minutes). */
  refreshTtl: { operator: number; member: number; terminal: number };
  /** Caps on anonymous code requests a minute (DEFAULT_CODE_REQUEST_LIMITS when not given). */
  codeRequestLimits?: CodeRequestLimits;
  /** Has the ledger move a company's history start, or refuse to (none without a ledger). */
  moveHistoryStart?: HistoryStartMover;
  /** Runs after every committed use case: delivers its events to the views before the caller is answered. */
  afterCommit?: () => Promise<void>;
}

/**
 * Runs a use case in one transaction. A DomainError thrown inside rolls everything back, so a
 * refused request changes nothing. Unique-constraint races surface as the matching domain error.
 * After the commit its events reach the views (the ledger's) before the caller hears back, so the
 * caller's next call anywhere sees the change.
 */
export async function inTransaction<T>(
  deps: ServiceDeps,
  work: (tx: MembersDb) => Promise<T>,
  uniqueViolation?: (target: string) => DomainError | null,
): Promise<T> {
  try {
    const result = await runTransaction(deps, work);
    await deps.afterCommit?.();
    return result;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002' && uniqueViolation) {
      const target = JSON.stringify(error.meta ?? {});
      const mapped = uniqueViolation(target);
      if (mapped) throw mapped;
    }
    throw error;
  }
}
