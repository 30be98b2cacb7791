import { wallClockIn } from '../../../infra/time/wall-clock';
import { type AudienceRules, balanceCurrency, birthdaysAhead, DEFAULT_AUDIENCE_STATES } from '../domain/audience-rules';
import type { OffersDb } from './prisma';
import { Prisma } from './prisma';

/**
 * Membership of rule-based audiences, worked out in PostgreSQL over the member facts, cards and
 * receipts this subgraph keeps: one statement selects who matches and puts the difference into
 * `audience_members`, for every member at once (a full refresh) or for one member an event was about.
 */

type Sql = Prisma.Sql;

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/** A receipt of the member's, sold since `since`, not fully returned. */
function receiptsOfMemberSince(since: Date, extra: Sql = Prisma.empty): Sql {
  return Prisma.sql`SELECT 1 FROM receipts r
     WHERE r.company_id = f.company_id AND r.member_id = f.member_id AND r.sold_at >= ${since} AND r.refunded < r.total ${extra}`;
}

/** The conditions a member's facts row `f` meets when it matches the rules. */
export function matchingConditions(rules: AudienceRules, at: { now: Date; timeZone: string }): Sql[] {
  const { now, timeZone } = at;
  const conditions: Sql[] = [Prisma.sql`f.state = ANY(${rules.memberStates ?? DEFAULT_AUDIENCE_STATES}::text[])`];
  if (rules.registrationChannels) conditions.push(Prisma.sql`f.registration_channel = ANY(${rules.registrationChannels}::text[])`);
  // A day is the company's: midnight in its time zone.
  if (rules.registeredFrom) conditions.push(Prisma.sql`f.registered_at >= (${rules.registeredFrom}::date::timestamp AT TIME ZONE ${timeZone})`);
  if (rules.registeredTo) conditions.push(Prisma.sql`f.registered_at < ((${rules.registeredTo}::date + 1)::timestamp AT TIME ZONE ${timeZone})`);
  if (rules.registeredWithinDays !== null) conditions.push(Prisma.sql`f.registered_at >= ${daysBefore(now, rules.registeredWithinDays)}`);
  if (rules.birthdayMonths) conditions.push(Prisma.sql`substr(f.birthday, 1, 2)::int = ANY(${rules.birthdayMonths}::int[])`);
  if (rules.birthdayWithinDays != null)
    conditions.push(Prisma.sql`f.birthday = ANY(${birthdaysAhead(wallClockIn(now, timeZone), rules.birthdayWithinDays)}::text[])`);
  if (rules.cardKinds) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM card_refs c WHERE c.member_id = f.member_id AND NOT c.blocked AND c.kind = ANY(${rules.cardKinds}::text[]))`,
    );
  }
  if (rules.purchases) {
    const p = rules.purchases;
    const bounds: Sql[] = [];
    if (p.minCount !== null) bounds.push(Prisma.sql`n >= ${p.minCount}`);
    if (p.maxCount !== null) bounds.push(Prisma.sql`n <= ${p.maxCount}`);
    if (p.minTotal !== null) bounds.push(Prisma.sql`s >= ${p.minTotal}::numeric`);
    if (p.maxTotal !== null) bounds.push(Prisma.sql`s <= ${p.maxTotal}::numeric`);
    conditions.push(Prisma.sql`(SELECT ${Prisma.join(bounds, ' AND ')}
        FROM (SELECT count(*) AS n, coalesce(sum(r.total - r.refunded), 0) AS s FROM receipts r
               WHERE r.company_id = f.company_id AND r.member_id = f.member_id AND r.sold_at >= ${daysBefore(now, p.periodDays)}
                 AND r.refunded < r.total) totals)`);
  }
  if (rules.lastPurchaseWithinDays !== null) conditions.push(Prisma.sql`EXISTS (${receiptsOfMemberSince(daysBefore(now, rules.lastPurchaseWithinDays))})`);
  if (rules.noPurchaseWithinDays !== null) conditions.push(Prisma.sql`NOT EXISTS (${receiptsOfMemberSince(daysBefore(now, rules.noPurchaseWithinDays))})`);
  if (rules.pointsOfSaleVisited) {
    const { pointOfSaleIds, periodDays } = rules.pointsOfSaleVisited;
    conditions.push(
      Prisma.sql`EXISTS (${receiptsOfMemberSince(daysBefore(now, periodDays), Prisma.sql`AND r.point_of_sale_id = ANY(${pointOfSaleIds}::uuid[])`)})`,
    );
  }
  if (rules.boughtCategories) {
    const { categories, periodDays } = rules.boughtCategories;
    const inCategory = Prisma.sql`AND EXISTS (SELECT 1 FROM jsonb_array_elements(r.lines) line
                                               WHERE string_to_array(line->>'category', '/') && ${categories}::text[])`;
    conditions.push(Prisma.sql`EXISTS (${receiptsOfMemberSince(daysBefore(now, periodDays), inCategory)})`);
  }
  if (rules.appInstalled !== null) conditions.push(Prisma.sql`f.app_installed = ${rules.appInstalled}`);
  if (rules.socialGroupMember != null) conditions.push(Prisma.sql`f.social_group_member = ${rules.socialGroupMember}`);
  if (rules.profileCompleted !== null) conditions.push(Prisma.sql`f.profile_completed = ${rules.profileCompleted}`);
  if (rules.consents) conditions.push(Prisma.sql`f.marketing_consents @> ${rules.consents}::text[]`);
  if (rules.balance) {
    // A member the ledger reported no account of holds nothing.
    const active = Prisma.sql`coalesce((SELECT b.active FROM member_balances b WHERE b.member_id = f.member_id AND b.currency = ${balanceCurrency(rules.balance)}), 0)`;
    if (rules.balance.min !== null) conditions.push(Prisma.sql`${active} >= ${rules.balance.min}::numeric`);
    if (rules.balance.max !== null) conditions.push(Prisma.sql`${active} <= ${rules.balance.max}::numeric`);
  }
  return conditions;
}

function matchingMembers(companyId: string, conditions: Sql[], memberId: string | null): Sql {
  const onlyMember = memberId === null ? Prisma.empty : Prisma.sql`AND f.member_id = ${memberId}::uuid`;
  return Prisma.sql`SELECT f.member_id FROM member_facts f WHERE f.company_id = ${companyId}::uuid ${onlyMember} AND ${Prisma.join(conditions, ' AND ')}`;
}

/** How many of the company's members the rules select now: the preview before an audience is saved. */
export async function countMatching(db: OffersDb, companyId: string, conditions: Sql[]): Promise<number> {
  const rows = await db.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM (${matchingMembers(companyId, conditions, null)}) matching`;
  return Number(rows[0]?.n ?? 0);
}

export interface MembershipChange {
  entered: string[];
  left: string[];
}

/**
 * Puts the audience's membership right for every member (memberId null) or one: members the rules
 * select now enter (dated `now`), the others leave, in one statement. The caller holds the
 * audience's row lock, so two refreshes of one audience apply one after the other.
 */
export async function applyRuleMembership(
  db: OffersDb,
  audience: { id: string; companyId: string },
  conditions: Sql[],
  memberId: string | null,
  now: Date,
): Promise<MembershipChange> {
  const onlyMember = memberId === null ? Prisma.empty : Prisma.sql`AND am.member_id = ${memberId}::uuid`;
  const rows = await db.$queryRaw<Array<{ entered: string[]; left: string[] }>>`
    WITH matching AS (${matchingMembers(audience.companyId, conditions, memberId)}),
    entered AS (
      INSERT INTO audience_members (audience_id, member_id, entered_at)
      SELECT ${audience.id}::uuid, member_id, ${now} FROM matching
      ON CONFLICT (audience_id, member_id) DO NOTHING
      RETURNING member_id),
    gone AS (
      DELETE FROM audience_members am
       WHERE am.audience_id = ${audience.id}::uuid ${onlyMember} AND am.member_id NOT IN (SELECT member_id FROM matching)
      RETURNING member_id)
    SELECT ARRAY(SELECT member_id::text FROM entered) AS entered, ARRAY(SELECT member_id::text FROM gone) AS left`;
  return rows[0] ?? { entered: [], left: [] };
}

/** Adds members to a static audience; answers those that were not in it yet. */
export async function addStaticMembers(db: OffersDb, audienceId: string, memberIds: string[], now: Date): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ member_id: string }>>`
    INSERT INTO audience_members (audience_id, member_id, entered_at)
    SELECT ${audienceId}::uuid, id, ${now} FROM unnest(${memberIds}::uuid[]) AS id
    ON CONFLICT (audience_id, member_id) DO NOTHING
    RETURNING member_id::text`;
  return rows.map((row) => row.member_id);
}

/** Removes members from an audience; answers those that were in it. */
export async function removeMembers(db: OffersDb, audienceId: string, memberIds: string[] | null): Promise<string[]> {
  const rows =
    memberIds === null
      ? await db.$queryRaw<Array<{ member_id: string }>>`DELETE FROM audience_members WHERE audience_id = ${audienceId}::uuid RETURNING member_id::text`
      : await db.$queryRaw<Array<{ member_id: string }>>`
          DELETE FROM audience_members WHERE audience_id = ${audienceId}::uuid AND member_id = ANY(${memberIds}::uuid[]) RETURNING member_id::text`;
  return rows.map((row) => row.member_id);
}

/** Whether these members are in the audiences: the ids of the audiences each is in. */
export async function audiencesOfMember(db: OffersDb, memberId: string): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ audience_id: string }>>`SELECT audience_id::text FROM audience_members WHERE member_id = ${memberId}::uuid`;
  return rows.map((row) => row.audience_id);
}
