import type pg from 'pg';
import type { MemberContact, MemberContactRequest, MemberContactsAnswer, MemberContactsRequest, MessageChannelName } from '../../../infra/views/member-contact';

/**
 * Where and how a member is reached, in one plain statement through `pg`: the communications
 * subgraph asks for it on every event it may message a member about (each confirmed purchase, for
 * its e-receipt), where three Prisma reads cost the members subgraph about 4 ms of CPU a purchase
 * (issue 10's bench). By id or by phone; members who opted out are not found.
 */
const contactSql = (match: string) => `
  SELECT m.id, m.phone, m.email, m.first_name, m.language, coalesce(m.time_zone, c.time_zone) AS time_zone, m.e_receipt_consent,
         c.name AS company_name, c.pos_currency,
         ARRAY(SELECT mc.channel::text FROM marketing_consents mc WHERE mc.member_id = m.id AND mc.granted ORDER BY mc.channel) AS marketing_consents
    FROM members m JOIN companies c ON c.id = m.company_id
   WHERE m.company_id = $1::uuid AND m.state <> 'DELETED' AND ${match}
   LIMIT 1`;

/** The statements, by name: checked against the migrated schema by tests/hand-written-sql.test.ts. */
export const MEMBER_CONTACT_STATEMENTS = {
  contactById: contactSql('m.id = $2::uuid'),
  contactByPhone: contactSql('m.phone = $2'),
};

interface ContactRow {
  id: string;
  phone: string | null;
  email: string | null;
  first_name: string | null;
  language: string | null;
  time_zone: string;
  e_receipt_consent: boolean;
  company_name: string;
  pos_currency: string;
  marketing_consents: MessageChannelName[];
}

export async function findMemberContact(sql: pg.Pool, request: MemberContactRequest): Promise<MemberContact> {
  const byId = 'memberId' in request;
  const { rows } = await sql.query<ContactRow>({
    name: byId ? 'member_contact_by_id' : 'member_contact_by_phone',
    text: byId ? MEMBER_CONTACT_STATEMENTS.contactById : MEMBER_CONTACT_STATEMENTS.contactByPhone,
    values: [request.companyId, byId ? request.memberId : request.phone],
  });
  const row = rows[0];
  if (!row) return { found: false };
  return {
    found: true,
    memberId: row.id,
    phone: row.phone,
    email: row.email,
    firstName: row.first_name,
    language: row.language,
    timeZone: row.time_zone,
    marketingConsents: row.marketing_consents,
    eReceiptConsent: row.e_receipt_consent,
    companyName: row.company_name,
    currency: row.pos_currency,
  };
}

const contactsSql = (match: string, limit: string) => `
  SELECT m.id, m.phone, m.email, m.first_name, m.last_name, m.language, coalesce(m.time_zone, c.time_zone) AS time_zone, m.state = 'BLOCKED' AS blocked,
         ARRAY(SELECT mc.channel::text FROM marketing_consents mc WHERE mc.member_id = m.id AND mc.granted ORDER BY mc.channel) AS marketing_consents
    FROM members m JOIN companies c ON c.id = m.company_id
   WHERE m.company_id = $1::uuid AND m.state <> 'DELETED' AND ${match}
   ORDER BY m.id ${limit}`;

/** The statements, by name: checked against the migrated schema by tests/hand-written-sql.test.ts. */
export const MEMBER_CONTACTS_STATEMENTS = {
  companyName: 'SELECT name, pos_currency FROM companies WHERE id = $1::uuid',
  contactsByIds: contactsSql('m.id = ANY($2::uuid[])', ''),
  contactsWithConsent: contactsSql(
    `($2::uuid IS NULL OR m.id > $2::uuid)
     AND EXISTS (SELECT 1 FROM marketing_consents mc WHERE mc.member_id = m.id AND mc.channel = $3::"Channel" AND mc.granted)`,
    'LIMIT $4',
  ),
};

interface ContactsRow {
  id: string;
  phone: string | null;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  language: string | null;
  time_zone: string;
  blocked: boolean;
  marketing_consents: MessageChannelName[];
}

/** Many members' contacts for a mailing: those named, or a page of those with consent for a channel. */
export async function findMemberContacts(sql: pg.Pool, request: MemberContactsRequest): Promise<MemberContactsAnswer> {
  const byIds = 'memberIds' in request;
  const [company, contacts] = await Promise.all([
    sql.query<{ name: string; pos_currency: string }>({
      name: 'company_name_and_currency',
      text: MEMBER_CONTACTS_STATEMENTS.companyName,
      values: [request.companyId],
    }),
    sql.query<ContactsRow>(
      byIds
        ? { name: 'member_contacts_by_ids', text: MEMBER_CONTACTS_STATEMENTS.contactsByIds, values: [request.companyId, request.memberIds] }
        : {
            name: 'member_contacts_with_consent',
            text: MEMBER_CONTACTS_STATEMENTS.contactsWithConsent,
            values: [request.companyId, request.after, request.consentTo, request.limit],
          },
    ),
  ]);
  return {
    companyName: company.rows[0]?.name ?? '',
    currency: company.rows[0]?.pos_currency ?? '',
    contacts: contacts.rows.map((row) => ({
      memberId: row.id,
      phone: row.phone,
      email: row.email,
      firstName: row.first_name,
      lastName: row.last_name,
      language: row.language,
      timeZone: row.time_zone,
      marketingConsents: row.marketing_consents,
      blocked: row.blocked,
    })),
  };
}
