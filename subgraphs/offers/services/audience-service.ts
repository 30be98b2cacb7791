import { requireOperator } from '../../../infra/auth/access';
import { ANONYMOUS, type Identity } from '../../../infra/auth/identity';
import { phoneLookupKey, toE164 } from '../../../infra/auth/phone-key';
import { chunks } from '../../../infra/collections/chunks';
import { runTransaction } from '../../../infra/db/transaction';
import { ValidationErrors } from '../../../infra/errors/business-error';
import type { DomainEvent } from '../../../infra/outbox/outbox-writer';
import {
  addStaticMembers,
  applyRuleMembership,
  countMatching,
  type MembershipChange,
  matchingConditions,
  removeMembers,
} from '../data/audience-membership-store';
import {
  audiencesDueForRefresh,
  insertAudience,
  lockAudienceOfCompany,
  lockRuleAudiences,
  markDeleted,
  markRefreshed,
  recordMembershipChange,
  rulesOf,
  updateAudienceRow,
} from '../data/audiences-store';
import { replaceMemberBalances } from '../data/member-balances-store';
import { companyTimeZone, existingPointOfSaleIds, membersNamed } from '../data/member-copies-store';
import { liveOffersNaming } from '../data/offers-store';
import { recordOffersEvents } from '../data/outbox-store';
import type { Audience, OffersDb } from '../data/prisma';
import { publishedPromotionsNaming } from '../data/promotions-store';
import { type AudienceRules, audienceProblems, balanceCurrency, beyondRetention } from '../domain/audience-rules';
import { OffersError } from '../domain/errors';
import { isUuid } from '../domain/problems';
import type { OffersDeps } from './deps';
import { OFFER_ROLES } from './offer-service';
import { DEFAULT_RECEIPT_RETENTION_DAYS } from './receipt-retention';

/** How many member ids one membership event carries: a refresh that moves 100,000 members writes 100 events, not 100,000. */
const IDS_PER_EVENT = 1000;
/** A full refresh may take this long (an audience of a few hundred thousand members). */
const REFRESH_TIMEOUT_MS = 120_000;

export const AUDIENCE_ENTERED_EVENT = 'audience.members_entered';
export const AUDIENCE_LEFT_EVENT = 'audience.members_left';

/** What a static audience is uploaded by: card numbers, phones, member ids. */
export interface AudienceUpload {
  cardNumbers: string[];
  phones: string[];
  memberIds: string[];
}

export interface UploadResult {
  audience: Audience;
  added: number;
  /** What named no member of the company (kind: CARD_NUMBER, PHONE or MEMBER_ID). */
  notFound: Array<{ kind: 'CARD_NUMBER' | 'PHONE' | 'MEMBER_ID'; value: string }>;
}

/**
 * The events that tell other subgraphs (the ledger's copy for the till) who entered and left an
 * audience at a membership version, in chunks of ids. A copy keeps, per member, the newest version.
 */
function membershipEvents(audience: { id: string; companyId: string }, version: number, change: MembershipChange): DomainEvent[] {
  const events: DomainEvent[] = [];
  for (const [type, ids] of [
    [AUDIENCE_ENTERED_EVENT, change.entered],
    [AUDIENCE_LEFT_EVENT, change.left],
  ] as const) {
    for (const slice of chunks(ids, IDS_PER_EVENT))
      events.push({ type, companyId: audience.companyId, data: { audienceId: audience.id, version, memberIds: slice } });
  }
  return events;
}

export function createAudienceService(deps: OffersDeps, secrets: { phoneKeySecret: string }) {
  const operatorOf = (identity: Identity) => requireOperator(identity, [...OFFER_ROLES]);

  /** The name and rules, or a refusal with every problem: bad values, periods beyond the receipts kept, points of sale not the company's. */
  async function checked(companyId: string, name: string, description: string, rules: AudienceRules | null): Promise<void> {
    const problems = [
      ...audienceProblems(name, description, rules),
      ...(rules ? beyondRetention(rules, deps.receiptRetentionDays ?? DEFAULT_RECEIPT_RETENTION_DAYS) : []),
    ];
    const visited = rules?.pointsOfSaleVisited?.pointOfSaleIds ?? [];
    if (problems.length === 0 && visited.length > 0) {
      const known = await existingPointOfSaleIds(deps.db, companyId, visited);
      visited.forEach((id, index) => {
        const field = `rules.pointsOfSaleVisited.pointOfSaleIds.${index}`;
        if (!known.has(id)) problems.push(new OffersError('POINT_OF_SALE_NOT_FOUND', `${field}: no such point of sale in the company`, field));
      });
    }
    const currency = rules?.balance?.currency;
    if (problems.length === 0 && currency && deps.knownCurrencies && !(await deps.knownCurrencies(companyId, [currency])).has(currency)) {
      problems.push(new OffersError('CURRENCY_NOT_FOUND', `rules.balance.currency: the company has no bonus currency ${currency}`, 'rules.balance.currency'));
    }
    if (problems.length > 0) throw new ValidationErrors(problems);
  }

  async function lockedAudience(tx: OffersDb, companyId: string, audienceId: string): Promise<Audience> {
    const audience = isUuid(audienceId) ? await lockAudienceOfCompany(tx, companyId, audienceId) : null;
    if (!audience) throw new OffersError('AUDIENCE_NOT_FOUND', 'No such audience in your company', 'audienceId');
    return audience;
  }

  /** Records a membership change (version counted up, count kept, events written); nothing when nothing moved. */
  async function recordChange(tx: OffersDb, identity: Identity, audience: Audience, change: MembershipChange, refreshedAt?: Date): Promise<boolean> {
    if (change.entered.length === 0 && change.left.length === 0) {
      if (refreshedAt) await markRefreshed(tx, audience.id, refreshedAt);
      return false;
    }
    const version = await recordMembershipChange(tx, audience.id, refreshedAt);
    await recordOffersEvents(tx, identity, membershipEvents(audience, version, change));
    return true;
  }

  /** A balance rule reads members' active bonuses as the ledger reports them now: asked at every full refresh and preview. */
  async function keepBalances(db: OffersDb, companyId: string, rules: AudienceRules | null): Promise<void> {
    if (!rules?.balance || !deps.activeBalances) return;
    const currency = balanceCurrency(rules.balance);
    await replaceMemberBalances(db, companyId, currency, await deps.activeBalances(companyId, currency), deps.clock.now());
  }

  /** Works out a rule-based audience's membership again for all its members, in the caller's transaction. */
  async function refreshLocked(tx: OffersDb, identity: Identity, audience: Audience): Promise<void> {
    const rules = rulesOf(audience);
    if (rules === null) return;
    await keepBalances(tx, audience.companyId, rules);
    const now = deps.clock.now();
    const conditions = matchingConditions(rules, { now, timeZone: await companyTimeZone(tx, audience.companyId) });
    await recordChange(tx, identity, audience, await applyRuleMembership(tx, audience, conditions, null, now), now);
  }

  const longTransaction = { timeoutMs: REFRESH_TIMEOUT_MS };

  return {
    operatorOf,

    /** How many members the rules select now, without saving anything. */
    async previewAudience(identity: Identity, rules: AudienceRules): Promise<number> {
      const operator = operatorOf(identity);
      await checked(operator.companyId, 'preview', '', rules);
      await keepBalances(deps.db, operator.companyId, rules);
      const conditions = matchingConditions(rules, { now: deps.clock.now(), timeZone: await companyTimeZone(deps.db, operator.companyId) });
      return countMatching(deps.db, operator.companyId, conditions);
    },

    /** A new audience: rule-based (its members worked out at once) or static (rules null; uploaded next). */
    async createAudience(identity: Identity, input: { name: string; description: string; rules: AudienceRules | null }): Promise<Audience> {
      const operator = operatorOf(identity);
      await checked(operator.companyId, input.name, input.description, input.rules);
      const created = await runTransaction(
        deps,
        async (tx) => {
          const audience = await insertAudience(tx, operator.companyId, input);
          await recordOffersEvents(tx, identity, [
            { type: 'audience.created', companyId: operator.companyId, data: { audienceId: audience.id, name: audience.name } },
          ]);
          await refreshLocked(tx, ANONYMOUS, audience);
          return audience;
        },
        longTransaction,
      );
      await deps.afterCommit?.();
      return deps.db.audience.findUniqueOrThrow({ where: { id: created.id } });
    },

    /** Renames an audience or (rule-based) replaces its rules, its membership worked out again at once. */
    async updateAudience(identity: Identity, audienceId: string, input: { name: string; description: string; rules: AudienceRules | null }): Promise<Audience> {
      const operator = operatorOf(identity);
      await checked(operator.companyId, input.name, input.description, input.rules);
      const updated = await runTransaction(
        deps,
        async (tx) => {
          const audience = await lockedAudience(tx, operator.companyId, audienceId);
          if ((audience.kind === 'STATIC') !== (input.rules === null)) {
            throw new OffersError(
              'INVALID_INPUT',
              audience.kind === 'STATIC' ? 'A static audience has no rules: upload its members' : 'A rule-based audience needs its rules',
              'rules',
            );
          }
          const changed = await updateAudienceRow(tx, audience.id, {
            name: input.name,
            description: input.description,
            ...(input.rules ? { rules: input.rules } : {}),
          });
          await recordOffersEvents(tx, identity, [{ type: 'audience.updated', companyId: operator.companyId, data: { audienceId: audience.id } }]);
          await refreshLocked(tx, ANONYMOUS, changed);
          return changed;
        },
        longTransaction,
      );
      await deps.afterCommit?.();
      return deps.db.audience.findUniqueOrThrow({ where: { id: updated.id } });
    },

    /** Works a rule-based audience's membership out again now (it is also refreshed as events arrive and on a schedule). */
    async refreshAudience(identity: Identity, audienceId: string): Promise<Audience> {
      const operator = operatorOf(identity);
      await runTransaction(
        deps,
        async (tx) => {
          const audience = await lockedAudience(tx, operator.companyId, audienceId);
          if (audience.kind === 'STATIC')
            throw new OffersError('INVALID_INPUT', 'A static audience has no rules to work out: upload or remove its members', 'audienceId');
          await refreshLocked(tx, ANONYMOUS, audience);
        },
        longTransaction,
      );
      await deps.afterCommit?.();
      return deps.db.audience.findUniqueOrThrow({ where: { id: audienceId } });
    },

    /** Deletes an audience no live offer names: its members leave it, and offers can no longer name it. */
    async deleteAudience(identity: Identity, audienceId: string): Promise<Audience> {
      const operator = operatorOf(identity);
      const deleted = await runTransaction(deps, async (tx) => {
        const audience = await lockedAudience(tx, operator.companyId, audienceId);
        const naming = [
          ...(await liveOffersNaming(tx, operator.companyId, audience.id)).map((offer) => `offer ${offer.name}`),
          ...(await publishedPromotionsNaming(tx, operator.companyId, audience.id)).map((promotion) => `promo content ${promotion.title}`),
        ];
        if (naming.length > 0) {
          throw new OffersError(
            'AUDIENCE_IN_USE',
            `Live offers and published promo content name this audience (${naming.join(', ')}): finish, revise or unpublish them first`,
            'audienceId',
          );
        }
        await recordChange(tx, ANONYMOUS, audience, { entered: [], left: await removeMembers(tx, audience.id, null) });
        await recordOffersEvents(tx, identity, [{ type: 'audience.deleted', companyId: operator.companyId, data: { audienceId: audience.id } }]);
        return markDeleted(tx, audience.id, deps.clock.now());
      });
      await deps.afterCommit?.();
      return deleted;
    },

    /** Adds members to a static audience by card number, phone or member id; what names nobody is reported, not refused. */
    async addAudienceMembers(identity: Identity, audienceId: string, upload: AudienceUpload): Promise<UploadResult> {
      const operator = operatorOf(identity);
      // A phone is found by its keyed hash, as the members subgraph's events carry it.
      const keyOfPhone = new Map(
        upload.phones
          .map((phone) => [phone, toE164(phone)])
          .map(([phone, e164]) => [phone as string, e164 ? phoneLookupKey(e164, secrets.phoneKeySecret) : null]),
      );
      const result = await runTransaction(deps, async (tx) => {
        const audience = await lockedAudience(tx, operator.companyId, audienceId);
        if (audience.kind !== 'STATIC')
          throw new OffersError('INVALID_INPUT', 'Members are uploaded to a static audience; a rule-based one selects its own', 'audienceId');
        const validIds = upload.memberIds.filter(isUuid);
        const phoneKeys = [...keyOfPhone.values()].filter((key): key is string => key !== null);
        const found = await membersNamed(tx, operator.companyId, { cardNumbers: upload.cardNumbers, phoneKeys, memberIds: validIds });
        const notFound: UploadResult['notFound'] = [
          ...upload.cardNumbers.filter((number) => !found.byCard.has(number)).map((value) => ({ kind: 'CARD_NUMBER' as const, value })),
          ...upload.phones.filter((phone) => !found.byPhoneKey.has(keyOfPhone.get(phone) ?? '')).map((value) => ({ kind: 'PHONE' as const, value })),
          ...upload.memberIds.filter((id) => !found.byId.has(id)).map((value) => ({ kind: 'MEMBER_ID' as const, value })),
        ];
        const memberIds = [...new Set([...found.byCard.values(), ...found.byPhoneKey.values(), ...found.byId])];
        const added = await addStaticMembers(tx, audience.id, memberIds, deps.clock.now());
        await recordChange(tx, identity, audience, { entered: added, left: [] });
        return { audienceId: audience.id, added: added.length, notFound };
      });
      await deps.afterCommit?.();
      return { ...result, audience: await deps.db.audience.findUniqueOrThrow({ where: { id: result.audienceId } }) };
    },

    /** Takes members out of a static audience. */
    async removeAudienceMembers(identity: Identity, audienceId: string, memberIds: string[]): Promise<Audience> {
      const operator = operatorOf(identity);
      await runTransaction(deps, async (tx) => {
        const audience = await lockedAudience(tx, operator.companyId, audienceId);
        if (audience.kind !== 'STATIC') throw new OffersError('INVALID_INPUT', 'A rule-based audience selects its own members', 'audienceId');
        const valid = memberIds.filter(isUuid);
        await recordChange(tx, identity, audience, { entered: [], left: await removeMembers(tx, audience.id, valid) });
      });
      await deps.afterCommit?.();
      return deps.db.audience.findUniqueOrThrow({ where: { id: audienceId } });
    },

    /**
     * An event changed what this subgraph knows of a member (facts, cards, receipts): each of the
     * company's rule-based audiences is worked out again for that member, in the event's transaction.
     * Answers whether the member entered or left any.
     */
    async refreshMember(tx: OffersDb, companyId: string, memberId: string): Promise<boolean> {
      const audiences = await lockRuleAudiences(tx, companyId);
      if (audiences.length === 0) return false;
      let changed = false;
      const now = deps.clock.now();
      const timeZone = await companyTimeZone(tx, companyId);
      for (const audience of audiences) {
        const rules = rulesOf(audience);
        if (rules === null) continue;
        const change = await applyRuleMembership(tx, audience, matchingConditions(rules, { now, timeZone }), memberId, now);
        changed = (await recordChange(tx, ANONYMOUS, audience, change)) || changed;
      }
      return changed;
    },

    /** The scheduled full refresh: rule-based audiences not refreshed for `intervalMs`, a few at a time. Answers how many were refreshed. */
    async refreshDueAudiences(intervalMs: number, limit = 10): Promise<number> {
      const due = await audiencesDueForRefresh(deps.db, new Date(deps.clock.now().getTime() - intervalMs), limit);
      let refreshed = 0;
      for (const { id, companyId } of due) {
        await runTransaction(
          deps,
          async (tx) => {
            const audience = await lockAudienceOfCompany(tx, companyId, id);
            if (audience) await refreshLocked(tx, ANONYMOUS, audience);
          },
          longTransaction,
        );
        refreshed += 1;
      }
      if (refreshed > 0) await deps.afterCommit?.();
      return refreshed;
    },
  };
}
