import type { SqlClient } from '../../../infra/db/sql-client';
import type { AudienceRules } from '../domain/audience-rules';
import type { Audience, OffersDb } from './prisma';

/** Target audiences as rows (Prisma model API; their membership is in audience-membership-store.ts). */

export function rulesOf(audience: Audience): AudienceRules | null {
  return audience.rules === null ? null : (audience.rules as unknown as AudienceRules);
}

export function insertAudience(
  tx: OffersDb,
  companyId: string,
  audience: { name: string; description: string; rules: AudienceRules | null },
): Promise<Audience> {
  return tx.audience.create({
    data: {
      companyId,
      name: audience.name,
      description: audience.description,
      kind: audience.rules === null ? 'STATIC' : 'RULES',
      ...(audience.rules === null ? {} : { rules: audience.rules as object }),
    },
  });
}

export function updateAudienceRow(tx: OffersDb, id: string, data: { name: string; description: string; rules?: AudienceRules }): Promise<Audience> {
  return tx.audience.update({
    where: { id },
    data: { name: data.name, description: data.description, ...(data.rules ? { rules: data.rules as object } : {}) },
  });
}

/** The company's audience, locked until the transaction ends (so changes of its membership apply one after another); null when unknown or deleted. */
export async function lockAudienceOfCompany(tx: OffersDb, companyId: string, id: string): Promise<Audience | null> {
  const locked = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM audiences WHERE id = ${id}::uuid AND company_id = ${companyId}::uuid AND deleted_at IS NULL FOR UPDATE`;
  return locked.length === 0 ? null : tx.audience.findUnique({ where: { id } });
}

/** The company's rule-based audiences, locked in id order (an event about a member may change each). */
export async function lockRuleAudiences(tx: OffersDb, companyId: string): Promise<Audience[]> {
  const locked = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM audiences WHERE company_id = ${companyId}::uuid AND kind = 'RULES' AND deleted_at IS NULL ORDER BY id FOR UPDATE`;
  return locked.length === 0 ? [] : tx.audience.findMany({ where: { id: { in: locked.map((row) => row.id) } }, orderBy: { id: 'asc' } });
}

/** Rule-based audiences not fully refreshed since `before`, at most `limit`, skipping those another process is refreshing. */
export async function audiencesDueForRefresh(tx: OffersDb, before: Date, limit: number): Promise<Array<{ id: string; companyId: string }>> {
  const rows = await tx.$queryRaw<Array<{ id: string; company_id: string }>>`
    SELECT id, company_id FROM audiences
     WHERE kind = 'RULES' AND deleted_at IS NULL AND (refreshed_at IS NULL OR refreshed_at < ${before})
     ORDER BY refreshed_at NULLS FIRST LIMIT ${limit}`;
  return rows.map((row) => ({ id: row.id, companyId: row.company_id }));
}

/** Counts the membership version up after a change and counts the members anew; answers the new version. */
export async function recordMembershipChange(tx: OffersDb, id: string, refreshedAt?: Date): Promise<number> {
  const rows = await tx.$queryRaw<Array<{ membership_version: number }>>`
    UPDATE audiences SET membership_version = membership_version + 1,
           member_count = (SELECT count(*) FROM audience_members WHERE audience_id = ${id}::uuid),
           refreshed_at = coalesce(${refreshedAt ?? null}::timestamptz, refreshed_at), updated_at = now()
     WHERE id = ${id}::uuid RETURNING membership_version`;
  return rows[0]?.membership_version ?? 0;
}

export async function markRefreshed(tx: OffersDb, id: string, at: Date): Promise<void> {
  await tx.$executeRaw`UPDATE audiences SET refreshed_at = ${at} WHERE id = ${id}::uuid`;
}

export function markDeleted(tx: OffersDb, id: string, at: Date): Promise<Audience> {
  return tx.audience.update({ where: { id }, data: { deletedAt: at, memberCount: 0 } });
}

/**
 * The ids among these that are the company's audiences, not deleted. In a transaction they stay so
 * until it ends (shared locks): an offer published naming one, and its deletion, do not both pass.
 */
export async function existingAudienceIds(db: OffersDb, companyId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT id::text FROM audiences WHERE company_id = ${companyId}::uuid AND id = ANY(${ids}::uuid[]) AND deleted_at IS NULL ORDER BY id FOR SHARE`;
  return new Set(rows.map((row) => row.id));
}

/** Whether the company has rule-based audiences (then a member's new receipt may move them between audiences). */
export async function hasRuleAudiences(db: SqlClient, companyId: string): Promise<boolean> {
  const [row] = await db.$queryRaw<Array<{ has: boolean }>>`
    SELECT EXISTS (SELECT 1 FROM audiences WHERE company_id = ${companyId}::uuid AND kind = 'RULES' AND deleted_at IS NULL) AS has`;
  return row?.has ?? false;
}

/** A page of an audience's members in id order after `after`; null when the company has no such audience. */
export async function audienceMemberPage(db: OffersDb, page: { companyId: string; audienceId: string; after: string | null; limit: number }) {
  const [audience] = await db.$queryRaw<Array<{ id: string }>>`
    SELECT id::text FROM audiences WHERE company_id = ${page.companyId}::uuid AND id = ${page.audienceId}::uuid AND deleted_at IS NULL`;
  if (!audience) return null;
  const rows = await db.$queryRaw<Array<{ member_id: string }>>`
    SELECT member_id::text FROM audience_members
     WHERE audience_id = ${page.audienceId}::uuid AND (${page.after}::uuid IS NULL OR member_id > ${page.after}::uuid)
     ORDER BY member_id LIMIT ${page.limit}`;
  return rows.map((row) => row.member_id);
}
