import type pg from 'pg';
import type { Identity } from '../../../infra/auth/identity';
import { inPgTransaction } from '../../../infra/db/pool';
import { type DomainEvent, outboxInsertSql, outboxNotifySql, outboxValues } from '../../../infra/outbox/outbox-writer';
import type { MembersDb } from './prisma';
import type { VerificationPurpose } from './verification-store';

/**
 * The statements of asking for a one-time code, in plain SQL through `pg`: the busiest anonymous
 * path (every registration and code sign-in), where Prisma's client work per statement (measured:
 * 1.4 ms of CPU a findUnique, 1.3 ms an interactive transaction's own, against 0.3 ms a statement
 * through `pg`) would be most of the request's cost. Three statements, the last in a short transaction with a lock.
 */

/**
 * A fixed window's upsert in the sign-in throttles' table, for `key` when `condition` holds: one
 * more in the window, or the first of a new one; `$3` is now, `$4` when a window still open began.
 */
const countInWindowSql = (key: string, condition: string) => `INSERT INTO login_throttles (key, failures, window_start, locked_until)
  SELECT key, 1, $3::timestamptz, NULL FROM (SELECT ${key}::text AS key) given WHERE key IS NOT NULL AND ${condition}
  ON CONFLICT (key) DO UPDATE SET
    failures = CASE WHEN login_throttles.window_start < $4::timestamptz THEN 1 ELSE login_throttles.failures + 1 END,
    window_start = CASE WHEN login_throttles.window_start < $4::timestamptz THEN $3::timestamptz ELSE login_throttles.window_start END
  RETURNING failures`;

/** The statements, by name: checked against the migrated schema by tests/hand-written-sql.test.ts. */
export const CODE_REQUEST_STATEMENTS = {
  countInTwoWindows: `WITH first AS (${countInWindowSql('$1', 'true')}),
          second AS (${countInWindowSql('$2', 'coalesce((SELECT failures FROM first), 0) <= $5')})
     SELECT (SELECT failures FROM first) AS first, (SELECT failures FROM second) AS second`,
  memberStateByPhone: 'SELECT id, state::text AS state FROM members WHERE company_id = $1 AND phone = $2',
  lockTarget: `SELECT pg_advisory_xact_lock(hashtextextended('verification-code|' || $1::text || '|' || $2::text || '|' || $3::text, 0))`,
  createCodeUnlessRecent: `WITH latest AS (
       SELECT used_at IS NULL AND created_at > $8 AS recent FROM verification_codes
        WHERE company_id = $1 AND target = $4 AND purpose = $3::"VerificationPurpose" ORDER BY created_at DESC LIMIT 1),
     stored AS (
       INSERT INTO verification_codes (id, company_id, member_id, purpose, target, code_hash, attempts, expires_at, created_at)
       SELECT gen_random_uuid(), $1, $2, $3::"VerificationPurpose", $4, $5, 0, $6, $7
        WHERE NOT coalesce((SELECT recent FROM latest), false)
       RETURNING 1),
     written AS (${outboxInsertSql(9, 'EXISTS (SELECT 1 FROM stored)')})
     SELECT (SELECT count(*) FROM stored) AS stored, (SELECT ${outboxNotifySql(13)} FROM (SELECT 1 FROM written LIMIT 1) w) AS notified`,
};

/**
 * A request counted against two fixed windows in one statement, so parallel requests each see their
 * own numbers (a window restarts once it is over): the caller's (`firstKey`, when known) and a
 * shared one (`secondKey`), the second only when the first stays within `firstLimit`, so requests
 * refused for the first do not use up the second. Answers both counts (null: not counted).
 */
export async function countInTwoWindows(
  sql: pg.Pool,
  keys: { firstKey: string | null; secondKey: string },
  firstLimit: number,
  now: Date,
  windowMs: number,
): Promise<{ first: number | null; second: number | null }> {
  const { rows } = await sql.query<{ first: number | null; second: number | null }>(CODE_REQUEST_STATEMENTS.countInTwoWindows, [
    keys.firstKey,
    keys.secondKey,
    now,
    new Date(now.getTime() - windowMs),
    firstLimit,
  ]);
  return rows[0] as { first: number | null; second: number | null };
}

/** Who a phone belongs to in a company, as far as a code request needs to know. */
export async function memberStateByPhone(sql: pg.Pool, companyId: string, phone: string): Promise<{ id: string; state: string } | null> {
  const { rows } = await sql.query<{ id: string; state: string }>(CODE_REQUEST_STATEMENTS.memberStateByPhone, [companyId, phone]);
  return rows[0] ?? null;
}

/**
 * Takes the transaction-scoped lock on a code's target in a Prisma transaction: the path of a
 * code asked for with more to record (staff, the staff trail) waits for the same lock as this one.
 */
export async function lockCodeTarget(tx: MembersDb, target: { companyId: string; purpose: VerificationPurpose; target: string }): Promise<void> {
  await tx.$executeRawUnsafe(CODE_REQUEST_STATEMENTS.lockTarget, target.companyId, target.purpose, target.target);
}

/**
 * Stores a code (its hash) with its events and the dispatcher's signal, in one statement, unless
 * the latest code for the same target and purpose is unused and newer than `resendAfter`. Answers
 * whether it was stored (nothing is written when it was not). Requests for one target at once are
 * taken one after the other (a transaction-scoped advisory lock on the target, then the statement
 * with a snapshot taken after it), so a double tap stores one code, not two.
 */
export async function createCodeUnlessRecent(
  sql: pg.Pool,
  code: {
    companyId: string;
    memberId: string | null;
    purpose: VerificationPurpose;
    target: string;
    codeHash: string;
    expiresAt: Date;
    createdAt: Date;
    resendAfter: Date;
  },
  events: { source: string; identity: Identity; list: DomainEvent[] },
): Promise<boolean> {
  return inPgTransaction(sql, async (client) => {
    await client.query(CODE_REQUEST_STATEMENTS.lockTarget, [code.companyId, code.purpose, code.target]);
    const { rows } = await client.query<{ stored: string }>(CODE_REQUEST_STATEMENTS.createCodeUnlessRecent, [
      code.companyId,
      code.memberId,
      code.purpose,
      code.target,
      code.codeHash,
      code.expiresAt,
      code.createdAt,
      code.resendAfter,
      ...outboxValues(events.identity, null, events.list),
      events.source,
    ]);
    return Number(rows[0]?.stored) > 0;
  });
}
