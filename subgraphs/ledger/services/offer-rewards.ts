import { runTransaction } from '../../../infra/db/transaction';
import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import type { DomainEvent } from '../../../infra/outbox/outbox-writer';
import { wallClockIn } from '../../../infra/time/wall-clock';
import {
  type BonusDeductionAction,
  type BonusPointsAction,
  friendOccurrence,
  type MemberMessageAction,
  type OfferRule,
  readLocalClock,
  withinHours,
} from '../../../packages/mechanics';
import { lockPoolFor } from '../data/accounts-store';
import { type CurrencyWithRules, spendingOrderOf } from '../data/currencies-store';
import { insertAccrual } from '../data/ledger-store';
import { audiencesOfMember } from '../data/offer-copies-store';
import { claimOfferReward, claimOfferRewardForPhone, type RewardKey, rewardsGivenFor, setRewardOperation } from '../data/offer-rewards-store';
import { recordLedgerEvents } from '../data/outbox-store';
import type { LedgerSql } from '../data/prisma';
import { findMemberRef, poolOf } from '../data/refs-store';
import { lotDates } from '../domain/lots';
import { amount, Decimal } from '../domain/money';
import { spendableNow } from './balance-reader';
import type { LedgerDeps } from './deps';
import { maybeCheckpoint, placeFrom } from './ledger-writer';
import { OFFER_MESSAGE_EVENT } from './purchase-receipt';
import { budgetSpentEvents, spendRewardBudget } from './till-budgets';

/**
 * Offers that reward a member's action: the members subgraph's events the ledger already takes
 * (after its view of the member is updated) are matched against the company's newest snapshot, and
 * each matching offer's bonus is accrued once per (offer, member, occurrence, action), however
 * often the event arrives: the claim and the accrual commit together.
 */

/** What happened, as offers name it, and the occurrence a reward is given once for. */
interface Trigger {
  kind: OfferRule['event']['kind'];
  memberId: string;
  occurrence: string;
  /** MEMBER_REGISTERED: the registration channel. */
  channel?: string;
  /** AUDIENCE_ENTERED: the audience. */
  audienceId?: string;
  /** When the event names the offer it is for (a birthday's). */
  offerId?: string;
  /** CONTACT_LINKED: the contact. */
  contact?: string;
  /** PURCHASE_CONFIRMED, FRIENDS_FIRST_PURCHASE: the receipt's total; RETURN: what the return gave back; an offer's minimum total is judged against it. */
  total?: string;
}

/** The members subgraph's events of a member's once-only actions, what offers call them, and the occurrence they are once for. */
const ONCE_PER_MEMBER: Record<string, { kind: OfferRule['event']['kind']; occurrence: string; contact?: string }> = {
  'member.profile_completed': { kind: 'PROFILE_COMPLETED', occurrence: 'profile-completed' },
  'member.app_installed': { kind: 'APP_INSTALLED', occurrence: 'app-installed' },
  'member.phone_changed': { kind: 'CONTACT_LINKED', occurrence: 'contact:PHONE', contact: 'PHONE' },
  'member.email_changed': { kind: 'CONTACT_LINKED', occurrence: 'contact:EMAIL', contact: 'EMAIL' },
  'member.social_profile_linked': { kind: 'CONTACT_LINKED', occurrence: 'contact:SOCIAL', contact: 'SOCIAL' },
  // Once each: joining again earns nothing more, leaving again costs nothing more.
  'member.social_group_joined': { kind: 'SOCIAL_GROUP_JOINED', occurrence: 'social-group-joined' },
  'member.social_group_left': { kind: 'SOCIAL_GROUP_LEFT', occurrence: 'social-group-left' },
};

/** The members subgraph's events that only reward (the ledger keeps no view from them). */
export const MEMBER_REWARD_EVENT_TYPES = [
  'member.profile_completed',
  'member.app_installed',
  'member.social_profile_linked',
  'member.social_group_joined',
  'member.social_group_left',
] as const;

/** The offers subgraph's events that ask for a reward of one offer (the events it also keeps copies from are the members subgraph's). */
export const OFFER_REWARD_EVENT_TYPES = ['offers.birthday_due', 'offers.schedule_due', 'offers.purchase_trigger'] as const;

/** The events the offers subgraph reports of a receipt or return. */
const PURCHASE_TRIGGER_KINDS: ReadonlyArray<Trigger['kind']> = ['PURCHASE_CONFIRMED', 'RETURN', 'FRIENDS_FIRST_PURCHASE'];

/** The offers subgraph's word that a purchase came back in full: what its occurrence's rewards gave is taken back. */
const PURCHASE_RETURNED = 'PURCHASE_RETURNED';

/** The members an event rewards an action of (an audience's entry names many). */
function triggersOf(event: DomainEventEnvelope): Trigger[] {
  const payload = event.payload as Record<string, unknown>;
  const memberIds = Array.isArray(payload.memberIds) ? payload.memberIds.map(String) : [];
  if (event.type === 'offers.birthday_due') {
    // Once a year: the birthday's year names the occurrence.
    const occurrence = `birthday:${String(payload.year ?? '')}`;
    return memberIds.map((memberId) => ({ kind: 'BIRTHDAY', memberId, occurrence, offerId: String(payload.offerId ?? '') }));
  }
  if (event.type === 'offers.schedule_due') {
    // Once per offer and day the schedule fired on.
    const occurrence = `schedule:${String(payload.occurrence ?? '')}`;
    return memberIds.map((memberId) => ({ kind: 'SCHEDULE', memberId, occurrence, offerId: String(payload.offerId ?? '') }));
  }
  if (event.type === 'offers.purchase_trigger') {
    // What a receipt or return did, as the offers subgraph saw it in its copy of them (services/purchase-triggers.ts there).
    const kind = String(payload.kind) as Trigger['kind'];
    if (!PURCHASE_TRIGGER_KINDS.includes(kind) || typeof payload.memberId !== 'string') return [];
    const total = typeof payload.total === 'string' ? { total: payload.total } : {};
    return [{ kind, memberId: payload.memberId, occurrence: String(payload.occurrence ?? ''), ...total }];
  }
  if (event.type === 'audience.members_entered') {
    // Once per member and offer, however often they leave and enter again (a return, a consent
    // withdrawn and given, a marketer's edit): an entry a member can repeat must not pay each time.
    const audienceId = String(payload.audienceId ?? '');
    const occurrence = `audience:${audienceId}`;
    return memberIds.map((memberId) => ({ kind: 'AUDIENCE_ENTERED', memberId, occurrence, audienceId }));
  }
  const memberId = String(payload.memberId ?? event.memberId ?? '');
  if (!memberId) return [];
  if (event.type === 'member.registered') {
    const registered: Trigger[] = [{ kind: 'MEMBER_REGISTERED', memberId, occurrence: 'registered', channel: String(payload.channel ?? '') }];
    // The inviter is rewarded once per friend's phone (packages/mechanics/occurrences.ts), and only
    // for a friend who proved it: staff or a till could register invented friends.
    if (typeof payload.referredBy === 'string' && payload.referredBy !== memberId && payload.phoneProven === true) {
      registered.push({ kind: 'FRIEND_INVITED', memberId: payload.referredBy, occurrence: friendOccurrence('invited', String(payload.phoneKey ?? memberId)) });
    }
    return registered;
  }
  // Once per member, not per card: binding blank cards or replacing one earns it no more.
  if (event.type === 'card.activated') return [{ kind: 'CARD_ACTIVATED', memberId, occurrence: 'card-activated' }];
  // Once per member however often they do it again (a phone changed twice, the app reinstalled).
  const action = ONCE_PER_MEMBER[event.type];
  return action ? [{ memberId, ...action }] : [];
}

/**
 * Whether the offer takes this trigger now: its event, its period, days and hours on the company's
 * clock, the member's state and audiences (read only when an offer names some).
 */
async function rewards(offer: OfferRule, trigger: Trigger, clock: string, memberState: string, audiences: () => Promise<Set<string>>): Promise<boolean> {
  const { event, filters } = offer;
  if (event.kind !== trigger.kind) return false;
  if (trigger.offerId !== undefined && trigger.offerId !== offer.offerId) return false;
  if (event.kind === 'MEMBER_REGISTERED' && event.channels && !event.channels.includes(trigger.channel ?? '')) return false;
  if (event.kind === 'AUDIENCE_ENTERED' && event.audienceId !== trigger.audienceId) return false;
  if (event.kind === 'CONTACT_LINKED' && event.contact !== trigger.contact) return false;
  if ((offer.startsAt && clock < offer.startsAt) || (offer.endsAt && clock >= offer.endsAt)) return false;
  const { dayOfWeek, minuteOfDay } = readLocalClock(clock);
  if (filters.daysOfWeek && !filters.daysOfWeek.includes(dayOfWeek)) return false;
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  if (filters.hours && !withinHours(minuteOfDay, { from: minutes(filters.hours.from), to: minutes(filters.hours.to) })) return false;
  if (filters.memberStates && !filters.memberStates.includes(memberState)) return false;
  if (filters.minTotal !== null && trigger.total !== undefined && amount(trigger.total).lt(amount(filters.minTotal))) return false;
  if (filters.audienceIds === null) return true;
  const memberAudiences = await audiences();
  return filters.audienceIds.some((id) => memberAudiences.has(id));
}

type RewardAction = BonusPointsAction | BonusDeductionAction;
interface Move<A extends RewardAction> {
  key: RewardKey;
  offer: Pick<OfferRule, 'offerId' | 'name' | 'budget'>;
  action: A;
  currency: CurrencyWithRules;
  now: Date;
  member: { memberId: string; familyId: string | null };
}
interface Moved {
  operationId: bigint;
  accountId: string;
  events: DomainEvent[];
}

/** The operation's fields an offer's reward or deduction shares: the offer acted, through the system. */
function operationOf(key: RewardKey, offer: Pick<OfferRule, 'offerId' | 'name'>, accountId: string, now: Date) {
  return {
    accountId,
    companyId: key.companyId,
    memberId: key.memberId,
    effectiveAt: now,
    recordedAt: now,
    origin: 'OFFER' as const,
    actorKind: 'offer' as const,
    actorId: offer.offerId,
    channel: 'SYSTEM' as const,
    reason: offer.name,
  };
}

export function createOfferRewards(deps: LedgerDeps) {
  /** Gives one reward (or takes one deduction), once: the claim and what it moves commit together. */
  async function give(key: RewardKey, offer: OfferRule, action: RewardAction, currency: CurrencyWithRules, now: Date): Promise<void> {
    await runTransaction(deps, async (tx) => {
      if (!(await claimOfferReward(tx, key))) return;
      const member = await findMemberRef(tx, key.memberId);
      if (!member || (member.state !== 'REGISTERED' && member.state !== 'CARD_HOLDER')) return;
      // Once per phone as well: opting out and registering again with it earns nothing twice.
      if (member.phoneKey && !(await claimOfferRewardForPhone(tx, key, member.phoneKey))) return;
      const moved =
        action.kind === 'BONUS_DEDUCTION'
          ? await deduct(tx, { key, offer, action, currency, now, member })
          : await accrue(tx, { key, offer, action, currency, now, member });
      if (moved) await record(tx, key, moved, now);
    });
  }

  /** An offer's message to the member, once per occurrence: the communications subgraph sends it (offer.message_due). */
  async function sendMessage(key: RewardKey, action: MemberMessageAction): Promise<void> {
    await runTransaction(deps, async (tx) => {
      if (!(await claimOfferReward(tx, key))) return;
      const member = await findMemberRef(tx, key.memberId);
      if (!member || (member.state !== 'REGISTERED' && member.state !== 'CARD_HOLDER')) return;
      const { memberId, offerId, occurrence, companyId } = key;
      const data = { memberId, offerId, channel: action.channel, template: action.template, occurrence };
      await recordLedgerEvents(tx, { kind: 'anonymous' }, [{ type: OFFER_MESSAGE_EVENT, companyId, memberId, data }], 'SYSTEM');
    });
  }

  /** Records what a claim moved: its operation on the claim, its events, a checkpoint when due. */
  async function record(tx: LedgerSql, key: RewardKey, moved: Moved, now: Date): Promise<void> {
    await setRewardOperation(tx, key, moved.operationId);
    await recordLedgerEvents(tx, { kind: 'anonymous' }, moved.events, 'SYSTEM');
    await maybeCheckpoint(tx, moved.accountId, now);
  }

  /**
   * A purchase came back in full: each accrual an offer gave for it (PURCHASE_CONFIRMED for the
   * buyer, FRIENDS_FIRST_PURCHASE for the inviter) is taken back once, from what the member can
   * spend now (never what pending operations hold, never into debt), as a deduction of that offer.
   */
  async function takeBackRewards(companyId: string, memberId: string, occurrence: string, now: Date): Promise<void> {
    for (const given of await rewardsGivenFor(deps.db, memberId, occurrence)) {
      const currency = await deps.settings.currencyById(given.currencyId);
      if (!currency) continue;
      const key = { offerId: given.offerId, memberId, occurrence: `returned:${occurrence}`, actionIndex: given.actionIndex, companyId };
      const offer = { offerId: given.offerId, name: `${given.reason ?? 'offer'}: purchase returned`, budget: null };
      const action = { kind: 'BONUS_DEDUCTION' as const, value: given.amount, currency: currency.code };
      await runTransaction(deps, async (tx) => {
        if (!(await claimOfferReward(tx, key))) return;
        const member = await findMemberRef(tx, memberId);
        const moved = member && (await deduct(tx, { key, offer, action, currency, now, member }));
        if (moved) await record(tx, key, moved, now);
      });
    }
  }

  /** The accrual of a reward: a lot with the action's or the currency's dates, within the offer's budget (the whole reward or none of it). */
  async function accrue(tx: LedgerSql, { key, offer, action, currency, now, member }: Move<BonusPointsAction>): Promise<Moved | null> {
    const value = amount(action.value);
    // Its worth in money, rounded up to the cent.
    const worth = value.times(amount(currency.exchangeRate)).toDecimalPlaces(2, Decimal.ROUND_UP);
    const budget = offer.budget;
    if (budget && !(await spendRewardBudget(tx, { offerId: offer.offerId, budget, memberId: key.memberId, worth, now }))) return null;
    const locked = await lockPoolFor(tx, key.companyId, currency.id, member.memberId, await poolOf(tx, member));
    const { activatesAt, expiresAt } = lotDates(now, {
      activationDelayDays: action.activationDelayDays ?? currency.rules?.activationDelayDays ?? 0,
      lifetimeDays: action.lifetimeDays ?? currency.rules?.lifetimeDays ?? null,
    });
    const { operationId } = await insertAccrual(
      tx,
      { ...operationOf(key, offer, locked.accountId, now), kind: 'ACCRUAL', amount: value },
      { activatesAt, expiresAt },
    );
    // Debts of the pool are repaid from it, as from any accrual.
    await placeFrom(tx, locked.locks, now, spendingOrderOf(currency));
    const data = {
      operationId: operationId.toString(),
      currency: currency.code,
      amount: value.toFixed(2),
      effectiveAt: now,
      activatesAt,
      expiresAt,
      offerId: offer.offerId,
    };
    const spent = budget ? budgetSpentEvents(key.companyId, [{ offerId: offer.offerId, amount: worth.toFixed(2) }]) : [];
    return {
      operationId,
      accountId: locked.accountId,
      events: [{ type: 'bonuses.accrued', companyId: key.companyId, memberId: key.memberId, data }, ...spent],
    };
  }

  /** A deduction: what the member's pool can spend now (holds of pending purchases kept), up to the action's value; nothing when that is none. */
  async function deduct(tx: LedgerSql, { key, offer, action, currency, now, member }: Move<BonusDeductionAction>): Promise<Moved | null> {
    const pool = await poolOf(tx, member);
    const locked = await lockPoolFor(tx, key.companyId, currency.id, member.memberId, pool);
    const spendable = await spendableNow(tx, pool, locked.accounts, currency.id, now);
    const taken = Decimal.min(amount(action.value), spendable);
    if (taken.lte(0)) return null;
    const operation = { ...operationOf(key, offer, locked.accountId, now), kind: 'DEDUCTION' as const, amount: taken };
    const spend = { operationId: null, memberId: key.memberId, amount: taken, effectiveAt: now };
    const operationId = (await placeFrom(tx, locked.locks, now, spendingOrderOf(currency), { kind: 'DEDUCTION', spend, operation })) as bigint;
    const data = {
      operationId: operationId.toString(),
      currency: currency.code,
      amount: taken.toFixed(2),
      effectiveAt: now,
      reason: offer.name,
      offerId: offer.offerId,
    };
    return { operationId, accountId: locked.accountId, events: [{ type: 'bonuses.deducted', companyId: key.companyId, memberId: key.memberId, data }] };
  }

  async function reward(trigger: Trigger, companyId: string, eventOffers: OfferRule[], now: Date, clock: string): Promise<void> {
    const member = await findMemberRef(deps.db, trigger.memberId);
    if (!member) return;
    let audiences: Set<string> | null = null;
    const audiencesOfTheMember = async () => {
      audiences ??= new Set(await audiencesOfMember(deps.sql, trigger.memberId));
      return audiences;
    };
    for (const offer of eventOffers) {
      if (!(await rewards(offer, trigger, clock, member.state, audiencesOfTheMember))) continue;
      for (const [actionIndex, action] of offer.actions.entries()) {
        const key = { offerId: offer.offerId, memberId: trigger.memberId, occurrence: trigger.occurrence, actionIndex, companyId };
        if (action.kind === 'MEMBER_MESSAGE') await sendMessage(key, action);
        if (action.kind !== 'BONUS_POINTS' && action.kind !== 'BONUS_DEDUCTION') continue;
        const currency = await deps.settings.currencyByCode(companyId, action.currency);
        if (!currency) {
          deps.logger.warn({ offerId: offer.offerId, currency: action.currency }, 'an offer rewards in a currency the company does not have; nothing given');
          continue;
        }
        await give(key, offer, action, currency, now);
      }
    }
  }

  return async function handle(event: DomainEventEnvelope): Promise<void> {
    const payload = event.payload as Record<string, unknown>;
    if (event.type === 'offers.purchase_trigger' && payload.kind === PURCHASE_RETURNED && typeof payload.memberId === 'string') {
      await takeBackRewards(event.companyId, payload.memberId, String(payload.occurrence ?? ''), deps.clock.now());
      return;
    }
    const triggers = triggersOf(event);
    if (triggers.length === 0) return;
    const kept = await deps.settings.offers(event.companyId);
    if (!kept || kept.eventOffers.length === 0) return;
    const now = deps.clock.now();
    const clock = wallClockIn(now, await deps.settings.timeZone(event.companyId));
    // An audience's entry may name thousands: only those an offer reacts to are looked at.
    const offered = new Set(kept.eventOffers.map((offer) => offer.event.kind));
    for (const trigger of triggers) if (offered.has(trigger.kind)) await reward(trigger, event.companyId, kept.eventOffers, now, clock);
  };
}
