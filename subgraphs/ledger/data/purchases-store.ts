import type { OutboxFragments } from '../../../infra/outbox/outbox-writer';
import { UUID } from '../domain/ids';
import { poolAccountsRead, poolAccountsSql } from './accounts-store';
import { type CheckpointCount, operationsSinceCheckpointSql } from './ledger-store';
import { type LedgerDb, type LedgerSql, Prisma, type Purchase } from './prisma';
import { gatedBy, type ReadRow } from './read-together';
import { POS_VIEW_COLUMNS, type PosViewRow, posMemberViewSql, toPosMemberView } from './refs-store';

/**
 * Named queries over purchases (the two-phase protocol) and the idempotency keys of POS calls.
 * Every POS call reads and writes a purchase, so these are plain statements.
 */

const COLUMNS = Prisma.sql`
  id, company_id AS "companyId", terminal_id AS "terminalId", point_of_sale_id AS "pointOfSaleId", member_id AS "memberId",
  card_number AS "cardNumber", currency_id AS "currencyId", state::text AS state, lines, subtotal, discount,
  rounding_correction AS "roundingCorrection", total, max_bonus_payment AS "maxBonusPayment", bonus_payment AS "bonusPayment",
  cash_due AS "cashDue", accrual, accrual_activates_at AS "accrualActivatesAt", accrual_expires_at AS "accrualExpiresAt",
  accrual_lot_id AS "accrualLotId", offer_lot_ids::text[] AS "offerLotIds", hold_expires_at AS "holdExpiresAt", local_time AS "localTime", offers, offline, occurred_at AS "occurredAt",
  payment_code_hash AS "paymentCodeHash", payment_code_tries AS "paymentCodeTries", payment_code_expires_at AS "paymentCodeExpiresAt",
  created_at AS "createdAt", confirmed_at AS "confirmedAt", cancelled_at AS "cancelledAt", cancel_reason AS "cancelReason"`;

export interface NewPurchase {
  id: string;
  companyId: string;
  terminalId: string;
  pointOfSaleId: string;
  memberId: string | null;
  cardNumber: string | null;
  currencyId: string;
  lines: unknown[];
  /** The offers it was calculated with (services/purchase-receipt.ts StoredOffers); null without a snapshot. */
  offers: unknown | null;
  subtotal: string;
  discount: string;
  roundingCorrection: string;
  total: string;
  maxBonusPayment: string;
  bonusPayment: string;
  cashDue: string;
  accrual: string;
  accrualActivatesAt: Date | null;
  accrualExpiresAt: Date | null;
  holdExpiresAt: Date;
  localTime: string | null;
  offline?: boolean;
  occurredAt?: Date | null;
  createdAt: Date;
}

/** A new pending purchase. */
export async function createPurchase(tx: LedgerSql, p: NewPurchase): Promise<Purchase> {
  const rows = await tx.$queryRaw<Purchase[]>`
    INSERT INTO purchases (id, company_id, terminal_id, point_of_sale_id, member_id, card_number, currency_id, state, lines, subtotal, discount,
      rounding_correction, total, max_bonus_payment, bonus_payment, cash_due, accrual, accrual_activates_at, accrual_expires_at, hold_expires_at,
      local_time, offers, offline, occurred_at, created_at)
    VALUES (${p.id}::uuid, ${p.companyId}::uuid, ${p.terminalId}::uuid, ${p.pointOfSaleId}::uuid, ${p.memberId}::uuid, ${p.cardNumber},
      ${p.currencyId}::uuid, 'PENDING', ${JSON.stringify(p.lines)}::jsonb, ${p.subtotal}::numeric, ${p.discount}::numeric,
      ${p.roundingCorrection}::numeric, ${p.total}::numeric, ${p.maxBonusPayment}::numeric, ${p.bonusPayment}::numeric, ${p.cashDue}::numeric,
      ${p.accrual}::numeric, ${p.accrualActivatesAt}, ${p.accrualExpiresAt}, ${p.holdExpiresAt}, ${p.localTime}, ${p.offers === null ? null : JSON.stringify(p.offers)}::jsonb, ${p.offline ?? false},
      ${p.occurredAt ?? null}, ${p.createdAt})
    RETURNING ${COLUMNS}`;
  return rows[0] as Purchase;
}

export async function readPurchase(db: LedgerSql, id: string): Promise<Purchase | null> {
  if (!UUID.test(id)) return null;
  const rows = await db.$queryRaw<Purchase[]>`SELECT ${COLUMNS} FROM purchases WHERE id = ${id}::uuid`;
  return rows[0] ?? null;
}

export async function lockPurchase(tx: LedgerSql, companyId: string, id: string): Promise<Purchase | null> {
  if (!UUID.test(id)) return null;
  const rows = await tx.$queryRaw<Purchase[]>`SELECT ${COLUMNS} FROM purchases WHERE id = ${id}::uuid AND company_id = ${companyId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/**
 * Marks a purchase confirmed and records its events (with the dispatcher's signal) in the same
 * statement; answers the purchase as it now is (the call's answer, without reading it again) and,
 * when asked, the account's operations since its last checkpoint (this transaction's included).
 */
export async function markPurchaseConfirmed(
  tx: LedgerSql,
  confirmation: { id: string; at: Date; accrualLotId: string | null; offerLotIds: string[]; events: OutboxFragments; checkpointCount: CheckpointCount | null },
): Promise<{ purchase: Purchase; operationsSinceCheckpoint: number | null }> {
  const { id, at, accrualLotId, offerLotIds, events, checkpointCount } = confirmation;
  const counted = checkpointCount ? operationsSinceCheckpointSql(checkpointCount) : Prisma.sql`NULL::int`;
  const rows = await tx.$queryRaw<Array<Purchase & { signalled?: unknown; since: number | null }>>`
    WITH confirmed AS (
           UPDATE purchases SET state = 'CONFIRMED', confirmed_at = ${at}, accrual_lot_id = ${accrualLotId}::uuid, offer_lot_ids = ${offerLotIds}::uuid[] WHERE id = ${id}::uuid RETURNING ${COLUMNS}),
         written AS (${events.insert})
    SELECT confirmed.*, (SELECT ${events.notify} FROM (SELECT count(*) FROM written) rows_written) AS signalled, ${counted} AS since FROM confirmed`;
  const { signalled: _, since, ...purchase } = rows[0] as Purchase & { signalled?: unknown; since: number | null };
  return { purchase: purchase as Purchase, operationsSinceCheckpoint: since };
}

/** Sets (or, with null, clears) the SMS code a purchase's payment with bonuses waits for. */
export async function setPaymentCode(tx: LedgerSql, id: string, code: { hash: string; expiresAt: Date } | null): Promise<void> {
  await tx.$executeRaw`
    UPDATE purchases SET payment_code_hash = ${code?.hash ?? null}, payment_code_tries = 0, payment_code_expires_at = ${code?.expiresAt ?? null}
     WHERE id = ${id}::uuid`;
}

/** Changes a purchase; `offers`, when given, as createPurchase takes it (null: none). */
export function updatePurchase(tx: LedgerDb, id: string, data: Omit<Prisma.PurchaseUncheckedUpdateInput, 'offers'> & { offers?: unknown | null }) {
  const { offers, ...rest } = data;
  const stored = offers === undefined ? {} : { offers: offers === null ? Prisma.DbNull : (offers as Prisma.InputJsonValue) };
  return tx.purchase.update({ where: { id }, data: { ...rest, ...stored } });
}

/** How many purchases the member confirmed (an offer for their Nth purchase asks). */
export async function confirmedPurchaseCount(db: LedgerSql, memberId: string): Promise<number> {
  const [row] = await db.$queryRaw<
    Array<{ count: number }>
  >`SELECT count(*)::int AS count FROM purchases WHERE member_id = ${memberId}::uuid AND state = 'CONFIRMED'`;
  return row?.count ?? 0;
}

/** Cancels pending purchases whose confirmation time has passed; returns them for their events. */
export function cancelStalePurchases(tx: LedgerSql, now: Date) {
  return tx.$queryRaw<Array<{ id: string; company_id: string; member_id: string | null }>>`
    UPDATE purchases SET state = 'CANCELLED', cancelled_at = ${now}, cancel_reason = 'TIMEOUT'
     WHERE state = 'PENDING' AND hold_expires_at <= ${now}
    RETURNING id, company_id, member_id`;
}

export async function findIdempotencyKey(db: LedgerSql, callerId: string, key: string) {
  const rows = await db.$queryRaw<
    Array<{ operation: string; requestHash: string; resultId: string; refusal: { code: string; message: string; field: string | null } | null }>
  >`
    SELECT operation, request_hash AS "requestHash", result_id AS "resultId", refusal FROM idempotency_keys WHERE caller_id = ${callerId}::uuid AND key = ${key}`;
  return rows[0] ?? null;
}

export async function saveIdempotencyKey(
  tx: LedgerSql,
  data: { callerId: string; key: string; operation: string; requestHash: string; resultId: string; refusal?: object | null },
) {
  const refusal = data.refusal ? JSON.stringify(data.refusal) : null;
  await tx.$executeRaw`
    INSERT INTO idempotency_keys (caller_id, key, operation, request_hash, result_id, refusal)
    VALUES (${data.callerId}::uuid, ${data.key}, ${data.operation}, ${data.requestHash}, ${data.resultId}, ${refusal}::jsonb)`;
}

/**
 * Claims a key for a call about to run, with the id its answer will have: `claimed` false when the
 * key was taken (by a call that committed; one still running is waited for). `alsoRead`, a SELECT
 * of at most one row the call needs first (see `readTogether`), is read in the same statement once
 * the key is claimed, never before, and not at all when it was taken: a duplicate waits at the key
 * holding no lock its reads take. `also` is its row, all nulls when it found none (or the key was
 * taken), and undefined when nothing was asked.
 */
export async function claimIdempotencyKey(
  tx: LedgerSql,
  data: { callerId: string; key: string; operation: string; requestHash: string; resultId: string },
  alsoRead?: Prisma.Sql,
): Promise<{ claimed: boolean; also: ReadRow | undefined }> {
  const rows = await tx.$queryRaw<Array<{ claimed: boolean } & ReadRow>>`
    WITH claim AS (
      INSERT INTO idempotency_keys (caller_id, key, operation, request_hash, result_id)
      VALUES (${data.callerId}::uuid, ${data.key}, ${data.operation}, ${data.requestHash}, ${data.resultId})
      ON CONFLICT (caller_id, key) DO NOTHING RETURNING true AS claimed)
    SELECT c.claimed${alsoRead ? Prisma.sql`, also.*` : Prisma.empty} FROM (SELECT EXISTS (SELECT 1 FROM claim) AS claimed) AS c
    ${alsoRead ? Prisma.sql`LEFT JOIN LATERAL (${gatedBy(Prisma.sql`c.claimed`, alsoRead)}) AS also ON true` : Prisma.empty}`;
  const { claimed, ...also } = rows[0] as { claimed: boolean } & ReadRow;
  return { claimed, also: alsoRead ? also : undefined };
}

/**
 * A POS member view (`posMemberViewSql`'s SELECT) with that member's pool and its accounts in the
 * currency, locked or not (`poolAccountsSql`), as one SELECT of at most one row; `memberWithPoolRead`
 * splits its row.
 */
export function memberWithPoolSql(viewSql: Prisma.Sql, currencyId: Prisma.Sql | string, lock: boolean): Prisma.Sql {
  return Prisma.sql`
    SELECT v.*, pool.* FROM (${viewSql}) AS v
      LEFT JOIN LATERAL (${poolAccountsSql(Prisma.sql`v.member_id`, Prisma.sql`v.family_id`, currencyId, lock)}) AS pool ON true`;
}

/** The view and the pool (with whose it is) a row of `memberWithPoolSql` holds. */
export function memberWithPoolRead(row: ReadRow) {
  const pool = poolAccountsRead(row);
  return { view: toPosMemberView(row as unknown as PosViewRow), pool: pool && { ...pool, memberId: row.member_id as string } };
}

/** The columns `memberWithPoolSql` adds to a row. */
const MEMBER_WITH_POOL_COLUMNS = [...POS_VIEW_COLUMNS, 'pool_members', 'pool_account_ids', 'pool_account_members'];

/**
 * A purchase locked for a change at the till, then what confirming it works on, read in the same
 * SELECT for the statement that claims the call's key: the member it is for (by its card, else by
 * its member) with their pool's accounts in the purchase's currency, locked after the purchase
 * (`memberWithPoolSql`). `lockedPurchaseRead` splits the row.
 */
export function lockedPurchaseWithMemberSql(companyId: string, id: string): Prisma.Sql {
  const byCard = posMemberViewSql(companyId, { number: Prisma.sql`p."cardNumber"` });
  const byMember = posMemberViewSql(companyId, { memberId: Prisma.sql`p."memberId"` });
  const view = Prisma.sql`
    SELECT * FROM (${byCard}) AS by_card WHERE p."cardNumber" IS NOT NULL
    UNION ALL
    SELECT * FROM (${byMember}) AS by_member WHERE p."cardNumber" IS NULL`;
  return Prisma.sql`
    SELECT p.*, member.* FROM (SELECT ${COLUMNS} FROM purchases WHERE id = ${id}::uuid AND company_id = ${companyId}::uuid FOR UPDATE) AS p
      LEFT JOIN LATERAL (${memberWithPoolSql(view, Prisma.sql`p."currencyId"`, true)}) AS member ON true`;
}

/** What a row of `lockedPurchaseWithMemberSql` holds: the purchase (null when there is none), its member's view and locked pool. */
export function lockedPurchaseRead(row: ReadRow) {
  const purchase: ReadRow = { ...row };
  for (const column of MEMBER_WITH_POOL_COLUMNS) delete purchase[column];
  return { purchase: row.id ? (purchase as unknown as Purchase) : null, ...memberWithPoolRead(row) };
}

/** Corrects the answer a claimed key keeps. */
export async function setIdempotencyResult(tx: LedgerSql, data: { callerId: string; key: string; resultId: string }): Promise<void> {
  await tx.$executeRaw`UPDATE idempotency_keys SET result_id = ${data.resultId} WHERE caller_id = ${data.callerId}::uuid AND key = ${data.key}`;
}

export async function findPurchase(db: LedgerSql, companyId: string, id: string): Promise<Purchase | null> {
  const purchase = await readPurchase(db, id);
  return purchase?.companyId === companyId ? purchase : null;
}

/** Counts one try of the purchase's payment code, unless it has no tries left; the try count after it, or null. */
export async function countPaymentCodeTry(db: LedgerSql, id: string, maxTries: number): Promise<number | null> {
  const rows = await db.$queryRaw<Array<{ tries: number }>>`
    UPDATE purchases SET payment_code_tries = payment_code_tries + 1
     WHERE id = ${id}::uuid AND payment_code_tries < ${maxTries} RETURNING payment_code_tries AS tries`;
  return rows[0]?.tries ?? null;
}

/** Marks the payment code as given correctly (it cannot be used again). */
export async function usePaymentCode(db: LedgerSql, id: string, codeHash: string): Promise<void> {
  await db.$executeRaw`UPDATE purchases SET payment_code_hash = NULL WHERE id = ${id}::uuid AND payment_code_hash = ${codeHash}`;
}

/** The purchase a caller's idempotency key answered with: directly, or through the return it created. */
export async function purchaseIdByKey(db: LedgerSql, callerId: string, key: string): Promise<string | null> {
  const rows = await db.$queryRaw<Array<{ purchase_id: string }>>`
    SELECT coalesce(p.id, r.purchase_id) AS purchase_id FROM idempotency_keys k
      LEFT JOIN purchases p ON p.id::text = k.result_id
      LEFT JOIN purchase_refunds r ON r.id::text = k.result_id
     WHERE k.caller_id = ${callerId}::uuid AND k.key = ${key}`;
  return rows[0]?.purchase_id ?? null;
}
