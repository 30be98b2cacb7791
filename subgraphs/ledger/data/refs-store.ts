import { signalSettingsChanged } from '../../../infra/cache/change-signal';
import { DEFAULT_HISTORY_START } from '../../../infra/time/history-bounds';
import { type CardSnapshot, ERASED_CARD_PREFIX, type MemberSnapshot, type MemberViews } from '../../../infra/views/member-views';
import { staysFromChanges } from '../domain/family-history';
import { LEDGER_SCHEMA, type LedgerDb, type LedgerSql, Prisma } from './prisma';

/**
 * What the ledger keeps of the members subgraph's data: kept fresh from its events, and read through
 * from it on a miss (services/member-views.ts).
 */

export function findMemberRef(db: LedgerDb, memberId: string) {
  return db.memberRef.findUnique({ where: { memberId } });
}

/** A member whose balance is read at a moment: who they are, their pool then (the member first) and the pool's accounts. */
export interface BalanceSubject {
  memberId: string;
  companyId: string;
  state: string;
  pool: string[];
  /** The pool members' accounts in every currency, by id. */
  accounts: Array<{ id: string; memberId: string; currencyId: string }>;
}

/**
 * What reading these members' balances at `at` needs before the figures, in one statement: their
 * view rows (whom the caller may read), their families then, and the accounts of those.
 */
export async function balanceSubjectsAt(db: LedgerSql, memberIds: string[], at: Date): Promise<BalanceSubject[]> {
  const rows = await db.$queryRaw<Array<Omit<BalanceSubject, 'pool'> & { relatives: string[] }>>`
    WITH pools AS (
      SELECT w.member_id, coalesce(array_agg(DISTINCT r.member_id) FILTER (WHERE r.member_id IS NOT NULL), '{}') AS relatives
        FROM unnest(${memberIds}::uuid[]) AS w(member_id)
        LEFT JOIN family_memberships m ON m.member_id = w.member_id AND m.joined_at <= ${at} AND (m.left_at IS NULL OR m.left_at > ${at})
        LEFT JOIN family_memberships r ON r.family_id = m.family_id AND r.joined_at <= ${at} AND (r.left_at IS NULL OR r.left_at > ${at})
       GROUP BY w.member_id)
    SELECT ref.member_id AS "memberId", ref.company_id AS "companyId", ref.state, p.relatives,
           coalesce((SELECT json_agg(json_build_object('id', a.id, 'memberId', a.member_id, 'currencyId', a.currency_id) ORDER BY a.id)
                       FROM accounts a WHERE a.member_id = ref.member_id OR a.member_id = ANY(p.relatives)), '[]') AS accounts
      FROM member_refs ref JOIN pools p ON p.member_id = ref.member_id`;
  return rows.map(({ relatives, ...row }) => ({ ...row, pool: [row.memberId, ...relatives.filter((id) => id !== row.memberId)] }));
}

/** The members whose accounts pool with this member's (the family), the member first. */
export async function poolOf(db: LedgerSql, member: { memberId: string; familyId: string | null }): Promise<string[]> {
  if (!member.familyId) return [member.memberId];
  const relatives = await db.$queryRaw<Array<{ memberId: string }>>`
    SELECT member_id AS "memberId" FROM member_refs WHERE family_id = ${member.familyId}::uuid AND state <> 'DELETED'`;
  return [member.memberId, ...relatives.map((r) => r.memberId).filter((id) => id !== member.memberId)];
}

/**
 * Keeps a member's snapshot when it is newer than the one held (by the members subgraph's version),
 * so a late event or a read-through racing an event never puts an older state over a newer one. An
 * opted-out member stays opted out. The same version with another phone key is the same member
 * re-keyed after a rotation of PHONE_KEY_SECRET: the key is replaced.
 */
export async function saveMemberSnapshot(db: LedgerSql, member: MemberSnapshot, at: Date): Promise<void> {
  await db.$executeRaw`
    INSERT INTO member_refs (member_id, company_id, state, family_id, phone_key, takes_e_receipts, version, updated_at)
    VALUES (${member.memberId}::uuid, ${member.companyId}::uuid, ${member.state}, ${member.familyId}::uuid, ${member.phoneKey},
            ${member.takesEReceipts ?? null}::boolean, ${member.version}, ${at})
    ON CONFLICT (member_id) DO UPDATE
       SET state = EXCLUDED.state, family_id = EXCLUDED.family_id, phone_key = EXCLUDED.phone_key, takes_e_receipts = EXCLUDED.takes_e_receipts,
           version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
     WHERE (member_refs.version < EXCLUDED.version
            OR (member_refs.version = EXCLUDED.version AND EXCLUDED.phone_key IS NOT NULL AND member_refs.phone_key IS DISTINCT FROM EXCLUDED.phone_key))
       AND member_refs.state <> 'DELETED'`;
}

/**
 * Keeps a card's snapshot when it is newer than the one held (see saveMemberSnapshot). A card erased
 * with its member's opt-out stays erased: a late snapshot does not bring its number back.
 */
export async function saveCardSnapshot(db: LedgerSql, card: CardSnapshot, at: Date): Promise<void> {
  await db.$executeRaw`
    INSERT INTO card_refs (company_id, number, card_id, member_id, blocked, version, updated_at)
    SELECT ${card.companyId}::uuid, ${card.number}, ${card.cardId}::uuid, ${card.memberId}::uuid, ${card.blocked}, ${card.version}, ${at}
     WHERE NOT EXISTS (SELECT 1 FROM card_refs WHERE card_id = ${card.cardId}::uuid AND number = ${ERASED_CARD_PREFIX} || card_id::text)
    ON CONFLICT (company_id, number) DO UPDATE
       SET card_id = EXCLUDED.card_id, member_id = EXCLUDED.member_id, blocked = EXCLUDED.blocked, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
     WHERE card_refs.version < EXCLUDED.version`;
}

/** Keeps every snapshot of a batch (an event's, or an answer of the members subgraph). */
export async function saveViews(db: LedgerSql, views: MemberViews, at: Date): Promise<void> {
  for (const member of views.members) await saveMemberSnapshot(db, member, at);
  for (const card of views.cards) await saveCardSnapshot(db, card, at);
}

/**
 * Records the family a member's version names (from a family event, dated by it) and rebuilds the
 * member's stays from every version known, in version order (see staysFromChanges). Events about
 * one member are serialised here, so two arriving at once both count.
 */
export async function recordFamilyChange(db: LedgerSql, memberId: string, version: number, familyId: string | null, at: Date): Promise<void> {
  await db.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${memberId}, 7))::text`;
  const inserted = await db.$executeRaw`
    INSERT INTO family_changes (member_id, version, family_id, at) VALUES (${memberId}::uuid, ${version}, ${familyId}::uuid, ${at})
    ON CONFLICT (member_id, version) DO NOTHING`;
  if (inserted === 0) return;
  const changes = await db.$queryRaw<Array<{ family_id: string | null; at: Date }>>`
    SELECT family_id, at FROM family_changes WHERE member_id = ${memberId}::uuid ORDER BY version`;
  const stays = staysFromChanges(
    memberId,
    changes.map((c) => ({ familyId: c.family_id, at: c.at })),
  );
  await db.$executeRaw`DELETE FROM family_memberships WHERE member_id = ${memberId}::uuid`;
  if (stays.length === 0) return;
  await db.$executeRaw`
    INSERT INTO family_memberships (family_id, member_id, joined_at, left_at)
    SELECT family_id, ${memberId}::uuid, joined_at, left_at
      FROM unnest(${stays.map((s) => s.familyId)}::uuid[], ${stays.map((s) => s.joinedAt)}::timestamptz[], ${stays.map((s) => s.leftAt)}::timestamptz[])
        AS t(family_id, joined_at, left_at)`;
}

/** The members whose accounts pooled with this member's at `at` (the family then), the member first. */
export async function poolAt(db: LedgerSql, memberId: string, at: Date): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ member_id: string }>>`
    WITH family AS (
      SELECT family_id FROM family_memberships
       WHERE member_id = ${memberId}::uuid AND joined_at <= ${at} AND (left_at IS NULL OR left_at > ${at})
       ORDER BY joined_at DESC LIMIT 1)
    SELECT DISTINCT m.member_id FROM family_memberships m JOIN family f ON f.family_id = m.family_id
     WHERE m.joined_at <= ${at} AND (m.left_at IS NULL OR m.left_at > ${at})`;
  return [memberId, ...rows.map((row) => row.member_id).filter((id) => id !== memberId)];
}

/**
 * The company's history start: no operation may be dated before it (the default until its settings
 * arrive). Read under a share lock, so that a move of the start (lockHistoryStart) waits for the
 * transaction dating an operation, and one that comes after the move meets the new start.
 */
export async function companyHistoryStart(db: LedgerSql, companyId: string): Promise<Date> {
  const rows = await db.$queryRaw<Array<{ history_starts_at: Date }>>`
    SELECT history_starts_at FROM company_refs WHERE company_id = ${companyId}::uuid FOR SHARE`;
  return rows[0]?.history_starts_at ?? DEFAULT_HISTORY_START;
}

/** Locks the company's row for a move of its history start (made first, with the defaults, when its settings have not arrived). */
export async function lockHistoryStart(db: LedgerSql, companyId: string): Promise<void> {
  await db.$executeRaw`
    INSERT INTO company_refs (company_id, spending_states, time_zone, history_starts_at, updated_at)
    VALUES (${companyId}::uuid, ARRAY['REGISTERED']::text[], 'UTC', ${DEFAULT_HISTORY_START}, '-infinity')
    ON CONFLICT (company_id) DO NOTHING`;
  await db.$queryRaw`SELECT 1 FROM company_refs WHERE company_id = ${companyId}::uuid FOR UPDATE`;
}

/** Enforces a moved history start at once; the settings event that follows carries the same start (and the rest). */
export async function setHistoryStart(db: LedgerSql, companyId: string, start: Date): Promise<void> {
  await db.$executeRaw`UPDATE company_refs SET history_starts_at = ${start} WHERE company_id = ${companyId}::uuid`;
}

export async function companySpendingStates(db: LedgerDb, companyId: string): Promise<string[]> {
  const ref = await db.companyRef.findUnique({ where: { companyId } });
  return ref?.spendingStates ?? ['REGISTERED'];
}

/** Keeps the company's settings the ledger enforces, unless newer ones (by event time) are held. */
export async function saveCompanyRef(
  db: LedgerSql,
  companyId: string,
  settings: { spendingStates: string[]; timeZone: string; historyStartsAt: Date },
  at: Date,
) {
  // Limits are judged in the company's time zone, which processes keep (services/settings-cache.ts).
  await signalSettingsChanged(db, LEDGER_SCHEMA);
  await db.$executeRaw`
    INSERT INTO company_refs (company_id, spending_states, time_zone, history_starts_at, updated_at)
    VALUES (${companyId}::uuid, ${settings.spendingStates}::text[], ${settings.timeZone}, ${settings.historyStartsAt}, ${at})
    ON CONFLICT (company_id) DO UPDATE
       SET spending_states = EXCLUDED.spending_states, time_zone = EXCLUDED.time_zone, history_starts_at = EXCLUDED.history_starts_at, updated_at = EXCLUDED.updated_at
     WHERE company_refs.updated_at <= EXCLUDED.updated_at`;
}

/** The company's IANA time zone; UTC before its event arrives. */
export async function companyTimeZone(db: LedgerSql, companyId: string): Promise<string> {
  const [row] = await db.$queryRaw<Array<{ time_zone: string }>>`SELECT time_zone FROM company_refs WHERE company_id = ${companyId}::uuid`;
  return row?.time_zone ?? 'UTC';
}

/** Records an event as handled; false when it was handled before (at-least-once delivery). */
export async function markProcessed(db: LedgerSql, eventId: string): Promise<boolean> {
  const inserted = await db.$executeRaw`INSERT INTO processed_events (event_id) VALUES (${eventId}::uuid) ON CONFLICT DO NOTHING`;
  return inserted === 1;
}

export function findCardRef(db: LedgerDb, companyId: string, number: string) {
  return db.cardRef.findUnique({ where: { companyId_number: { companyId, number } } });
}

/** The member whose phone has this keyed hash, if the ledger knows one. */
export function findMemberByPhoneKey(db: LedgerDb, companyId: string, phoneKeys: string[]) {
  return db.memberRef.findFirst({ where: { companyId, phoneKey: { in: phoneKeys }, state: { not: 'DELETED' } } });
}

/** Keeps a point of sale's settings the ledger enforces, unless newer ones (by event time) are held. */
export async function savePointOfSaleRef(
  db: LedgerSql,
  ref: { pointOfSaleId: string; companyId: string; confirmPaymentBySms: boolean; allowPhonePaymentWithoutCode: boolean; returnPolicy: string; updatedAt: Date },
) {
  await signalSettingsChanged(db, LEDGER_SCHEMA);
  await db.$executeRaw`
    INSERT INTO point_of_sale_refs (point_of_sale_id, company_id, confirm_payment_by_sms, allow_phone_payment_without_code, return_policy, updated_at)
    VALUES (${ref.pointOfSaleId}::uuid, ${ref.companyId}::uuid, ${ref.confirmPaymentBySms}, ${ref.allowPhonePaymentWithoutCode}, ${ref.returnPolicy}, ${ref.updatedAt})
    ON CONFLICT (point_of_sale_id) DO UPDATE
       SET confirm_payment_by_sms = EXCLUDED.confirm_payment_by_sms, allow_phone_payment_without_code = EXCLUDED.allow_phone_payment_without_code,
           return_policy = EXCLUDED.return_policy, updated_at = EXCLUDED.updated_at
     WHERE point_of_sale_refs.updated_at <= EXCLUDED.updated_at`;
}

/** Keeps a terminal of a company (terminals never move between companies). */
export async function saveTerminalRef(db: LedgerSql, ref: { terminalId: string; companyId: string; pointOfSaleId: string; updatedAt: Date }) {
  await db.$executeRaw`
    INSERT INTO terminal_refs (terminal_id, company_id, point_of_sale_id, updated_at)
    VALUES (${ref.terminalId}::uuid, ${ref.companyId}::uuid, ${ref.pointOfSaleId}::uuid, ${ref.updatedAt})
    ON CONFLICT (terminal_id) DO NOTHING`;
}

/** Whether the company has this terminal or point of sale, as far as the ledger has learnt from events. */
export async function companyHas(db: LedgerDb, companyId: string, kind: 'TERMINAL' | 'POINT_OF_SALE', id: string): Promise<boolean> {
  const found =
    kind === 'TERMINAL'
      ? await db.terminalRef.findFirst({ where: { terminalId: id, companyId }, select: { terminalId: true } })
      : await db.pointOfSaleRef.findFirst({ where: { pointOfSaleId: id, companyId }, select: { pointOfSaleId: true } });
  return found !== null;
}

/** A point of sale's settings; the members subgraph's defaults until its event arrives. */
export async function pointOfSaleSettings(db: LedgerSql, pointOfSaleId: string) {
  const [ref] = await db.$queryRaw<Array<{ confirmPaymentBySms: boolean; allowPhonePaymentWithoutCode: boolean; returnPolicy: string }>>`
    SELECT confirm_payment_by_sms AS "confirmPaymentBySms", allow_phone_payment_without_code AS "allowPhonePaymentWithoutCode", return_policy::text AS "returnPolicy"
      FROM point_of_sale_refs WHERE point_of_sale_id = ${pointOfSaleId}::uuid`;
  return {
    confirmPaymentBySms: ref?.confirmPaymentBySms ?? false,
    allowPhonePaymentWithoutCode: ref?.allowPhonePaymentWithoutCode ?? false,
    returnPolicy: ref?.returnPolicy ?? 'WRITE_OFF_TO_NEGATIVE',
  };
}

/** The columns `posMemberViewSql` reads (all null when nothing was found and the read was joined on). */
export interface PosViewRow {
  card_member_id: string | null;
  card_blocked: boolean | null;
  member_id: string | null;
  company_id: string | null;
  member_state: string | null;
  family_id: string | null;
  takes_e_receipts: boolean | null;
  spending_states: string[] | null;
}

const POS_VIEW_COLUMN_SET: Record<keyof PosViewRow, true> = {
  card_member_id: true,
  card_blocked: true,
  member_id: true,
  company_id: true,
  member_state: true,
  family_id: true,
  takes_e_receipts: true,
  spending_states: true,
};
/** The columns of `posMemberViewSql`, for a row that has others beside them. */
export const POS_VIEW_COLUMNS = Object.keys(POS_VIEW_COLUMN_SET);

/** How a POS call names a member: a card's number, a phone's keyed hashes, or a member found before. */
export type PosViewKey = { number: string } | { phoneKeys: string[] } | { memberId: string };

/** The same, where the card's number or the member's id may be a column of an enclosing statement. */
type PosViewKeySql = { number: string | Prisma.Sql } | { phoneKeys: string[] } | { memberId: string | Prisma.Sql };

/**
 * What a POS call needs to know about the member it names, as one SELECT of at most one row: the
 * card (when named by card), the member, and the member states the company lets spend. A
 * statement that does other work first can read it too (`toPosMemberView` makes it a view).
 */
export function posMemberViewSql(companyId: string, key: PosViewKeySql): Prisma.Sql {
  if ('number' in key)
    return Prisma.sql`
      SELECT c.member_id AS card_member_id, c.blocked AS card_blocked, m.member_id, m.company_id, m.state AS member_state, m.family_id, m.takes_e_receipts, co.spending_states
        FROM card_refs c LEFT JOIN member_refs m ON m.member_id = c.member_id LEFT JOIN company_refs co ON co.company_id = c.company_id
       WHERE c.company_id = ${companyId}::uuid AND c.number = ${key.number}`;
  if ('phoneKeys' in key)
    return Prisma.sql`
      SELECT NULL::uuid AS card_member_id, NULL::boolean AS card_blocked, m.member_id, m.company_id, m.state AS member_state, m.family_id, m.takes_e_receipts, co.spending_states
        FROM member_refs m LEFT JOIN company_refs co ON co.company_id = m.company_id
       WHERE m.company_id = ${companyId}::uuid AND m.phone_key = ANY(${key.phoneKeys}::text[]) AND m.state <> 'DELETED' LIMIT 1`;
  return Prisma.sql`
    SELECT NULL::uuid AS card_member_id, NULL::boolean AS card_blocked, m.member_id, m.company_id, m.state AS member_state, m.family_id, m.takes_e_receipts, co.spending_states
      FROM member_refs m LEFT JOIN company_refs co ON co.company_id = m.company_id
     WHERE m.member_id = ${key.memberId}::uuid AND m.company_id = ${companyId}::uuid`;
}

export type PosMemberView = ReturnType<typeof toPosMemberView>;

/** The view a row of `posMemberViewSql` gives; null when it found neither card nor member. */
export function toPosMemberView(row: PosViewRow | undefined) {
  if (!row || (row.card_blocked === null && !row.member_id)) return null;
  const member = row.member_id
    ? {
        memberId: row.member_id,
        companyId: row.company_id as string,
        state: row.member_state as string,
        familyId: row.family_id,
        takesEReceipts: row.takes_e_receipts,
      }
    : null;
  return {
    card: row.card_blocked === null ? null : { memberId: row.card_member_id, blocked: row.card_blocked },
    member,
    spendingStates: row.spending_states ?? ['REGISTERED'],
  };
}

/** The same view read on its own. */
export async function posMemberView(db: LedgerSql, companyId: string, key: PosViewKey) {
  const rows = await db.$queryRaw<PosViewRow[]>(posMemberViewSql(companyId, key));
  return toPosMemberView(rows[0]);
}
