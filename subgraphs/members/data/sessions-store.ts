import type { MembersDb } from './prisma';

/** Sessions: one per sign-in, renewed by its refresh token, ended by revocation (see Session in schema.prisma). */

export type PrincipalKind = 'operator' | 'member' | 'terminal';

export function createSession(
  db: MembersDb,
  row: { id: string; companyId: string; principalKind: PrincipalKind; principalId: string; refreshHash: string; now: Date; refreshExpiresAt: Date },
) {
  const { now, ...data } = row;
  return db.session.create({ data: { ...data, createdAt: now, refreshedAt: now } });
}

/**
 * Swaps a live session's refresh token for the next one, in one statement, so two refreshes racing
 * with the same token cannot both succeed; the session's refresh time starts again, as long as its
 * principal kind allows (`ttlSeconds`). Null when the token is not the session's current one or the
 * session is over.
 */
export async function rotateRefreshToken(
  db: MembersDb,
  id: string,
  presentedHash: string,
  nextHash: string,
  now: Date,
  ttlSeconds: Record<PrincipalKind, number>,
) {
  const rows = await db.$queryRaw<Array<{ principal_kind: PrincipalKind; principal_id: string; company_id: string; refresh_expires_at: Date }>>`
    UPDATE sessions SET previous_refresh_hash = refresh_hash, refresh_hash = ${nextHash}, refreshed_at = ${now},
           refresh_expires_at = ${now}::timestamptz + make_interval(secs => CASE principal_kind
             WHEN 'operator' THEN ${ttlSeconds.operator}::int WHEN 'member' THEN ${ttlSeconds.member}::int ELSE ${ttlSeconds.terminal}::int END)
     WHERE id = ${id}::uuid AND refresh_hash = ${presentedHash} AND revoked_at IS NULL AND refresh_expires_at > ${now}
    RETURNING principal_kind, principal_id, company_id, refresh_expires_at`;
  return rows[0] ?? null;
}

/** Whether this hash is the refresh token the session had before its last renewal (a replayed, so stolen, token). */
export async function isReplacedRefreshToken(db: MembersDb, id: string, presentedHash: string): Promise<boolean> {
  const found = await db.session.findFirst({ where: { id, previousRefreshHash: presentedHash }, select: { id: true } });
  return found !== null;
}

// Revocation times come from the database's clock: the gateway reads them back against that clock
// (sessionsRevokedSince), whatever the clocks of the processes say.

export async function revokeSession(db: MembersDb, id: string, reason: string): Promise<void> {
  await db.$executeRaw`UPDATE sessions SET revoked_at = now(), revoke_reason = ${reason} WHERE id = ${id}::uuid AND revoked_at IS NULL`;
}

/** Ends every live session of a principal, but `keep` (the caller's own, when it should go on). */
export async function revokeSessionsOf(db: MembersDb, principalId: string, reason: string, keep: string | null = null): Promise<void> {
  await db.$executeRaw`
    UPDATE sessions SET revoked_at = now(), revoke_reason = ${reason}
     WHERE principal_id = ${principalId}::uuid AND revoked_at IS NULL AND id IS DISTINCT FROM ${keep}::uuid`;
}

/** Which of these sessions are live (not revoked). */
export async function liveSessions(db: MembersDb, ids: string[]): Promise<string[]> {
  const rows = await db.session.findMany({ where: { id: { in: ids }, revokedAt: null }, select: { id: true } });
  return rows.map((row) => row.id);
}

/**
 * Sessions revoked at or after `since` (the database's clock), with that clock's time of the answer,
 * in one statement: the gateway reads this every half second.
 */
export async function sessionsRevokedSince(db: MembersDb, since: Date | null): Promise<{ until: Date; ids: string[] }> {
  const [row] = await db.$queryRaw<Array<{ until: Date; ids: string[] }>>`
    SELECT now() AS until,
           ARRAY(SELECT id::text FROM sessions WHERE ${since}::timestamptz IS NOT NULL AND revoked_at >= ${since}::timestamptz) AS ids`;
  return { until: row?.until ?? new Date(), ids: row?.ids ?? [] };
}
