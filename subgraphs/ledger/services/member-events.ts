import { runTransaction } from '../../../infra/db/transaction';
import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import { keepLookupLock, LOOKUPS_LOCKED_EVENT } from '../../../infra/throttle/lookup-throttle';
import { DEFAULT_HISTORY_START } from '../../../infra/time/history-bounds';
import { type MemberSnapshot, type MemberViews, readViews } from '../../../infra/views/member-views';
import { ensureDefaultCurrency } from '../data/currencies-store';
import { eraseMemberTraces } from '../data/erasure-store';
import type { LedgerDb } from '../data/prisma';
import { markProcessed, recordFamilyChange, saveCompanyRef, savePointOfSaleRef, saveTerminalRef, saveViews } from '../data/refs-store';
import type { LedgerDeps } from './deps';

/** The members subgraph's events the ledger keeps its view of members, families and companies from. */
export const MEMBER_EVENT_TYPES = [
  'company.created',
  'company.settings_changed',
  'member.registered',
  'member.card_holder_created',
  'member.blocked',
  'member.unblocked',
  'member.deleted',
  'family.created',
  'family.member_joined',
  'family.member_left',
  'card.bound',
  'card.issued',
  'card.activated',
  'card.blocked',
  'card.unblocked',
  'card.replaced',
  'member.phone_changed',
  // Whether the member takes electronic receipts, which the purchase's event tells communications.
  'member.email_changed',
  'member.e_receipt_consent_changed',
  'point_of_sale.created',
  'point_of_sale.updated',
  'pos_terminal.created',
  LOOKUPS_LOCKED_EVENT,
] as const;

const HANDLED: ReadonlySet<string> = new Set(MEMBER_EVENT_TYPES);

type Payload = Record<string, unknown>;

/** The company settings the ledger enforces, as an event carries them (defaults for what it lacks). */
function companySettings(payload: Payload) {
  return {
    spendingStates: (payload.spendingStates as string[] | undefined) ?? ['REGISTERED'],
    timeZone: typeof payload.timeZone === 'string' ? payload.timeZone : 'UTC',
    historyStartsAt: typeof payload.historyStartsAt === 'string' ? new Date(payload.historyStartsAt) : DEFAULT_HISTORY_START,
  };
}

/** Events that change settings every ledger process keeps (services/settings-cache.ts). */
const SETTINGS_EVENTS = new Set(['company.created', 'company.settings_changed', 'point_of_sale.created', 'point_of_sale.updated']);

/**
 * Applies one event to the ledger's view, exactly once per event id. Members and cards come as
 * versioned snapshots (the newest version wins, whatever order events arrive in); companies and
 * points of sale by event time. The view keeps no personal data: ids, states, family links and a
 * keyed hash of the phone (erased on opt-out); an opted-out member's financial history stays for
 * the company's books under an id that no longer names anyone.
 */
export function createMemberEventHandler(deps: LedgerDeps) {
  async function recordFamilyOf(tx: LedgerDb, views: MemberViews | null, memberId: string, at: Date, familyOf: (member: MemberSnapshot) => string | null) {
    const member = views?.members.find((m) => m.memberId === memberId);
    // Every family event carries the snapshots of the members it names; one without cannot be placed.
    if (!member) return deps.logger.warn({ memberId }, 'a family event without the member’s snapshot changed nothing');
    await recordFamilyChange(tx, memberId, member.version, familyOf(member), at);
  }

  return async function handle(event: DomainEventEnvelope): Promise<void> {
    if (!HANDLED.has(event.type)) return;
    await runTransaction(deps, async (tx) => {
      if (!(await markProcessed(tx, event.eventId))) return;
      const payload = event.payload as Payload;
      const at = new Date(event.occurredAt);
      const views = readViews(payload);
      if (views) await saveViews(tx, views, at);
      const memberId = String(payload.memberId ?? event.memberId ?? '');
      switch (event.type) {
        case 'company.created':
          // A new company has its default currency, and the default limits in it, from the start.
          await ensureDefaultCurrency(tx, event.companyId);
          return saveCompanyRef(tx, event.companyId, companySettings(payload), at);
        case 'company.settings_changed':
          return saveCompanyRef(tx, event.companyId, companySettings(payload), at);
        // Who was in which family when (balances as of a past moment pool that family), by the
        // member's version each event carries: a late event slots in, whatever order they arrive in.
        case 'member.deleted':
          await eraseMemberTraces(tx, memberId, at);
          return recordFamilyOf(tx, views, memberId, at, () => null);
        case 'family.created':
          return recordFamilyOf(tx, views, String(payload.headMemberId), at, (member) => member.familyId);
        case 'family.member_joined':
        case 'family.member_left':
          return recordFamilyOf(tx, views, memberId, at, (member) => member.familyId);
        case 'point_of_sale.created':
        case 'point_of_sale.updated':
          return savePointOfSaleRef(tx, {
            pointOfSaleId: String(payload.id),
            companyId: event.companyId,
            confirmPaymentBySms: payload.confirmPaymentBySms === true,
            allowPhonePaymentWithoutCode: payload.allowPhonePaymentWithoutCode === true,
            returnPolicy: String(payload.returnPolicy ?? 'WRITE_OFF_TO_NEGATIVE'),
            updatedAt: at,
          });
        case 'pos_terminal.created':
          return saveTerminalRef(tx, {
            terminalId: String(payload.terminalId),
            companyId: event.companyId,
            pointOfSaleId: String(payload.pointOfSaleId),
            updatedAt: at,
          });
        case LOOKUPS_LOCKED_EVENT:
          return keepLookupLock(tx, String(payload.terminalId), new Date(String(payload.lockedUntil)));
        default:
          if (!views) deps.logger.warn({ type: event.type, eventId: event.eventId }, 'a members event without snapshots changed nothing');
      }
    });
    // Company and point-of-sale settings are kept by every ledger process; the writes signalled the
    // others, and this one forgets at once (a till's next call here must see the change).
    if (SETTINGS_EVENTS.has(event.type)) deps.settings.changed();
  };
}
