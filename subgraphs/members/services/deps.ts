import type { Logger } from '../../../infra/logging/logger';
import { type MembersDb, type MembersPrisma, Prisma } from '../data/prisma';
import type { DomainError } from '../domain/errors';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface ServiceDeps {
  db: MembersPrisma;
  clock: Clock;
  logger: Logger;
  tokenSecret: string;
  /** Keys the phone hashes in events (see infra/auth/phone-key.ts). */
  phoneKeySecret: string;
  /** Lifetimes of issued tokens, in seconds. */
  tokenTtl: { operator: number; member: number; terminal: number };
}

/**
 * Runs a use case in one transaction. A DomainError thrown inside rolls everything back, so a
 * refused request changes nothing. Unique-constraint races surface as the matching domain error.
 */
export async function inTransaction<T>(
  deps: ServiceDeps,
  work: (tx: MembersDb) => Promise<T>,
  uniqueViolation?: (target: string) => DomainError | null,
): Promise<T> {
  try {
    return await deps.db.$transaction(work, { timeout: 15_000, maxWait: 10_000 });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002' && uniqueViolation) {
      const target = JSON.stringify(error.meta ?? {});
      const mapped = uniqueViolation(target);
      if (mapped) throw mapped;
    }
    throw error;
  }
}
