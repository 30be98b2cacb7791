import type { LedgerSql } from './prisma';

/**
 * The ledger's copy of target audiences' membership (from the offers subgraph's events): per member
 * and audience the newest membership version wins, so events arriving out of order (pushed, then
 * queued) never undo a later change.
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
