import type { LedgerSql } from './prisma';

/**
 * What the ledger keeps of the offers subgraph's per-member state for the till, from its events:
 * target audiences' membership (per member and audience the newest membership version wins, so
 * events arriving out of order, pushed then queued, never undo a later change) and members' picks
 * from favourites lists (the newest pick wins).
 */

export interface MembershipChange {
  companyId: string;
  audienceId: string;
  version: number;
  memberIds: string[];
  present: boolean;
}

export async function keepMembershipChange(tx: LedgerSql, change: MembershipChange): Promise<void> {
  if (change.memberIds.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO audience_members (member_id, audience_id, company_id, version, present)
    SELECT id, ${change.audienceId}::uuid, ${change.companyId}::uuid, ${change.version}, ${change.present}
      FROM unnest(${change.memberIds}::uuid[]) AS id
     -- An event arriving after the member opted out brings nothing back.
     WHERE NOT EXISTS (SELECT 1 FROM member_refs r WHERE r.member_id = id AND r.state = 'DELETED')
    ON CONFLICT (member_id, audience_id) DO UPDATE SET version = EXCLUDED.version, present = EXCLUDED.present
     WHERE audience_members.version < EXCLUDED.version`;
}

/** The audiences the member is in now, as the copy knows. */
export async function audiencesOfMember(tx: LedgerSql, memberId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ audience_id: string }>>`
    SELECT audience_id::text FROM audience_members WHERE member_id = ${memberId}::uuid AND present`;
  return rows.map((row) => row.audience_id);
}

/** Keeps a member's pick from a favourites list when it is newer than the one held. */
export async function keepFavouritesChoice(
  tx: LedgerSql,
  choice: { memberId: string; listId: string; companyId: string; skus: string[]; changedAt: Date },
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO member_favourites (member_id, list_id, company_id, skus, changed_at)
    SELECT ${choice.memberId}::uuid, ${choice.listId}::uuid, ${choice.companyId}::uuid, ${choice.skus}::text[], ${choice.changedAt}
     WHERE NOT EXISTS (SELECT 1 FROM member_refs r WHERE r.member_id = ${choice.memberId}::uuid AND r.state = 'DELETED')
    ON CONFLICT (member_id, list_id) DO UPDATE SET skus = EXCLUDED.skus, changed_at = EXCLUDED.changed_at
     WHERE member_favourites.changed_at < EXCLUDED.changed_at`;
}

/** The member's picks from these favourites lists, by list. */
export async function favouritesOfMember(tx: LedgerSql, memberId: string, listIds: string[]): Promise<Record<string, string[]>> {
  const rows = await tx.$queryRaw<Array<{ list_id: string; skus: string[] }>>`
    SELECT list_id::text, skus FROM member_favourites WHERE member_id = ${memberId}::uuid AND list_id = ANY(${listIds}::uuid[])`;
  return Object.fromEntries(rows.map((row) => [row.list_id, row.skus]));
}
