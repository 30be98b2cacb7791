import { runTransaction } from '../../../infra/db/transaction';
import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import type { DomainEvent } from '../../../infra/outbox/outbox-writer';
import { wallClockIn } from '../../../infra/time/wall-clock';
import type { BonusDeductionAction, BonusPointsAction, MemberMessageAction, OfferRule } from '../../../packages/mechanics';
import { lockPoolFor } from '../data/accounts-store';
import { type CurrencyWithRules, spendingOrderOf } from '../data/currencies-store';
import { insertAccrual } from '../data/ledger-store';
import { audiencesOfMember } from '../data/offer-copies-store';
import { claimOfferReward, claimOfferRewardForPhone, type RewardKey, rewardsGivenFor, setRewardOperation } from '../data/offer-rewards-store';
import { recordLedgerEvents } from '../data/outbox-store';
import type { LedgerSql } from '../data/prisma';
import { findMemberRef, poolOf } from '../data/refs-store';
import { lotDatesOn } from '../domain/lots';
import { amount, Decimal } from '../domain/money';
import { spendableNow } from './balance-reader';
import type { LedgerDeps } from './deps';
import { maybeCheckpoint, placeFrom } from './ledger-writer';
import { PURCHASE_RETURNED, rewards, type Trigger, triggersOf } from './offer-triggers';
import { OFFER_MESSAGE_EVENT } from './purchase-receipt';
import { budgetSpentEvents, spendRewardBudget } from './till-budgets';

/**
 * Offers on what a member did (services/offer-triggers.ts reads the events as triggers): each
 * trigger is matched against the company's newest snapshot, and each matching offer's action (a
 * bonus, a deduction, a message) is applied once per (offer, member, occurrence, action), however
 * often the event arrives: the claim and what it moves commit together. A purchase returned in full
 * takes back what its occurrence's rewards gave.
 */

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
    const { activatesAt, expiresAt } = lotDatesOn(now, action, currency.rules);
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
