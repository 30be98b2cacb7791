import Decimal from 'decimal.js';
import type { SqlClient } from '../../../infra/db/sql-client';
import { type OffersDb, Prisma } from './prisma';

/**
 * The subgraph's copy of confirmed purchases (from the ledger's events), for the retention window:
 * what audiences select by, and what simulations run offers against. Lines only as the register
 * sent them (products, prices, quantities), no card number or person.
 */

export interface ReceiptCopyLine {
  lineNo: number;
  sku: string;
  category: string | null;
  brand: string | null;
  price: string;
  quantity: string;
  /** The register's own discount as the register sent it. */
  registerDiscount: string;
  /** What the line came to after every discount (before bonuses paid). */
  total: string;
}

export interface ReceiptCopy {
  purchaseId: string;
  companyId: string;
  memberId: string | null;
  pointOfSaleId: string;
  soldAt: Date;
  currency: string | null;
  baseAccrualPercent: string | null;
  total: string;
  lines: ReceiptCopyLine[];
}

/** What the copy needs to know besides the event: whether its member was erased, and the catalogue's word on bare SKUs. */
export interface ReceiptContext {
  erased: boolean;
  catalogue: Map<string, { category: string | null; brand: string | null }>;
}

export async function saveReceipt(db: SqlClient, receipt: ReceiptCopy): Promise<void> {
  await db.$executeRaw`
    INSERT INTO receipts (purchase_id, company_id, member_id, point_of_sale_id, sold_at, currency, base_accrual_percent, total, lines)
    VALUES (${receipt.purchaseId}::uuid, ${receipt.companyId}::uuid, ${receipt.memberId}::uuid, ${receipt.pointOfSaleId}::uuid, ${receipt.soldAt},
            ${receipt.currency}, ${receipt.baseAccrualPercent}::numeric, ${receipt.total}::numeric, ${JSON.stringify(receipt.lines)}::jsonb)
    ON CONFLICT (purchase_id) DO NOTHING`;
}

/**
 * Takes a return off its receipt: each returned line's share of its total, to the cent. Returns
 * the member the receipt belongs to (null: anonymous, or no copy of it), whose audiences may change.
 */
export async function takeBackReturn(
  db: SqlClient,
  purchaseId: string,
  quantities: Record<string, string>,
): Promise<{ companyId: string; memberId: string | null; returned: string } | null> {
  const rows = await db.$queryRaw<Array<{ company_id: string; member_id: string | null; lines: ReceiptCopyLine[] }>>`
    SELECT company_id, member_id, lines FROM receipts WHERE purchase_id = ${purchaseId}::uuid FOR UPDATE`;
  const receipt = rows[0];
  if (!receipt) return null;
  let returned = new Decimal(0);
  for (const line of receipt.lines) {
    const quantity = quantities[String(line.lineNo)];
    if (quantity === undefined || new Decimal(line.quantity).isZero()) continue;
    returned = returned.plus(new Decimal(line.total).times(quantity).dividedBy(line.quantity).toDecimalPlaces(2, Decimal.ROUND_DOWN));
  }
  await db.$executeRaw`UPDATE receipts SET refunded = LEAST(total, refunded + ${returned.toFixed(2)}::numeric) WHERE purchase_id = ${purchaseId}::uuid`;
  return { companyId: receipt.company_id, memberId: receipt.member_id, returned: returned.toFixed(2) };
}

/** Forgets receipts sold before the retention window: a batch at a time, so the sweep never holds a long lock. */
export async function forgetReceiptsBefore(db: OffersDb, before: Date, batch = 5000): Promise<number> {
  return db.$executeRaw`
    DELETE FROM receipts WHERE purchase_id IN (SELECT purchase_id FROM receipts WHERE sold_at < ${before} LIMIT ${batch})`;
}

/** A receipt of the copy with what a simulation judges its member by now. */
export interface StoredPastReceipt {
  purchaseId: string;
  memberId: string | null;
  pointOfSaleId: string;
  soldAt: Date;
  currency: string | null;
  baseAccrualPercent: string | null;
  lines: ReceiptCopyLine[];
  /** The member's state now (null: anonymous, or no longer known). */
  memberState: string | null;
  audienceIds: string[];
  /** Which of the member's receipts in the copy it was (1 for the first); 0 when not asked for. */
  purchaseOrdinal: number;
}

/** A page of the company's receipts sold since `since`, oldest first, after the last one read. */
export async function pastReceipts(
  db: OffersDb,
  query: { companyId: string; since: Date; after: { soldAt: Date; purchaseId: string } | null; limit: number; withOrdinal: boolean },
): Promise<StoredPastReceipt[]> {
  const after = query.after ?? { soldAt: new Date(0), purchaseId: '00000000-0000-0000-0000-000000000000' };
  const ordinal = query.withOrdinal
    ? Prisma.sql`(SELECT count(*) FROM receipts e WHERE e.company_id = r.company_id AND e.member_id = r.member_id
                    AND (e.sold_at, e.purchase_id) < (r.sold_at, r.purchase_id))::int + 1`
    : Prisma.sql`0`;
  return db.$queryRaw<StoredPastReceipt[]>`
    SELECT r.purchase_id AS "purchaseId", r.member_id AS "memberId", r.point_of_sale_id AS "pointOfSaleId", r.sold_at AS "soldAt",
           r.currency, r.base_accrual_percent::text AS "baseAccrualPercent", r.lines, f.state AS "memberState",
           ARRAY(SELECT am.audience_id::text FROM audience_members am WHERE r.member_id IS NOT NULL AND am.member_id = r.member_id) AS "audienceIds",
           ${ordinal} AS "purchaseOrdinal"
      FROM receipts r LEFT JOIN member_facts f ON f.member_id = r.member_id
     WHERE r.company_id = ${query.companyId}::uuid AND r.sold_at >= ${query.since}
       AND (r.sold_at, r.purchase_id) > (${after.soldAt}, ${after.purchaseId}::uuid)
       -- A receipt returned in full cost nothing.
       AND r.refunded < r.total
     ORDER BY r.sold_at, r.purchase_id
     LIMIT ${query.limit}`;
}
