import { Sql } from '@prisma/client/runtime/client';
/**
 * Card numbers are sequential and phones guessable, so a terminal could harvest who holds which by
 * naming numbers it does not know. The members subgraph (which owns terminals) counts, per terminal,
 * the look-ups that found nobody in its `lookup_throttles` table (PostgreSQL, so every instance
 * shares the count), the ledger's misses included: the ledger reports each one (the internal
 * `lookup-miss` call) and keeps the lock it is told of, and every lock is also announced in an
 * event (`pos_terminal.lookups_locked`), so both subgraphs refuse together on one count. Past
 * `maxUnknown` in a window of `windowMs`, every look-up by card or phone of that terminal is refused
 * for `lockMs`, known cards too. Refusing only unknown numbers would keep answering known ones, and
 * the refusal itself would then tell which numbers exist.
 *
 * A look-up that finds someone costs one read (is the terminal locked?); one that finds nobody is
 * counted in one atomic statement, and a miss beyond the limit is answered LOOKUP_RATE_LIMITED, not
 * "not found", and locks the terminal. So parallel guesses each get their own number (40 at once:
 * 10 answered, 30 refused), and an honest till's parallel look-ups of known cards never count.
 */
export const LOOKUP_POLICY = { maxUnknown: 10, windowMs: 10 * 60_000, lockMs: 10 * 60_000 } as const;

/** What the LOOKUP_RATE_LIMITED refusal means, as both subgraphs describe it. */
export const LOOKUP_RATE_LIMITED_MEANS = `This terminal named ${LOOKUP_POLICY.maxUnknown} cards or phones that nobody holds within ${LOOKUP_POLICY.windowMs / 60_000} minutes: from its next look-up on it looks nobody up, known cards included, for ${LOOKUP_POLICY.lockMs / 60_000} minutes; the message says when look-ups resume.`;

/** The refusals that mean a terminal named a card or phone nobody holds: what is counted, in either subgraph. */
export const LOOKUP_MISS_CODES: ReadonlySet<string> = new Set(['CARD_NOT_FOUND', 'MEMBER_NOT_FOUND']);

/** What a refused look-up says, in either subgraph. */
export function lookupRefusalMessage(lockedUntil: Date): string {
  return `Too many unknown cards or phones from this terminal; look-ups resume at ${lockedUntil.toISOString()}`;
}

/** The internal call through which the ledger reports a miss to the members subgraph. */
export const LOOKUP_MISS_ROUTE = 'lookup-miss';
export interface LookupMissReport {
  terminalId: string;
  companyId: string;
  pointOfSaleId: string;
}
/** The members subgraph's answer: until when the terminal is locked, when this miss is beyond the limit. */
export interface LookupMissAnswer {
  lockedUntil: string | null;
}

/** The event that tells every subgraph a terminal is locked out of look-ups. */
export const LOOKUPS_LOCKED_EVENT = 'pos_terminal.lookups_locked';

/** What the subgraphs' Prisma clients offer for plain statements. */
interface RawSql {
  $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): Promise<T>;
}

/** Keeps a lock another subgraph counted (the lock only; the count is the members subgraph's). */
export async function keepLookupLock(db: RawSql, terminalId: string, lockedUntil: Date): Promise<void> {
  await db.$queryRaw`
    INSERT INTO lookup_throttles AS l (terminal_id, misses, locked_until)
    VALUES (${terminalId}::uuid, '{}', ${lockedUntil})
    ON CONFLICT (terminal_id) DO UPDATE SET locked_until = GREATEST(l.locked_until, EXCLUDED.locked_until)`;
}

/** Until when the terminal may look nobody up; null when it may. */
export async function lookupLockedUntil(db: RawSql, terminalId: string, now: Date): Promise<Date | null> {
  const rows = await db.$queryRaw<Array<{ locked_until: Date | null }>>`SELECT ${lookupLockedUntilSql(terminalId, now)} AS locked_until`;
  return rows[0]?.locked_until ?? null;
}

/** The same as an expression, for a statement that does other work too (the ledger reads it as it claims a call's key). */
export function lookupLockedUntilSql(terminalId: string, now: Date): Sql {
  return new Sql(['(SELECT locked_until FROM lookup_throttles WHERE terminal_id = ', '::uuid AND locked_until > ', ')'], [terminalId, now]);
}

/**
 * Counts a look-up that found nobody, over a sliding window: the row keeps the times of the
 * terminal's latest misses (at most one more than the limit), so any `windowMs` holding more than
 * `maxUnknown` of them locks the terminal, however they straddle a boundary. Returns until when the
 * terminal is locked when this miss is refused (beyond the limit, or the terminal locked already,
 * also by a lock kept from the other subgraph), null when it is answered; `locks` is true for the
 * one miss that started the lock.
 */
export async function countLookupMiss(
  db: RawSql,
  terminalId: string,
  now: Date,
  policy = LOOKUP_POLICY,
): Promise<{ lockedUntil: Date; locks: boolean } | null> {
  const windowOpenedAfter = new Date(now.getTime() - policy.windowMs);
  const lockUntil = new Date(now.getTime() + policy.lockMs);
  const rows = await db.$queryRaw<Array<{ locked_until: Date | null }>>`
    INSERT INTO lookup_throttles AS l (terminal_id, misses, locked_until)
    VALUES (${terminalId}::uuid, ARRAY[${now}::timestamptz], NULL)
    ON CONFLICT (terminal_id) DO UPDATE SET
      misses = (SELECT coalesce(array_agg(t ORDER BY t), '{}') FROM (
                  SELECT t FROM unnest(l.misses || ${now}::timestamptz) t WHERE t > ${windowOpenedAfter}
                  ORDER BY t DESC LIMIT ${policy.maxUnknown + 1}) latest),
      locked_until = CASE
        WHEN l.locked_until > ${now} THEN l.locked_until
        WHEN (SELECT count(*) FROM unnest(l.misses) t WHERE t > ${windowOpenedAfter}) + 1 > ${policy.maxUnknown} THEN ${lockUntil}::timestamptz
        ELSE NULL END
    RETURNING l.locked_until`;
  const lockedUntil = rows[0]?.locked_until;
  if (!lockedUntil || lockedUntil <= now) return null;
  return { lockedUntil, locks: lockedUntil.getTime() === lockUntil.getTime() };
}
