import { createKickedWorker } from '../../../infra/process/kicked-worker';
import {
  deferListing,
  finishSentMailings,
  leaseMailingToList,
  queuedMessagesOf,
  recordListing,
  releaseListing,
  startDueMailings,
} from '../data/mailings-store';
import { queueMailingMessages } from '../data/messages-store';
import { messagingSettingsOf } from '../data/messaging-settings-store';
import type { Mailing } from '../data/prisma';
import { CommunicationsError } from '../domain/errors';
import { mailingValuesFor } from '../domain/mailing-content';
import { mailingMessagesFor } from '../domain/mailing-recipients';
import { messageIdFor } from '../domain/message-id';
import { sendableAt } from '../domain/quiet-hours';
import type { Delivery } from './delivery';
import type { CommunicationsDeps } from './deps';
import type { MailingAudience } from './mailing-audience';

/** How long an instance listing a mailing's recipients holds it (renewed with each page). */
const LISTING_LEASE_MS = 60_000;
/** How many of a mailing's messages may wait in the queue before listing pauses (a few seconds of sending). */
const LIST_AHEAD = 10_000;
/** When listing paused for the queue goes on. */
const LIST_AGAIN_MS = 1_000;
/** How often scheduled mailings, mailings to list and mailings sent are looked for without a kick. */
const POLL_MS = 2_000;

/**
 * Runs mailings: starts scheduled ones when their time comes (the time is in the database, so a
 * restart keeps it), lists each running mailing's recipients a page at a time into queued messages
 * (delivery sends them, at its providers' rates and after quiet hours), and marks a mailing
 * finished once nothing of it is left in the queue. Listing records how far it got with each page,
 * and a message's id is the mailing's and its recipient's: after a crash, listing goes on from the
 * last page recorded, and a page listed twice queues nothing twice.
 */
export function createMailingRunner(deps: CommunicationsDeps, audience: MailingAudience, delivery: Pick<Delivery, 'kick'>) {
  const worker = createKickedWorker(
    async () => {
      await runOnce();
      return 0;
    },
    POLL_MS,
    (error) => deps.logger.error({ err: error }, 'running mailings failed'),
  );
  const stopped = () => worker.stopped();

  async function listRecipients(mailing: Mailing): Promise<void> {
    const { quietHours } = await messagingSettingsOf(deps.db, mailing.companyId);
    let after = mailing.listedUpTo;
    while (!stopped()) {
      // Listing stays a little ahead of sending, not the whole audience ahead: memory stays flat whatever its size.
      if ((await queuedMessagesOf(deps.db, mailing.id, LIST_AHEAD)) >= LIST_AHEAD) {
        await deferListing(deps.db, mailing.id, new Date(deps.clock.now().getTime() + LIST_AGAIN_MS));
        return;
      }
      let page: Awaited<ReturnType<MailingAudience['page']>>;
      try {
        page = await audience.page(mailing, after);
      } catch (error) {
        if (!(error instanceof CommunicationsError && error.code === 'AUDIENCE_NOT_FOUND')) throw error;
        // The audience was deleted while the mailing ran: it goes to those listed so far.
        deps.logger.warn({ mailingId: mailing.id }, 'a running mailing’s audience is gone; it ends with the recipients listed so far');
        await recordListing(deps.db, mailing.id, { upTo: after, done: true, now: deps.clock.now(), leaseMs: LISTING_LEASE_MS });
        return;
      }
      const now = deps.clock.now();
      const messages = mailingMessagesFor(
        mailing,
        page.contacts,
        page.appsOf,
        (contact) => ({ ...mailingValuesFor(contact, page.companyName), ...(contact.language ? { language: contact.language } : {}) }),
        (contact) => sendableAt(now, contact.timeZone, quietHours),
        messageIdFor,
      );
      await queueMailingMessages(deps.sql, mailing, messages);
      void delivery.kick();
      // Not running any more (paused, cancelled): listing stops here, and a resume lists this page again.
      if (!(await recordListing(deps.db, mailing.id, { upTo: page.upTo, done: page.done, now, leaseMs: LISTING_LEASE_MS }))) return;
      if (page.done) return;
      after = page.upTo;
    }
    await releaseListing(deps.db, mailing.id);
  }

  async function runOnce(): Promise<void> {
    await startDueMailings(deps.db, deps.clock.now());
    for (;;) {
      if (stopped()) return;
      const mailing = await leaseMailingToList(deps.db, deps.clock.now(), LISTING_LEASE_MS);
      if (!mailing) break;
      // A failure (a peer not answering) leaves the lease to run out; the mailing is listed on from there later.
      await listRecipients(mailing).catch((error) => deps.logger.error({ err: error, mailingId: mailing.id }, 'listing a mailing’s recipients failed'));
    }
    await finishSentMailings(deps.db, deps.clock.now());
  }

  return { kick: worker.kick, start: worker.start, stop: worker.stop };
}

export type MailingRunner = ReturnType<typeof createMailingRunner>;
