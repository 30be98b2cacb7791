import { Decimal } from 'decimal.js';
import { requireOperator } from '../../../infra/auth/access';
import type { Identity } from '../../../infra/auth/identity';
import { runTransaction } from '../../../infra/db/transaction';
import { ValidationErrors } from '../../../infra/errors/business-error';
import { isUuid } from '../../../infra/text/uuid';
import {
  cancelQueuedMessages,
  createCampaign,
  findCampaign,
  findMailing,
  insertMailing,
  listCampaigns,
  listMailings,
  mailingMessagesPage,
  moveMailing,
} from '../data/mailings-store';
import { recordCommunicationsEvents } from '../data/outbox-store';
import { type Channel, type CommunicationsDb, type Mailing, type MailingState, type MessageStatus, Prisma } from '../data/prisma';
import { findActiveProvider, findActiveProviders } from '../data/providers-store';
import { CommunicationsError } from '../domain/errors';
import { type MailingContent, mailingContentProblems, mailingValuesFor, renderMailing, smsSegmentsOf } from '../domain/mailing-content';
import { emptyTally, tallyMailingPage } from '../domain/mailing-estimate';
import { EXCLUSION_REASONS, type Exclusion, mailingDestinationsOf } from '../domain/mailing-recipients';
import { pushServicesOfKind } from '../providers/registry';
import type { CommunicationsDeps } from './deps';
import type { MailingAudience } from './mailing-audience';

/** Who manages mailings and campaigns: marketers, and admins. */
const MAILING_ROLES = ['ADMIN', 'MARKETER'] as const;
const NAME_LIMIT = 200;
/** How far ahead a mailing may be scheduled. */
const MAX_SCHEDULE_AHEAD_MS = 366 * 86_400_000;

export interface MailingInput {
  name: string;
  channel: Channel;
  campaignId: string | null;
  audienceId: string | null;
  content: MailingContent;
}

/** What a mailing would cost, and what it would send, before it starts. */
export interface MailingCostEstimate {
  members: number;
  recipients: number;
  messages: number;
  segments: number;
  excluded: Array<{ reason: Exclusion; description: string; members: number }>;
  providers: Array<{
    providerId: string | null;
    name: string;
    pushService: string | null;
    messages: number;
    segments: number;
    pricePerMessage: string;
    cost: string;
  }>;
  encodings: { gsm7: number; ucs2: number };
  total: string;
  currency: string;
  estimatedAt: Date;
}

function nameOf(raw: string): string {
  const name = raw.trim();
  if (!name || name.length > NAME_LIMIT) throw new CommunicationsError('INVALID_INPUT', `name: 1 to ${NAME_LIMIT} characters`, 'name');
  return name;
}

const contentOf = (mailing: Mailing) => mailing.content as unknown as MailingContent;

/**
 * A marketer's mailings: written as drafts (their content checked against the channel at once),
 * estimated, started now or at a time, paused, resumed and cancelled. Sending itself is the
 * mailing runner's (mailing-runner.ts) and delivery's.
 */
export function createMailingService(deps: CommunicationsDeps, audience: MailingAudience, wake: () => void) {
  const operatorOf = (identity: Identity) => requireOperator(identity, [...MAILING_ROLES]);

  async function mailingOf(companyId: string, mailingId: string): Promise<Mailing> {
    const mailing = isUuid(mailingId) ? await findMailing(deps.db, companyId, mailingId) : null;
    if (!mailing) throw new CommunicationsError('MAILING_NOT_FOUND', 'No mailing with this id in the company', 'mailingId');
    return mailing;
  }

  /** Every problem of a mailing's input at once: its content for the channel, its campaign, its audience. */
  async function checked(companyId: string, input: MailingInput): Promise<MailingInput> {
    const problems = mailingContentProblems(input.channel, input.content);
    if (input.campaignId && !(isUuid(input.campaignId) && (await findCampaign(deps.db, companyId, input.campaignId))))
      problems.push(new CommunicationsError('CAMPAIGN_NOT_FOUND', 'No campaign with this id in the company', 'campaignId'));
    if (input.audienceId && !(isUuid(input.audienceId) && (await audience.exists(companyId, input.audienceId))))
      problems.push(new CommunicationsError('AUDIENCE_NOT_FOUND', 'The company has no target audience with this id', 'audienceId'));
    if (problems.length > 0) throw new ValidationErrors(problems);
    return { ...input, name: nameOf(input.name) };
  }

  /** Moves the mailing between states, recorded in the staff trail; MAILING_STATE_CONFLICT when it is in none of `from`. */
  async function move(
    identity: Identity,
    mailingId: string,
    from: MailingState[],
    to: Prisma.MailingUncheckedUpdateManyInput,
    then?: (tx: CommunicationsDb, id: string) => Promise<unknown>,
  ) {
    const operator = operatorOf(identity);
    const mailing = await mailingOf(operator.companyId, mailingId);
    const moved = await runTransaction(deps, async (tx) => {
      const after = await moveMailing(tx, mailing, from, { ...to, leaseUntil: null });
      if (!after) return null;
      await then?.(tx, after.id);
      await recordCommunicationsEvents(tx, identity, [
        { type: 'mailing.state_changed', companyId: operator.companyId, data: { mailingId: after.id, from: mailing.state, to: after.state } },
      ]);
      return after;
    });
    if (!moved) {
      const now = await mailingOf(operator.companyId, mailingId);
      throw new CommunicationsError('MAILING_STATE_CONFLICT', `The mailing is ${now.state}; this needs it ${from.join(' or ')}`, 'mailingId');
    }
    wake();
    return moved;
  }

  /** The provider each route of a mailing's messages takes ('' the channel's one; a push service its own), and its price. */
  async function providersOf(companyId: string, channel: Channel) {
    if (channel !== 'PUSH') {
      const provider = await findActiveProvider(deps.db, companyId, channel);
      return (_route: string) => provider;
    }
    const providers = await findActiveProviders(deps.db, companyId, 'PUSH');
    return (route: string) => providers.find((provider) => pushServicesOfKind(provider.kind).includes(route as never)) ?? null;
  }

  return {
    createCampaign: async (identity: Identity, input: { name: string; description?: string | null }) => {
      const operator = operatorOf(identity);
      const name = nameOf(input.name);
      const description = (input.description ?? '').trim();
      if (description.length > 2000) throw new CommunicationsError('INVALID_INPUT', 'description: at most 2000 characters', 'description');
      try {
        return await runTransaction(deps, async (tx) => {
          const campaign = await createCampaign(tx, { companyId: operator.companyId, name, description });
          await recordCommunicationsEvents(tx, identity, [
            { type: 'campaign.created', companyId: operator.companyId, data: { campaignId: campaign.id, name } },
          ]);
          return campaign;
        });
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
          throw new CommunicationsError('CAMPAIGN_NAME_TAKEN', 'The company has a campaign with this name', 'name');
        throw error;
      }
    },

    campaigns: (identity: Identity) => listCampaigns(deps.db, operatorOf(identity).companyId),

    async campaign(identity: Identity, id: string) {
      const { companyId } = operatorOf(identity);
      return isUuid(id) ? findCampaign(deps.db, companyId, id) : null;
    },

    async createMailing(identity: Identity, input: MailingInput) {
      const operator = operatorOf(identity);
      const mailing = await checked(operator.companyId, input);
      return runTransaction(deps, async (tx) => {
        const saved = await insertMailing(tx, {
          companyId: operator.companyId,
          name: mailing.name,
          channel: mailing.channel,
          campaignId: mailing.campaignId,
          audienceId: mailing.audienceId,
          content: mailing.content as unknown as Prisma.InputJsonValue,
          createdBy: operator.operatorId,
        });
        await recordCommunicationsEvents(tx, identity, [
          { type: 'mailing.created', companyId: operator.companyId, data: { mailingId: saved.id, channel: saved.channel, name: saved.name } },
        ]);
        return saved;
      });
    },

    /** A draft's new name, campaign, audience or content (what is left out stays). */
    async updateMailing(identity: Identity, mailingId: string, change: Partial<Omit<MailingInput, 'channel'>>) {
      const operator = operatorOf(identity);
      const current = await mailingOf(operator.companyId, mailingId);
      const mailing = await checked(operator.companyId, {
        name: change.name ?? current.name,
        channel: current.channel,
        campaignId: change.campaignId === undefined ? current.campaignId : change.campaignId,
        audienceId: change.audienceId === undefined ? current.audienceId : change.audienceId,
        content: change.content ?? contentOf(current),
      });
      const { name, campaignId, audienceId, content } = mailing;
      return move(identity, mailingId, ['DRAFT'], { name, campaignId, audienceId, content: content as unknown as Prisma.InputJsonValue });
    },

    /** Starts a draft now, or at `startAt` (kept across restarts: the runner starts it when its time comes). */
    async startMailing(identity: Identity, mailingId: string, startAt: Date | null) {
      const operator = operatorOf(identity);
      const now = deps.clock.now();
      if (startAt && startAt.getTime() <= now.getTime())
        throw new CommunicationsError('START_TIME_IN_PAST', 'startAt: the time has passed; leave it out to start now', 'startAt');
      if (startAt && startAt.getTime() > now.getTime() + MAX_SCHEDULE_AHEAD_MS)
        throw new CommunicationsError('INVALID_INPUT', 'startAt: at most a year ahead', 'startAt');
      const mailing = await mailingOf(operator.companyId, mailingId);
      if (mailing.audienceId && !(await audience.exists(operator.companyId, mailing.audienceId)))
        throw new CommunicationsError('AUDIENCE_NOT_FOUND', 'The mailing’s target audience is gone: choose another', 'audienceId');
      return move(identity, mailingId, ['DRAFT'], startAt ? { state: 'SCHEDULED', startAt } : { state: 'RUNNING', startAt: now });
    },

    /** Holds a running mailing (what is queued waits), or a scheduled one (it does not start until resumed). */
    pauseMailing: (identity: Identity, mailingId: string) => move(identity, mailingId, ['SCHEDULED', 'RUNNING'], { state: 'PAUSED' }),

    /** A paused mailing goes on: running, or scheduled again when its start time is still ahead. */
    async resumeMailing(identity: Identity, mailingId: string) {
      const mailing = await mailingOf(operatorOf(identity).companyId, mailingId);
      const ahead = mailing.startAt !== null && mailing.startAt.getTime() > deps.clock.now().getTime();
      return move(identity, mailingId, ['PAUSED'], { state: ahead ? 'SCHEDULED' : 'RUNNING' });
    },

    /** Stops a mailing for good: what is still queued is never sent (CANCELLED); a draft is dropped so. */
    cancelMailing: (identity: Identity, mailingId: string) =>
      move(identity, mailingId, ['DRAFT', 'SCHEDULED', 'RUNNING', 'PAUSED'], { state: 'CANCELLED', finishedAt: deps.clock.now() }, (tx, id) =>
        cancelQueuedMessages(tx, id),
      ),

    async mailing(identity: Identity, id: string) {
      const { companyId } = operatorOf(identity);
      return isUuid(id) ? findMailing(deps.db, companyId, id) : null;
    },

    /** A page of the mailing's messages with their statuses. */
    async messages(identity: Identity, mailingId: string, page: { status: MessageStatus | null; after: string | null; limit: number }) {
      const { companyId } = operatorOf(identity);
      const mailing = await mailingOf(companyId, mailingId);
      return mailingMessagesPage(deps.db, mailing.id, { ...page, after: page.after && isUuid(page.after) ? page.after : null });
    },

    mailings: (identity: Identity, filter: { campaignId?: string | null; state?: MailingState | null; channel?: Channel | null; first: number }) =>
      listMailings(deps.db, operatorOf(identity).companyId, filter),

    /**
     * Counts what the mailing would send now: its audience's members, those its consent, contact
     * and channel rules leave out (and why), its messages and SMS parts (each recipient's text
     * rendered), priced by the provider each would go through.
     */
    async estimateCost(identity: Identity, mailingId: string): Promise<MailingCostEstimate> {
      const { companyId } = operatorOf(identity);
      const mailing = await mailingOf(companyId, mailingId);
      const content = contentOf(mailing);
      const tally = emptyTally();
      let currency = '';
      for await (const page of audience.pages(mailing)) {
        currency ||= page.currency;
        tallyMailingPage(tally, { channel: mailing.channel, content }, page.contacts, page.appsOf, (contact) => mailingValuesFor(contact, page.companyName));
      }
      const providerOf = await providersOf(companyId, mailing.channel);
      const providers = [...tally.byRoute].map(([route, counted]) => {
        const provider = providerOf(route);
        const price = new Decimal(provider?.pricePerMessage.toString() ?? 0);
        const units = mailing.channel === 'SMS' ? counted.segments : counted.messages;
        return {
          providerId: provider?.id ?? null,
          name: provider?.name ?? (deps.production ? 'none configured: these messages would fail' : 'the development inbox'),
          pushService: route || null,
          messages: counted.messages,
          segments: counted.segments,
          pricePerMessage: price.toFixed(4),
          cost: price.times(units).toFixed(2),
        };
      });
      const total = providers.reduce((sum, provider) => sum.plus(provider.cost), new Decimal(0));
      return {
        members: tally.members,
        recipients: tally.recipients,
        messages: tally.messages,
        segments: tally.segments,
        excluded: (Object.keys(tally.excluded) as Exclusion[]).map((reason) => ({
          reason,
          description: EXCLUSION_REASONS[reason],
          members: tally.excluded[reason],
        })),
        providers,
        encodings: { gsm7: tally.byEncoding.GSM7, ucs2: tally.byEncoding.UCS2 },
        total: total.toFixed(2),
        currency,
        estimatedAt: deps.clock.now(),
      };
    },

    /** The mailing as one member would get it, or why they would not. */
    async preview(identity: Identity, mailingId: string, memberId: string) {
      const { companyId } = operatorOf(identity);
      const mailing = await mailingOf(companyId, mailingId);
      const page = isUuid(memberId) ? await audience.members(mailing, [memberId]) : null;
      const contact = page?.contacts[0];
      if (!page || !contact) return null;
      const rendered = renderMailing(contentOf(mailing), mailingValuesFor(contact, page.companyName));
      const reach = mailingDestinationsOf(mailing.channel, contact, page.appsOf(contact.memberId));
      const excluded = typeof reach === 'string' ? reach : null;
      const sms = mailing.channel === 'SMS' ? smsSegmentsOf(rendered.text) : null;
      return { ...rendered, excludedBecause: excluded ? EXCLUSION_REASONS[excluded] : null, segments: sms?.segments ?? null, encoding: sms?.encoding ?? null };
    },
  };
}

export type MailingService = ReturnType<typeof createMailingService>;
