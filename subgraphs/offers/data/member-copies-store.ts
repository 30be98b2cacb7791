import { createHash } from 'node:crypto';
import type { SqlClient } from '../../../infra/db/sql-client';
import type { CardSnapshot, MemberSnapshot } from '../../../infra/views/member-views';
import type { OffersDb } from './prisma';

/**
 * What the offers subgraph keeps of the members subgraph's data, from its events: companies' time
 * zones, members' facts and their cards. Each row keeps the newest version it was told of, so a
 * late event never puts an older state over a newer one; an opted-out member is not brought back.
 */

/** How an opted-out member is remembered (so late events do not bring them back): a hash, not their id. */
export const erasedKey = (memberId: string) => createHash('sha256').update(`erased-member:${memberId}`).digest('hex');

export async function isErased(db: SqlClient, memberId: string): Promise<boolean> {
  const rows = await db.$queryRaw<unknown[]>`SELECT 1 FROM erased_members WHERE member_key = ${erasedKey(memberId)}`;
  return rows.length > 0;
}

export async function saveCompanyTimeZone(db: OffersDb, companyId: string, timeZone: string, at: Date): Promise<void> {
  await db.$executeRaw`
    INSERT INTO company_refs (company_id, time_zone, updated_at) VALUES (${companyId}::uuid, ${timeZone}, ${at})
    ON CONFLICT (company_id) DO UPDATE SET time_zone = EXCLUDED.time_zone, updated_at = EXCLUDED.updated_at
     WHERE company_refs.updated_at <= EXCLUDED.updated_at`;
}

export async function savePointOfSale(db: OffersDb, companyId: string, pointOfSaleId: string, at: Date): Promise<void> {
  await db.$executeRaw`
    INSERT INTO point_of_sale_refs (point_of_sale_id, company_id, updated_at) VALUES (${pointOfSaleId}::uuid, ${companyId}::uuid, ${at})
    ON CONFLICT (point_of_sale_id) DO NOTHING`;
}

/** The ids among these that are the company's points of sale. */
export async function existingPointOfSaleIds(db: OffersDb, companyId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.pointOfSaleRef.findMany({ where: { companyId, pointOfSaleId: { in: ids } }, select: { pointOfSaleId: true } });
  return new Set(rows.map((row) => row.pointOfSaleId));
}

export async function companyTimeZone(db: OffersDb, companyId: string): Promise<string> {
  const rows = await db.$queryRaw<Array<{ time_zone: string }>>`SELECT time_zone FROM company_refs WHERE company_id = ${companyId}::uuid`;
  return rows[0]?.time_zone ?? 'UTC';
}

/**
 * Keeps the member's snapshot when newer; a snapshot without facts (made before they were
 * carried) keeps the facts held. An opted-out member's (even a late one) is not kept.
 */
export async function saveMemberFacts(db: OffersDb, member: MemberSnapshot, at: Date): Promise<void> {
  if (member.state === 'DELETED' || (await isErased(db, member.memberId))) return;
  const facts = member.facts;
  await db.$executeRaw`
    INSERT INTO member_facts (member_id, company_id, state, registration_channel, registered_at, birthday, birthday_since, app_installed,
                              social_group_member, profile_completed, marketing_consents, phone_key, version)
    VALUES (${member.memberId}::uuid, ${member.companyId}::uuid, ${member.state}, ${facts?.registrationChannel ?? null},
            ${facts?.registeredAt ?? null}::timestamptz, ${facts?.birthday ?? null}, ${at}, ${facts?.appInstalled ?? false},
            ${facts?.socialGroupMember ?? false}, ${facts?.profileCompleted ?? false}, ${facts?.marketingConsents ?? []}::text[], ${member.phoneKey},
            ${member.version})
    ON CONFLICT (member_id) DO UPDATE
       SET state = EXCLUDED.state, phone_key = EXCLUDED.phone_key, version = EXCLUDED.version,
           registration_channel = CASE WHEN ${facts !== undefined} THEN EXCLUDED.registration_channel ELSE member_facts.registration_channel END,
           registered_at = CASE WHEN ${facts !== undefined} THEN EXCLUDED.registered_at ELSE member_facts.registered_at END,
           birthday = CASE WHEN ${facts !== undefined} THEN EXCLUDED.birthday ELSE member_facts.birthday END,
           birthday_since = CASE WHEN ${facts !== undefined} AND EXCLUDED.birthday IS DISTINCT FROM member_facts.birthday
                                 THEN EXCLUDED.birthday_since ELSE member_facts.birthday_since END,
           app_installed = CASE WHEN ${facts !== undefined} THEN EXCLUDED.app_installed ELSE member_facts.app_installed END,
           social_group_member = CASE WHEN ${facts?.socialGroupMember !== undefined} THEN EXCLUDED.social_group_member ELSE member_facts.social_group_member END,
           profile_completed = CASE WHEN ${facts !== undefined} THEN EXCLUDED.profile_completed ELSE member_facts.profile_completed END,
           marketing_consents = CASE WHEN ${facts !== undefined} THEN EXCLUDED.marketing_consents ELSE member_facts.marketing_consents END
     WHERE member_facts.version < EXCLUDED.version`;
}

export async function saveCardRef(db: OffersDb, card: CardSnapshot): Promise<void> {
  if (card.memberId !== null && (await isErased(db, card.memberId))) return;
  await db.$executeRaw`
    INSERT INTO card_refs (card_id, company_id, number, member_id, kind, blocked, version)
    VALUES (${card.cardId}::uuid, ${card.companyId}::uuid, ${card.number}, ${card.memberId}::uuid, ${card.kind ?? null}, ${card.blocked}, ${card.version})
    ON CONFLICT (card_id) DO UPDATE
       SET number = EXCLUDED.number, member_id = EXCLUDED.member_id, kind = coalesce(EXCLUDED.kind, card_refs.kind),
           blocked = EXCLUDED.blocked, version = EXCLUDED.version
     WHERE card_refs.version < EXCLUDED.version`;
}

/** The company's members named by card numbers, keyed phones or ids (a static audience's upload), by what named them. */
export async function membersNamed(
  db: OffersDb,
  companyId: string,
  named: { cardNumbers: string[]; phoneKeys: string[]; memberIds: string[] },
): Promise<{ byCard: Map<string, string>; byPhoneKey: Map<string, string>; byId: Set<string> }> {
  const cards = await db.$queryRaw<Array<{ number: string; member_id: string }>>`
    SELECT c.number, c.member_id FROM card_refs c JOIN member_facts f ON f.member_id = c.member_id
     WHERE c.company_id = ${companyId}::uuid AND c.number = ANY(${named.cardNumbers}::text[])`;
  const phones = await db.$queryRaw<Array<{ phone_key: string; member_id: string }>>`
    SELECT phone_key, member_id FROM member_facts
     WHERE company_id = ${companyId}::uuid AND phone_key = ANY(${named.phoneKeys}::text[])`;
  const ids = await db.$queryRaw<Array<{ member_id: string }>>`
    SELECT member_id FROM member_facts WHERE company_id = ${companyId}::uuid AND member_id = ANY(${named.memberIds}::uuid[])`;
  return {
    byCard: new Map(cards.map((c) => [c.number, c.member_id])),
    byPhoneKey: new Map(phones.map((p) => [p.phone_key, p.member_id])),
    byId: new Set(ids.map((row) => row.member_id)),
  };
}

/**
 * Erases an opted-out member from this schema: their facts, cards, audience memberships, birthday
 * announcements, coupons, favourite picks and the id on their receipts (the receipts stay, anonymous, for simulations'
 * totals); events that named them are emptied of it. A hash stays, so late events cannot bring them back.
 */
export async function eraseMember(db: OffersDb, memberId: string): Promise<void> {
  await db.$executeRaw`INSERT INTO erased_members (member_key) VALUES (${erasedKey(memberId)}) ON CONFLICT DO NOTHING`;
  await db.$executeRaw`DELETE FROM member_facts WHERE member_id = ${memberId}::uuid`;
  await db.$executeRaw`UPDATE member_facts SET referred_by = NULL WHERE referred_by = ${memberId}::uuid`;
  await db.$executeRaw`DELETE FROM first_purchases WHERE member_id = ${memberId}::uuid`;
  await db.$executeRaw`DELETE FROM member_balances WHERE member_id = ${memberId}::uuid`;
  await db.$executeRaw`DELETE FROM card_refs WHERE member_id = ${memberId}::uuid`;
  // Their audiences count one member fewer (the ledger forgets its copy on the same event).
  await db.$executeRaw`
    UPDATE audiences SET member_count = member_count - 1, membership_version = membership_version + 1
     WHERE id IN (SELECT audience_id FROM audience_members WHERE member_id = ${memberId}::uuid)`;
  await db.$executeRaw`DELETE FROM audience_members WHERE member_id = ${memberId}::uuid`;
  await db.$executeRaw`DELETE FROM birthday_announcements WHERE member_id = ${memberId}::uuid`;
  await db.$executeRaw`DELETE FROM coupons WHERE member_id = ${memberId}::uuid`;
  await db.$executeRaw`DELETE FROM favourite_choices WHERE member_id = ${memberId}::uuid`;
  await db.$executeRaw`DELETE FROM personal_offers WHERE member_id = ${memberId}::uuid`;
  await db.$executeRaw`UPDATE receipts SET member_id = NULL WHERE member_id = ${memberId}::uuid`;
  await db.$executeRaw`
    UPDATE outbox_events SET payload = jsonb_build_object('erased', true, 'actor', payload->'actor') WHERE member_id = ${memberId}::uuid`;
  await db.$executeRaw`
    UPDATE outbox_events SET payload = jsonb_set(payload, '{memberIds}', (payload->'memberIds') - ${memberId}::text)
     WHERE payload->'memberIds' ? ${memberId}::text`;
  await db.$executeRaw`
    UPDATE outbox_events
       SET payload = jsonb_set(payload, '{coupons}',
             coalesce((SELECT jsonb_agg(c) FROM jsonb_array_elements(payload->'coupons') c WHERE c->>'memberId' IS DISTINCT FROM ${memberId}::text), '[]'::jsonb))
     WHERE type = 'coupons.issued' AND payload->'coupons' @> jsonb_build_array(jsonb_build_object('memberId', ${memberId}::text))`;
  await db.$executeRaw`
    UPDATE outbox_events
       SET payload = jsonb_set(payload, '{offers}',
             coalesce((SELECT jsonb_agg(o) FROM jsonb_array_elements(payload->'offers') o WHERE o->>'memberId' IS DISTINCT FROM ${memberId}::text), '[]'::jsonb))
     WHERE type IN ('personal_offers.imported', 'personal_offers.withdrawn')
       AND payload->'offers' @> jsonb_build_array(jsonb_build_object('memberId', ${memberId}::text))`;
}

/** Marks another subgraph's event handled; false when it was already (then it changes nothing again). */
export async function markProcessed(tx: SqlClient, eventId: string): Promise<boolean> {
  return (await tx.$executeRaw`INSERT INTO processed_events (event_id) VALUES (${eventId}::uuid) ON CONFLICT DO NOTHING`) === 1;
}
