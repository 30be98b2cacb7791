import type { OfferRule } from '../../../packages/mechanics';
import type { LedgerSql } from './prisma';

/** Members' personal offers as the till needs them (kept from the offers subgraph's events). */

export interface PersonalOfferCopy {
  id: string;
  memberId: string;
  rule: OfferRule;
  validFrom: Date;
  validTo: Date;
  withdrawn: boolean;
  /** When the offers subgraph changed it: the newest change wins, whatever order events arrive in. */
  updatedAt: Date;
}

/** Keeps the offers as their newest change has them (imported, imported again, withdrawn); none is kept for an erased member. */
export async function keepPersonalOffers(tx: LedgerSql, companyId: string, offers: PersonalOfferCopy[]): Promise<void> {
  if (offers.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO personal_offers (id, company_id, member_id, rule, valid_from, valid_to, withdrawn, updated_at)
    SELECT t.id, ${companyId}::uuid, t.member_id, t.rule::jsonb, t.valid_from, t.valid_to, t.withdrawn, t.updated_at
      FROM unnest(${offers.map((o) => o.id)}::uuid[], ${offers.map((o) => o.memberId)}::uuid[], ${offers.map((o) => JSON.stringify(o.rule))}::text[],
                  ${offers.map((o) => o.validFrom)}::timestamptz[], ${offers.map((o) => o.validTo)}::timestamptz[], ${offers.map((o) => o.withdrawn)}::boolean[],
                  ${offers.map((o) => o.updatedAt)}::timestamptz[])
        AS t(id, member_id, rule, valid_from, valid_to, withdrawn, updated_at)
     WHERE NOT EXISTS (SELECT 1 FROM member_refs m WHERE m.member_id = t.member_id AND m.state = 'DELETED')
    ON CONFLICT (id) DO UPDATE SET member_id = EXCLUDED.member_id, rule = EXCLUDED.rule, valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to,
           withdrawn = EXCLUDED.withdrawn, updated_at = EXCLUDED.updated_at
     WHERE personal_offers.updated_at <= EXCLUDED.updated_at`;
}

/** Whether the company has personal offers at all (most have none: then the till never looks for a member's). */
export async function hasPersonalOffers(db: LedgerSql, companyId: string): Promise<boolean> {
  const [row] = await db.$queryRaw<Array<{ has: boolean }>>`SELECT EXISTS (SELECT 1 FROM personal_offers WHERE company_id = ${companyId}::uuid) AS has`;
  return row?.has ?? false;
}

/** The most personal offers one receipt is evaluated with (the offers subgraph keeps fewer in force per member). */
export const MAX_PERSONAL_OFFERS = 20;

/** The member's personal offers in force at the moment (a sale's), those ending soonest first. */
export async function personalRulesOf(db: LedgerSql, memberId: string, at: Date): Promise<OfferRule[]> {
  const rows = await db.$queryRaw<Array<{ rule: OfferRule }>>`
    SELECT rule FROM personal_offers WHERE member_id = ${memberId}::uuid AND NOT withdrawn AND valid_from <= ${at} AND valid_to > ${at}
     ORDER BY valid_to, id LIMIT ${MAX_PERSONAL_OFFERS}`;
  return rows.map((row) => row.rule);
}
