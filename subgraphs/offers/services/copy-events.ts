import { ANONYMOUS } from '../../../infra/auth/identity';
import type { SqlClient } from '../../../infra/db/sql-client';
import { runPgTransaction, runTransaction } from '../../../infra/db/transaction';
import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import { type DomainEvent, writeOutboxEvents } from '../../../infra/outbox/outbox-writer';
import { readViews } from '../../../infra/views/member-views';
import { hasRuleAudiences } from '../data/audiences-store';
import { eraseMember, isErased, markProcessed, saveCardRef, saveCompanyTimeZone, saveMemberFacts, savePointOfSale } from '../data/member-copies-store';
import type { OffersDb } from '../data/prisma';
import { catalogueOf } from '../data/products-store';
import { type ReceiptContext, type ReceiptCopyLine, saveReceipt, takeBackReturn } from '../data/receipts-store';
import type { OffersDeps } from './deps';
import { purchaseTriggers, referralTriggers, returnTriggers } from './purchase-triggers';

/** The members subgraph's events whose snapshots audiences select by. */
export const MEMBER_COPY_EVENT_TYPES = [
  'company.created',
  'company.settings_changed',
  'point_of_sale.created',
  'member.registered',
  'member.card_holder_created',
  'member.blocked',
  'member.unblocked',
  'member.deleted',
  'member.profile_completed',
  'member.profile_updated',
  'member.app_installed',
  'member.social_group_joined',
  'member.social_group_left',
  'member.marketing_consent_changed',
  'member.phone_changed',
  'card.bound',
  'card.issued',
  'card.activated',
  'card.blocked',
  'card.unblocked',
  'card.replaced',
] as const;

/** The ledger's events the copy of receipts is kept from. */
export const RECEIPT_COPY_EVENT_TYPES = ['purchase.confirmed', 'purchase.refunded'] as const;

const HANDLED: ReadonlySet<string> = new Set([...MEMBER_COPY_EVENT_TYPES, ...RECEIPT_COPY_EVENT_TYPES]);

type Payload = Record<string, unknown>;

/** A confirmed receipt's lines as the copy keeps them, with what else it needs to know. */
type KnownReceipt = ReceiptContext & { lines: ReceiptCopyLine[] };

/** Events for the ledger, in the copy's transaction (pushed once it commits); answers whether there were any. */
async function recordTriggers(tx: SqlClient, events: DomainEvent[]): Promise<boolean> {
  await writeOutboxEvents(tx, 'offers', ANONYMOUS, null, events);
  return events.length > 0;
}

/** A confirmed purchase's line as the copy keeps it: what the register sent, and what it came to. */
function copyLine(line: Payload): ReceiptCopyLine {
  const offers = line.offers as Payload | undefined;
  return {
    lineNo: Number(line.lineNo),
    sku: String(line.product),
    category: typeof line.category === 'string' ? line.category : null,
    brand: typeof line.brand === 'string' ? line.brand : null,
    price: String(line.price),
    quantity: String(line.quantity),
    registerDiscount: String(offers?.registerDiscountSent ?? line.registerDiscount ?? '0'),
    total: String(line.total),
  };
}

/**
 * Keeps the subgraph's copies from other subgraphs' events, exactly once per event: members'
 * facts and cards, companies' time zones and points of sale, confirmed receipts and their
 * returns. Whatever changes what is known of a member works their rule-based audiences out again,
 * in the same transaction.
 */
export function createCopyEventHandler(
  deps: OffersDeps,
  hooks: { refreshMember: (tx: OffersDb, companyId: string, memberId: string) => Promise<boolean>; timeZoneChanged: (companyId: string) => void },
) {
  /** Keeps a member event's copies; answers the members it concerns, and whether events for the ledger wait to be pushed. */
  async function keepMemberEvent(tx: OffersDb, event: DomainEventEnvelope, payload: Payload): Promise<{ members: string[]; triggered: boolean }> {
    if (event.type === 'company.created' || event.type === 'company.settings_changed') {
      if (typeof payload.timeZone === 'string') await saveCompanyTimeZone(tx, event.companyId, payload.timeZone, new Date(event.occurredAt));
      return { members: [], triggered: false };
    }
    if (event.type === 'point_of_sale.created') {
      if (typeof payload.id === 'string') await savePointOfSale(tx, event.companyId, payload.id, new Date(event.occurredAt));
      return { members: [], triggered: false };
    }
    if (event.type === 'member.deleted') {
      const memberId = String(payload.memberId ?? event.memberId);
      await eraseMember(tx, memberId);
      return { members: [], triggered: false };
    }
    const views = readViews(payload);
    if (!views) return { members: [], triggered: false };
    for (const member of views.members) await saveMemberFacts(tx, member, deps.clock.now());
    for (const card of views.cards) await saveCardRef(tx, card);
    const members = [...new Set([...views.members.map((m) => m.memberId), ...views.cards.flatMap((c) => (c.memberId ? [c.memberId] : []))])];
    // A referral rewards only for a friend who proved their phone (the ledger judges FRIEND_INVITED alike).
    const { referredBy } = payload;
    if (event.type !== 'member.registered' || typeof referredBy !== 'string' || payload.phoneProven !== true || !event.memberId)
      return { members, triggered: false };
    return { members, triggered: await recordTriggers(tx, await referralTriggers(tx, { companyId: event.companyId, memberId: event.memberId, referredBy })) };
  }

  /**
   * Keeps a receipt or return in the copy; answers the member it concerns and the events offers on
   * it ask for, which the caller writes in the same transaction. `known` is what the caller read
   * already of the receipt, the member and the catalogue (copiedPlainly).
   */
  async function keepReceiptEvent(
    tx: SqlClient,
    event: DomainEventEnvelope,
    payload: Payload,
    known?: KnownReceipt,
  ): Promise<{ memberId: string | null; triggers: DomainEvent[] }> {
    if (event.type === 'purchase.refunded') {
      const receipt = await takeBackReturn(tx, String(payload.purchaseId), (payload.lines as Record<string, string> | undefined) ?? {});
      if (!receipt?.memberId) return { memberId: null, triggers: [] };
      const { memberId, returned } = receipt;
      const refund = { companyId: event.companyId, memberId, purchaseId: String(payload.purchaseId), inFull: payload.inFull === true, returned };
      return { memberId, triggers: await returnTriggers(tx, refund) };
    }
    const { lines, erased, catalogue } = known ?? (await readReceiptContext(tx, event, payload));
    const memberId = event.memberId && !erased ? event.memberId : null;
    const soldAt = new Date(String(payload.occurredAt ?? event.occurredAt));
    const receipt = {
      purchaseId: String(payload.purchaseId),
      companyId: event.companyId,
      memberId,
      pointOfSaleId: String(payload.pointOfSaleId),
      soldAt,
      currency: typeof payload.currency === 'string' ? payload.currency : null,
      baseAccrualPercent: typeof payload.baseAccrualPercent === 'string' ? payload.baseAccrualPercent : null,
      total: String(payload.total),
      lines: lines.map((line) => ({
        ...line,
        category: line.category ?? catalogue.get(line.sku)?.category ?? null,
        brand: line.brand ?? catalogue.get(line.sku)?.brand ?? null,
      })),
    };
    if (!memberId) {
      await saveReceipt(tx, receipt);
      return { memberId, triggers: [] };
    }
    const purchase = { companyId: event.companyId, memberId, purchaseId: receipt.purchaseId, soldAt, total: receipt.total };
    // Sent together (the pool pipelines them): one round trip.
    const [, triggers] = await Promise.all([saveReceipt(tx, receipt), purchaseTriggers(tx, purchase)]);
    return { memberId, triggers };
  }

  /** The receipt's lines, whether its member was erased, and the catalogue's word on lines the register sent by SKU alone. */
  async function readReceiptContext(tx: SqlClient, event: DomainEventEnvelope, payload: Payload): Promise<KnownReceipt> {
    const lines = ((payload.lines as Payload[] | undefined) ?? []).map(copyLine);
    // A line the register sent by SKU alone takes its category and brand from the catalogue, as the till judged it.
    const bare = lines.filter((line) => line.category === null || line.brand === null).map((line) => line.sku);
    const [erased, catalogue] = await Promise.all([event.memberId ? isErased(tx, event.memberId) : false, catalogueOf(tx, event.companyId, bare)]);
    return { lines, erased, catalogue };
  }

  /**
   * A confirmed purchase that moves no audience (no member, or a company without rule-based ones:
   * most receipts) is copied on plain `pg`, without Prisma's transaction machinery, which was most
   * of this subgraph's CPU per purchase (issue 10's note). Answers null when it needs the full way.
   * Its statements go out in three round trips: what is known (with BEGIN), the claim and the
   * writes, COMMIT.
   */
  async function copiedPlainly(event: DomainEventEnvelope): Promise<{ triggered: boolean } | null> {
    if (event.type !== 'purchase.confirmed') return null;
    const payload = event.payload as Payload;
    return runPgTransaction({ pool: deps.sql, logger: deps.logger }, async (sql) => {
      const [audiences, known] = await Promise.all([event.memberId ? hasRuleAudiences(sql, event.companyId) : false, readReceiptContext(sql, event, payload)]);
      if (audiences) return null;
      // The receipt's writes are idempotent, so they go out with the claim; only a claimed event asks for rewards.
      const [claimed, kept] = await Promise.all([markProcessed(sql, event.eventId), keepReceiptEvent(sql, event, payload, known)]);
      return { triggered: claimed && (await recordTriggers(sql, kept.triggers)) };
    });
  }

  async function keepEvent(tx: OffersDb, event: DomainEventEnvelope): Promise<{ members: string[]; triggered: boolean }> {
    const payload = event.payload as Payload;
    if (!event.type.startsWith('purchase.')) return keepMemberEvent(tx, event, payload);
    const { memberId, triggers } = await keepReceiptEvent(tx, event, payload);
    return { members: memberId ? [memberId] : [], triggered: await recordTriggers(tx, triggers) };
  }

  return async function handle(event: DomainEventEnvelope): Promise<void> {
    if (!HANDLED.has(event.type)) return;
    const plain = await copiedPlainly(event);
    const written =
      plain?.triggered ??
      (await runTransaction(deps, async (tx) => {
        if (!(await markProcessed(tx, event.eventId))) return false;
        const { members, triggered } = await keepEvent(tx, event);
        let changed = false;
        for (const memberId of members) changed = (await hooks.refreshMember(tx, event.companyId, memberId)) || changed;
        return changed || triggered;
      }));
    // Committed: the process reads the company's time zone afresh.
    if (event.type.startsWith('company.')) hooks.timeZoneChanged(event.companyId);
    // Events the copy wrote (memberships moved, rewards asked for) go out at once.
    if (written) await deps.afterCommit?.();
  };
}
