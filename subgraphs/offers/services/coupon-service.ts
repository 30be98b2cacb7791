import { randomInt } from 'node:crypto';
import type { Identity } from '../../../infra/auth/identity';
import { chunks } from '../../../infra/collections/chunks';
import { runTransaction } from '../../../infra/db/transaction';
import { ValidationErrors } from '../../../infra/errors/business-error';
import { draftOf } from '../data/offers-store';
import { recordOffersEvents } from '../data/outbox-store';
import type { Coupon, OffersDb } from '../data/prisma';
import { OffersError } from '../domain/errors';
import { isUuid, problemChecks } from '../domain/problems';
import type { OffersDeps } from './deps';

/** What a marketer asks for: codes for an offer, per member or a batch anyone may redeem. */
export interface CouponRequest {
  offerId: string;
  /** One coupon for each of these members; omitted: `count` coupons anyone may present. */
  memberIds: string[] | null;
  /** Without memberIds: how many (null: one). */
  count: number | null;
  maxUses: number;
  validTo: Date | null;
  prefix: string;
}

export const COUPONS_ISSUED_EVENT = 'coupons.issued';
/** Codes have no look-alike characters (no 0/O, 1/I/L), so a cashier can type one read aloud. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 10;
const MAX_BATCH = 10_000;
const PER_EVENT = 1000;

function newCode(prefix: string): string {
  let code = prefix;
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/**
 * Coupons: issued here for offers that ask for one (`couponRequired`), carried to the ledger by
 * `coupons.issued` before the marketer is answered; the ledger holds and spends them at the till.
 */
export function createCouponService(deps: OffersDeps, operatorOf: (identity: Identity) => { companyId: string }) {
  function checked(request: CouponRequest, now: Date): void {
    const { problems, report, integer, list } = problemChecks();
    if (request.memberIds === null) integer('count', request.count ?? 1, 1, MAX_BATCH);
    else if (request.count !== null) report('INVALID_INPUT', 'count', 'one coupon per member named: give memberIds or count, not both');
    list('memberIds', request.memberIds, isUuid, 'a member id');
    integer('maxUses', request.maxUses, 1, 1000);
    if (request.validTo !== null && request.validTo <= now) report('INVALID_PERIOD', 'validTo', 'a moment in the future');
    if (!/^[A-Z0-9]{0,10}$/.test(request.prefix)) report('INVALID_INPUT', 'prefix', 'up to 10 capital letters and digits');
    if (problems.length > 0) throw new ValidationErrors(problems);
  }

  async function couponOffer(tx: OffersDb, companyId: string, offerId: string) {
    const offer = isUuid(offerId)
      ? await tx.offer.findFirst({ where: { companyId, OR: [{ id: offerId }, { lineageId: offerId }] }, orderBy: { version: 'desc' } })
      : null;
    if (!offer) throw new OffersError('OFFER_NOT_FOUND', 'No such offer in your company', 'offerId');
    if (!draftOf(offer).filters.couponRequired)
      throw new OffersError('INVALID_INPUT', 'The offer does not ask for a coupon: set its couponRequired filter', 'offerId');
    if (offer.lifecycle === 'FINISHED' || offer.lifecycle === 'ARCHIVED')
      throw new OffersError('OFFER_STATE_CONFLICT', `The offer is ${offer.lifecycle.toLowerCase()}: its coupons would open nothing`, 'offerId');
    return offer;
  }

  return {
    async issueCoupons(identity: Identity, request: CouponRequest): Promise<Coupon[]> {
      const { companyId } = operatorOf(identity);
      checked(request, deps.clock.now());
      const issued = await runTransaction(deps, async (tx) => {
        const offer = await couponOffer(tx, companyId, request.offerId);
        const holders = request.memberIds ? [...new Set(request.memberIds)] : null;
        if (holders) {
          const known = new Set(
            (await tx.memberFact.findMany({ where: { companyId, memberId: { in: holders } }, select: { memberId: true } })).map((m) => m.memberId),
          );
          const missing = request.memberIds?.findIndex((id) => !known.has(id)) ?? -1;
          if (missing >= 0) throw new OffersError('MEMBER_NOT_FOUND', 'No such member in your company', `memberIds.${missing}`);
        }
        const owners: Array<string | null> = holders ?? Array.from({ length: request.count ?? 1 }, () => null);
        const rows = owners.map((memberId) => ({
          companyId,
          code: newCode(request.prefix),
          offerId: offer.lineageId,
          memberId,
          maxUses: request.maxUses,
          validTo: request.validTo,
        }));
        // Codes are random over 31^10: a clash with an existing one is not expected, and fails the call rather than reuse a code.
        await tx.coupon.createMany({ data: rows });
        const events = chunks(rows, PER_EVENT).map((slice) => ({
          type: COUPONS_ISSUED_EVENT,
          companyId,
          data: {
            offerId: offer.lineageId,
            coupons: slice.map(({ code, memberId, maxUses, validTo }) => ({ code, memberId, maxUses, validTo: validTo?.toISOString() ?? null })),
          },
        }));
        await recordOffersEvents(tx, identity, events);
        return tx.coupon.findMany({ where: { companyId, code: { in: rows.map((row) => row.code) } }, orderBy: { code: 'asc' } });
      });
      // The till can redeem them as soon as the marketer hands them out.
      await deps.afterCommit?.();
      return issued;
    },
  };
}
