import { openCode } from '../../../infra/auth/code-sealing';
import { createBatcher } from '../../../infra/batch/batcher';
import { createTtlCache } from '../../../infra/cache/ttl-cache';
import { createKickedWorker } from '../../../infra/process/kicked-worker';
import { findMailingById } from '../data/mailings-store';
import {
  type ClaimedMessage,
  claimDueMessages,
  isMailingRunning,
  markFailed,
  markForRetry,
  markSent,
  releaseMessage,
  type SentRecord,
} from '../data/messages-store';
import type { Channel } from '../data/prisma';
import { templateFor } from '../data/templates-store';
import { maskDestination } from '../domain/destination';
import type { PushServiceName } from '../domain/device-token';
import { inboxCopyOf } from '../domain/inbox';
import { type MailingContent, renderMailing } from '../domain/mailing-content';
import { MAX_ATTEMPTS, retryDelayMs } from '../domain/retry';
import { isMessageKind, type MessageKind, renderMessage } from '../domain/templates';
import { createDevInbox } from '../providers/dev-inbox';
import { PacerBacklog } from '../providers/pacer';
import { type MessageProvider, ProviderFailure, SendWithdrawn } from '../providers/provider';
import type { CommunicationsDeps } from './deps';
import type { ProviderPool } from './provider-pool';
import { fallBackFromPush } from './push-fallback';
import type { SettingsCache } from './settings-cache';

/** How many messages one claim takes at least (a claim waits until there is room for them): claims of one message each would cost a statement a message. */
const BATCH = 50;
/**
 * How many messages are being sent at once, at most: all that a process killed mid-send can have
 * sent without recording it, so all that can go twice.
 */
const MAX_IN_FLIGHT = 100;
/** How long a mailing's content is kept here: it does not change once the mailing started. */
const MAILING_CONTENT_TTL_MS = 10 * 60_000;
/** How long whether a mailing runs is taken as known: a pause stops its sends within this. */
const MAILING_STATE_TTL_MS = 200;
/** How often queued messages are looked for without a kick (retries, and what another instance queued). */
const POLL_MS = 1000;

/**
 * Sends queued messages: claims what is due (urgent first), renders each in the company's wording
 * for the member's language where it has one (a code is opened only now), sends it through the company's provider for the channel (outside production the development
 * inbox when there is none), and records the outcome. A failure that may pass is tried again with
 * backoff up to MAX_ATTEMPTS, then the message is failed with the provider's reason; each message is
 * on its own, so one provider failing holds no other up. Delivery is at least once: a process that
 * dies mid-send leaves its claimed messages to be sent again once their lease is over.
 */
export function createDelivery(deps: CommunicationsDeps, providers: ProviderPool, settings: SettingsCache) {
  const devInbox = createDevInbox(deps.db);
  const mailingContents = createTtlCache<MailingContent | null>(MAILING_CONTENT_TTL_MS);
  const mailingStates = createTtlCache<boolean>(MAILING_STATE_TTL_MS);
  // What went out in one turn of the event loop is recorded in one statement.
  const recordSent = createBatcher(async (sent: SentRecord[]) => {
    await markSent(deps.sql, sent);
    return sent.map(() => undefined);
  }, MAX_IN_FLIGHT);
  const mailingRunning = (id: string) => mailingStates.get(id, () => isMailingRunning(deps.sql, id));
  const inFlight = new Set<Promise<void>>();

  async function providerFor(
    companyId: string,
    channel: Channel,
    pushService: PushServiceName | undefined,
  ): Promise<{ providerId: string | null; provider: MessageProvider }> {
    const configured = await providers.forChannel(companyId, channel, pushService);
    if (configured) return configured;
    if (deps.production) throw new ProviderFailure(`No provider is configured for ${channel}`, false);
    return { providerId: null, provider: devInbox };
  }

  /** What a message an event caused says: the company's template for the member's language, else the platform's wording. */
  async function eventText(message: ClaimedMessage, values: Record<string, string>, code: string | undefined, now: Date) {
    const { companyId, kind, channel } = message;
    const language = values.language || null;
    const template = await settings.templates.get(`${companyId}|${kind}|${channel}|${language ?? ''}`, () =>
      templateFor(deps.db, { companyId, kind, channel }, language),
    );
    return renderMessage(kind as MessageKind, { ...values, ...(code ? { code } : {}) }, now, template);
  }

  /** What a mailing's message says: the mailing's content (fixed once it started) with the member's values. */
  async function mailingText(mailingId: string, values: Record<string, string>) {
    const content = await mailingContents.get(mailingId, async () => {
      const mailing = await findMailingById(deps.db, mailingId);
      return mailing ? (mailing.content as unknown as MailingContent) : null;
    });
    if (!content) throw new ProviderFailure('Its mailing is gone', false);
    return renderMailing(content, values);
  }

  async function deliver(message: ClaimedMessage): Promise<void> {
    const now = deps.clock.now();
    const variables = message.variables as Record<string, string>;
    const { sealedCode, ...withoutCode } = variables;
    // Once a code is out (or given up on), its message keeps neither the code nor where it went.
    const keep = { variables: withoutCode, destination: sealedCode ? maskDestination(message.destination) : message.destination };
    if (sealedCode && variables.expiresAt && new Date(variables.expiresAt) <= now)
      return markFailed(deps.db, message.id, 'The code expired before it could be sent', keep);
    if (!message.destination) return markFailed(deps.db, message.id, `The member has no ${message.channel === 'EMAIL' ? 'email' : 'phone number'}`, keep);
    if (!message.mailingId && !isMessageKind(message.kind)) return markFailed(deps.db, message.id, `No text for messages of kind ${message.kind}`, keep);
    try {
      const pushService = message.channel === 'PUSH' ? (variables.pushService as PushServiceName | undefined) : undefined;
      const { providerId, provider } = await providerFor(message.companyId, message.channel, pushService);
      const code = sealedCode ? openCode(sealedCode, deps.codeDeliveryKey) : undefined;
      const rendered = message.mailingId ? await mailingText(message.mailingId, withoutCode) : await eventText(message, withoutCode, code, now);
      const sent = await provider.send({
        id: message.id,
        companyId: message.companyId,
        memberId: message.memberId,
        channel: message.channel,
        destination: message.destination,
        urgent: message.urgent,
        pushService,
        ...rendered,
        // A mailing paused or cancelled while this waited for the provider's rate: it does not go.
        ...(message.mailingId ? { stillWanted: () => mailingRunning(message.mailingId as string) } : {}),
      });
      const inbox = inboxCopyOf(message, rendered, code);
      const recorded = recordSent({ id: message.id, providerId, providerMessageIds: sent.providerMessageIds, at: deps.clock.now(), keep, inbox });
      if (providerId) providers.noteSentRecord(providerId, sent.providerMessageIds, recorded);
      await recorded;
    } catch (error) {
      if (error instanceof SendWithdrawn) return releaseMessage(deps.db, message.id, now);
      if (error instanceof PacerBacklog) return releaseMessage(deps.db, message.id, new Date(now.getTime() + error.waitMs));
      const failure = error instanceof ProviderFailure ? error : new ProviderFailure(error instanceof Error ? error.message : String(error), true);
      if (failure.invalidDestination) {
        // Until the SMS instead is queued, the push is tried again (the member subgraph may be down).
        const queued = await fallBackFromPush(deps, message, failure.message).then(
          () => true,
          () => false,
        );
        if (!queued) return markForRetry(deps.db, message.id, failure.message, new Date(now.getTime() + retryDelayMs(message.attempts)));
        // The SMS instead goes at once.
        void kick();
      }
      if (!failure.retryable || message.attempts >= MAX_ATTEMPTS) await markFailed(deps.db, message.id, failure.message, keep);
      else await markForRetry(deps.db, message.id, failure.message, new Date(now.getTime() + retryDelayMs(message.attempts)));
      deps.logger.warn({ messageId: message.id, err: failure }, 'a message could not be sent');
    }
  }

  /** Sends a claimed message in the background, counted among those in flight until it has its outcome. */
  function track(message: ClaimedMessage): void {
    const sending: Promise<void> = deliver(message)
      .catch((error) => deps.logger.error({ err: error, messageId: message.id }, 'a message’s outcome was not recorded; it is tried again after its lease'))
      .finally(() => inFlight.delete(sending));
    inFlight.add(sending);
  }

  /**
   * Claims what is due and starts sending it, claim after claim until a claim comes back with less
   * than it asked for; answers how many it started. Sends are not waited for: a message queued
   * meanwhile is claimed at once (its kick), not after the slowest send of an earlier claim.
   */
  async function claimAndStart(): Promise<number> {
    let started = 0;
    for (;;) {
      while (inFlight.size > MAX_IN_FLIGHT - BATCH) await Promise.race(inFlight);
      const room = MAX_IN_FLIGHT - inFlight.size;
      const batch = await claimDueMessages(deps.sql, deps.clock.now(), room, deps.claimLeaseMs);
      for (const message of batch) track(message);
      started += batch.length;
      if (batch.length < room) return started;
    }
  }

  // Claims now, or right after the claim running (called when messages are queued); a stopped
  // delivery (the process is shutting down) starts no sends nobody would wait for.
  const claimer = createKickedWorker(claimAndStart, POLL_MS, (error) => deps.logger.error({ err: error }, 'claiming messages failed'));
  const kick = claimer.kick;

  /** Sends what is due now and waits until each has its outcome; answers how many were tried. */
  async function deliverDue(): Promise<number> {
    const started = await kick();
    await Promise.all(inFlight);
    return started;
  }

  return {
    deliverDue,
    kick,
    start: claimer.start,
    async stop() {
      await claimer.stop();
      await Promise.all(inFlight);
    },
  };
}

export type Delivery = ReturnType<typeof createDelivery>;
