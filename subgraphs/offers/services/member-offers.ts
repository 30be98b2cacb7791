import type { Identity } from '../../../infra/auth/identity';
import { wallClockIn } from '../../../infra/time/wall-clock';
import type { OfferAction, OfferEvent } from '../../../packages/mechanics/definition';
import { audiencesOfMember } from '../data/audience-membership-store';
import { companyTimeZone } from '../data/member-copies-store';
import { draftOf, liveOffersOf } from '../data/offers-store';
import { currentPersonalOffersOf } from '../data/personal-offers-store';
import type { Offer, Promotion } from '../data/prisma';
import { publishedPromotions } from '../data/promotions-store';
import { offerState } from '../domain/lifecycle';
import type { OffersDeps } from './deps';

/** A penalty (it only deducts) is not advertised to the members it may cost. */
const onlyDeducts = (actions: OfferAction[]) => actions.every((action) => action.kind === 'BONUS_DEDUCTION');

/** Events no member is tempted by (a return, leaving the group), or that one who did it already cannot do again. */
function stillToEarn(event: OfferEvent, member: { state: string; profileCompleted: boolean; appInstalled: boolean; socialGroupMember: boolean }): boolean {
  switch (event.kind) {
    case 'RETURN':
    case 'SOCIAL_GROUP_LEFT':
      return false;
    case 'MEMBER_REGISTERED':
    case 'CARD_ACTIVATED':
      // A registered member's cards were activated at registration.
      return member.state !== 'REGISTERED';
    case 'PROFILE_COMPLETED':
      return !member.profileCompleted;
    case 'APP_INSTALLED':
      return !member.appInstalled;
    case 'SOCIAL_GROUP_JOINED':
      return !member.socialGroupMember;
    default:
      return true;
  }
}

/** Staff who may see what a member is offered (to help them): within the member's company. */
const STAFF_ROLES: ReadonlySet<string> = new Set(['ADMIN', 'MARKETER', 'OPERATOR']);

/** An offer as a member reads it: what it is and when (local time), nothing of how it is ranked or limited. */
export interface MemberOffer {
  offerId: string;
  name: string;
  description: string;
  startsAt: string | null;
  endsAt: string | null;
  state: 'SCHEDULED' | 'ACTIVE';
  /** Imported for this member alone. */
  personal: boolean;
}

/**
 * What a member is offered now, as the personal account and the app show it: the live offers and
 * the promo content that are for them (everyone's, or an audience's they are in). One visibility
 * rule: the member themself, or staff of their company; anyone else gets nothing.
 */
export function createMemberOffers(deps: OffersDeps) {
  /** The member as the offers subgraph knows them, when the caller may see what they are offered. */
  async function visibleMember(identity: Identity, memberId: string) {
    const facts = await deps.db.memberFact.findUnique({
      where: { memberId },
      select: { companyId: true, state: true, profileCompleted: true, appInstalled: true, socialGroupMember: true },
    });
    if (!facts) return null;
    const own = identity.kind === 'member' && identity.memberId === memberId;
    const staff = identity.kind === 'operator' && identity.companyId === facts.companyId && STAFF_ROLES.has(identity.role);
    if (!own && !staff) return null;
    const timeZone = await companyTimeZone(deps.db, facts.companyId);
    const localNow = wallClockIn(deps.clock.now(), timeZone);
    return { ...facts, timeZone, localNow, audiences: new Set(await audiencesOfMember(deps.db, memberId)) };
  }

  /** The company's live offers this member qualifies for by who they are (audiences, state); coupon offers are their holders'. */
  function offersFor(
    offers: Offer[],
    member: {
      state: string;
      profileCompleted: boolean;
      appInstalled: boolean;
      socialGroupMember: boolean;
      localNow: string;
      audiences: Set<string>;
      couponOffers: Set<string>;
    },
  ): MemberOffer[] {
    const visible: MemberOffer[] = [];
    for (const offer of offers) {
      const draft = draftOf(offer);
      const state = offerState(offer.lifecycle, draft, member.localNow);
      if (state !== 'ACTIVE' && state !== 'SCHEDULED') continue;
      const { filters } = draft;
      if (onlyDeducts(draft.actions) || !stillToEarn(draft.event, member)) continue;
      if (filters.couponRequired && !member.couponOffers.has(offer.lineageId)) continue;
      if (filters.memberStates && !filters.memberStates.includes(member.state)) continue;
      if (filters.audienceIds && !filters.audienceIds.some((id) => member.audiences.has(id))) continue;
      const { name, description, startsAt, endsAt } = draft;
      visible.push({ offerId: offer.lineageId, name, description, startsAt, endsAt, state, personal: false });
    }
    return visible;
  }

  return {
    async offersOf(identity: Identity, memberId: string): Promise<MemberOffer[]> {
      const member = await visibleMember(identity, memberId);
      if (!member) return [];
      // Coupon offers of the coupons issued to the member (whether uses are left is the ledger's to say at the till).
      const coupons = await deps.db.coupon.findMany({ where: { memberId }, select: { offerId: true }, distinct: ['offerId'] });
      const offers = offersFor(await liveOffersOf(deps.db, member.companyId), { ...member, couponOffers: new Set(coupons.map((coupon) => coupon.offerId)) });
      const now = deps.clock.now();
      const personal = (await currentPersonalOffersOf(deps.db, memberId, now)).map(
        (offer): MemberOffer => ({
          offerId: offer.id,
          name: offer.name,
          description: '',
          startsAt: wallClockIn(offer.validFrom, member.timeZone),
          endsAt: wallClockIn(offer.validTo, member.timeZone),
          state: offer.validFrom > now ? 'SCHEDULED' : 'ACTIVE',
          personal: true,
        }),
      );
      return [...personal, ...offers];
    },

    /** The promo content the member may see now: published, in its window, for them, and its offer (if any) still running. */
    async promotionsOf(identity: Identity, memberId: string): Promise<Promotion[]> {
      const member = await visibleMember(identity, memberId);
      if (!member) return [];
      const running = new Set(
        (await liveOffersOf(deps.db, member.companyId))
          .filter((offer) => offerState(offer.lifecycle, draftOf(offer), member.localNow) !== 'FINISHED')
          .map((offer) => offer.lineageId),
      );
      return (await publishedPromotions(deps.db, member.companyId, member.localNow)).filter(
        (promotion) =>
          (promotion.audienceId === null || member.audiences.has(promotion.audienceId)) && (promotion.offerId === null || running.has(promotion.offerId)),
      );
    },
  };
}
