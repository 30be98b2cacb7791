/**
 * Card numbers are sequential and phones guessable, so a terminal could harvest who holds which by
 * naming numbers it does not know. Each subgraph counts, per terminal, the look-ups that found
 * nobody, in its own `lookup_throttles` table (PostgreSQL, so every instance shares the count):
 * past `maxUnknown` in a window of `windowMs`, every look-up by card or phone of that terminal is
 * refused for `lockMs`, known cards too. Refusing only unknown numbers would keep answering known
 * ones, and the refusal itself would then tell which numbers exist.
 *
 * A look-up takes a turn before it looks (one atomic statement, so parallel look-ups each get their
 * own number and those beyond the limit are refused unseen) and gives it back when it found someone;
 * what stays counted are the misses (and the refusals while locked).
 */
export const LOOKUP_POLICY = { maxUnknown: 10, windowMs: 10 * 60_000, lockMs: 10 * 60_000 } as const;

/** What the LOOKUP_RATE_LIMITED refusal means, as both subgraphs describe it. */
export const LOOKUP_RATE_LIMITED_MEANS = `This terminal named ${LOOKUP_POLICY.maxUnknown} cards or phones that nobody holds within ${LOOKUP_POLICY.windowMs / 60_000} minutes: from its next look-up on it looks nobody up, known cards included, for ${LOOKUP_POLICY.lockMs / 60_000} minutes; the message says when look-ups resume.`;

/** What the subgraphs' Prisma clients offer for plain statements. */
interface RawSql {
  $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): Promise<T>;
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): Promise<number>;
}

export interface LookupTurn {
  terminalId: string;
  windowStart: Date;
  /** Set when the terminal may not look anyone up until then. */
  lockedUntil: Date | null;
}

/** Takes a look-up turn for a terminal; a window restarts once it is over, or once its lock has lapsed. */
export async function takeLookupTurn(db: RawSql, terminalId: string, now: Date, policy = LOOKUP_POLICY): Promise<LookupTurn> {
  const windowOpenedAfter = new Date(now.getTime() - policy.windowMs);
  const lockUntil = new Date(now.getTime() + policy.lockMs);
  // A new window starts when the lock has lapsed, or, with no lock, when the window is over.
  const rows = await db.$queryRaw<Array<{ window_start: Date; locked_until: Date | null }>>`
    INSERT INTO lookup_throttles AS l (terminal_id, attempts, window_start, locked_until)
    VALUES (${terminalId}::uuid, 1, ${now}, NULL)
    ON CONFLICT (terminal_id) DO UPDATE SET
      attempts = CASE WHEN (CASE WHEN l.locked_until IS NULL THEN l.window_start < ${windowOpenedAfter} ELSE l.locked_until <= ${now} END)
                      THEN 1 ELSE l.attempts + 1 END,
      window_start = CASE WHEN (CASE WHEN l.locked_until IS NULL THEN l.window_start < ${windowOpenedAfter} ELSE l.locked_until <= ${now} END)
                          THEN ${now} ELSE l.window_start END,
      locked_until = CASE
        WHEN l.locked_until > ${now} THEN l.locked_until
        WHEN l.locked_until IS NULL AND l.window_start >= ${windowOpenedAfter} AND l.attempts + 1 > ${policy.maxUnknown} THEN ${lockUntil}::timestamptz
        ELSE NULL END
    RETURNING l.window_start, l.locked_until`;
  const row = rows[0] as { window_start: Date; locked_until: Date | null };
  return { terminalId, windowStart: row.window_start, lockedUntil: row.locked_until && row.locked_until > now ? row.locked_until : null };
}

/** A look-up that found someone does not count: its turn goes back, unless its window is over. */
export async function giveBackLookupTurn(db: RawSql, turn: LookupTurn): Promise<void> {
  await db.$executeRaw`
    UPDATE lookup_throttles SET attempts = GREATEST(attempts - 1, 0)
     WHERE terminal_id = ${turn.terminalId}::uuid AND window_start = ${turn.windowStart}`;
}
