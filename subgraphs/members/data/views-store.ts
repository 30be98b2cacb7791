import { phoneLookupKey, toE164 } from '../../../infra/auth/phone-key';
import type { CardSnapshot, MemberFacts, MemberSnapshot, MemberViewRequest, MemberViews } from '../../../infra/views/member-views';
import type { MembersDb } from './prisma';

/** Snapshots of members and cards for the subgraphs that keep a view of them (Prisma model API; plain SQL to count versions up). */

const MEMBER_FIELDS = {
  id: true,
  companyId: true,
  state: true,
  familyId: true,
  phone: true,
  eReceiptConsent: true,
  email: true,
  version: true,
  registrationChannel: true,
  registeredAt: true,
  birthDate: true,
  mobileAppInstalled: true,
  socialGroupMember: true,
  profileCompletedAt: true,
  marketingConsents: { where: { granted: true }, select: { channel: true } },
} as const;
const CARD_FIELDS = { id: true, companyId: true, number: true, memberId: true, state: true, kind: true, version: true } as const;

type MemberRow = {
  id: string;
  companyId: string;
  state: MemberSnapshot['state'];
  familyId: string | null;
  phone: string | null;
  eReceiptConsent: boolean;
  email: string | null;
  version: number;
  registrationChannel: string | null;
  registeredAt: Date | null;
  birthDate: Date | null;
  mobileAppInstalled: boolean;
  socialGroupMember: boolean;
  profileCompletedAt: Date | null;
  marketingConsents: Array<{ channel: string }>;
};
type CardRow = { id: string; companyId: string; number: string; memberId: string | null; state: string; kind: string; version: number };

function factsOf(row: MemberRow): MemberFacts {
  return {
    registrationChannel: row.registrationChannel,
    registeredAt: row.registeredAt?.toISOString() ?? null,
    // A date column comes back as midnight UTC of that day.
    birthday: row.birthDate ? row.birthDate.toISOString().slice(5, 10) : null,
    appInstalled: row.mobileAppInstalled,
    socialGroupMember: row.socialGroupMember,
    profileCompleted: row.profileCompletedAt !== null,
    marketingConsents: row.marketingConsents.map((consent) => consent.channel).sort(),
  };
}

function memberSnapshot(row: MemberRow, phoneKeySecret: string): MemberSnapshot {
  const phoneKey = row.phone ? phoneLookupKey(row.phone, phoneKeySecret) : null;
  const takesEReceipts = row.eReceiptConsent && row.email !== null;
  return {
    memberId: row.id,
    companyId: row.companyId,
    state: row.state,
    familyId: row.familyId,
    phoneKey,
    takesEReceipts,
    facts: factsOf(row),
    version: row.version,
  };
}

function cardSnapshot(row: CardRow): CardSnapshot {
  const blocked = row.state === 'BLOCKED' || row.state === 'REPLACED';
  return { cardId: row.id, companyId: row.companyId, number: row.number, memberId: row.memberId, blocked, kind: row.kind, version: row.version };
}

/**
 * Counts up the versions of these members and cards and returns their snapshots, as the caller's
 * transaction leaves them: what an event about them carries. Rows are locked in id order, and only
 * against other updates (NO KEY UPDATE): the same transaction may have inserted rows pointing at
 * them, whose key-share locks a full FOR UPDATE would deadlock against in parallel writes.
 */
export async function nextViewSnapshots(tx: MembersDb, phoneKeySecret: string, ids: { memberIds: string[]; cardIds: string[] }): Promise<MemberViews> {
  const members = ids.memberIds.length
    ? await tx.$queryRaw<
        Array<{
          id: string;
          company_id: string;
          state: MemberSnapshot['state'];
          family_id: string | null;
          phone: string | null;
          e_receipt_consent: boolean;
          email: string | null;
          version: number;
          registration_channel: string | null;
          registered_at: Date | null;
          birth_date: Date | null;
          mobile_app_installed: boolean;
          social_group_member: boolean;
          profile_completed_at: Date | null;
          consents: string[];
        }>
      >`
        UPDATE members m SET version = m.version + 1
          FROM (SELECT id FROM members WHERE id = ANY(${ids.memberIds}::uuid[]) ORDER BY id FOR NO KEY UPDATE) locked
         WHERE m.id = locked.id
        RETURNING m.id, m.company_id, m.state::text AS state, m.family_id, m.phone, m.e_receipt_consent, m.email, m.version,
                  m.registration_channel::text AS registration_channel, m.registered_at, m.birth_date, m.mobile_app_installed,
                  m.social_group_member, m.profile_completed_at,
                  ARRAY(SELECT mc.channel::text FROM marketing_consents mc WHERE mc.member_id = m.id AND mc.granted) AS consents`
    : [];
  const cards = ids.cardIds.length
    ? await tx.$queryRaw<Array<{ id: string; company_id: string; number: string; member_id: string | null; state: string; kind: string; version: number }>>`
        UPDATE cards c SET version = c.version + 1
          FROM (SELECT id FROM cards WHERE id = ANY(${ids.cardIds}::uuid[]) ORDER BY id FOR NO KEY UPDATE) locked
         WHERE c.id = locked.id
        RETURNING c.id, c.company_id, c.number, c.member_id, c.state::text AS state, c.kind::text AS kind, c.version`
    : [];
  return {
    members: members.map((m) =>
      memberSnapshot(
        {
          id: m.id,
          companyId: m.company_id,
          state: m.state,
          familyId: m.family_id,
          phone: m.phone,
          eReceiptConsent: m.e_receipt_consent,
          email: m.email,
          version: m.version,
          registrationChannel: m.registration_channel,
          registeredAt: m.registered_at,
          birthDate: m.birth_date,
          mobileAppInstalled: m.mobile_app_installed,
          socialGroupMember: m.social_group_member,
          profileCompletedAt: m.profile_completed_at,
          marketingConsents: m.consents.map((channel) => ({ channel })),
        },
        phoneKeySecret,
      ),
    ),
    cards: cards.map((c) =>
      cardSnapshot({ id: c.id, companyId: c.company_id, number: c.number, memberId: c.member_id, state: c.state, kind: c.kind, version: c.version }),
    ),
  };
}

/** What a view misses, looked up the way the till named it: a card (with its member), a member, a phone. */
export async function viewOf(db: MembersDb, phoneKeySecret: string, request: MemberViewRequest): Promise<MemberViews> {
  const { companyId } = request;
  if ('cardNumber' in request) {
    const card = await db.card.findUnique({ where: { companyId_number: { companyId, number: request.cardNumber } }, select: CARD_FIELDS });
    if (!card) return { members: [], cards: [] };
    const member = card.memberId ? await db.member.findUnique({ where: { id: card.memberId }, select: MEMBER_FIELDS }) : null;
    return { members: member ? [memberSnapshot(member, phoneKeySecret)] : [], cards: [cardSnapshot(card)] };
  }
  const phone = 'phone' in request ? toE164(request.phone) : null;
  const where = 'memberId' in request ? { id: request.memberId, companyId } : phone ? { companyId, phone } : null;
  const member = where ? await db.member.findFirst({ where, select: MEMBER_FIELDS }) : null;
  return { members: member ? [memberSnapshot(member, phoneKeySecret)] : [], cards: [] };
}
