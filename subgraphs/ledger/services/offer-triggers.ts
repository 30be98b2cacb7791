import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import { friendOccurrence, type OfferRule, readLocalClock, withinHours } from '../../../packages/mechanics';
import { amount } from '../domain/money';

/**
 * What happened that an offer may reward (the members subgraph's and the offers subgraph's events
 * read as triggers), and whether an offer takes a trigger now (services/offer-rewards.ts gives it).
 */

/** What happened, as offers name it, and the occurrence a reward is given once for. */
export interface Trigger {
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
export const PURCHASE_RETURNED = 'PURCHASE_RETURNED';

/** The members an event rewards an action of (an audience's entry names many). */
export function triggersOf(event: DomainEventEnvelope): Trigger[] {
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
export async function rewards(offer: OfferRule, trigger: Trigger, clock: string, memberState: string, audiences: () => Promise<Set<string>>): Promise<boolean> {
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
