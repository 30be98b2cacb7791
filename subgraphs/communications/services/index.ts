import { createAlertRecipientService } from './alert-recipient-service';
import { createDelivery } from './delivery';
import type { CommunicationsDeps } from './deps';
import { createDeviceService } from './device-service';
import { createEventMessageHandler } from './event-messages';
import { createInbound } from './inbound';
import { createInboxService } from './inbox-service';
import { createMailingAudience } from './mailing-audience';
import { createMailingRunner } from './mailing-runner';
import { createMailingService } from './mailing-service';
import { createMemberEventHandler } from './member-events';
import { createMessageStatusService } from './message-status-service';
import { createMessagingSettingsService } from './messaging-settings-service';
import { createProviderPool } from './provider-pool';
import { createProviderService } from './provider-service';
import { createSettingsCache } from './settings-cache';
import { createTemplateService } from './template-service';
import { createTicketService } from './ticket-service';

/** The communications subgraph's use cases. */
export function createCommunicationsServices(deps: CommunicationsDeps) {
  // Texts heard by a provider go to the inbound handler, which needs delivery, which needs the pool.
  const settings = createSettingsCache();
  const pool = createProviderPool(deps, settings, (source, message) => inbound.receive(source, message));
  const delivery = createDelivery(deps, pool, settings);
  const inbound = createInbound(deps, delivery);
  const audience = createMailingAudience(deps);
  const mailingRunner = createMailingRunner(deps, audience, delivery);
  return {
    delivery,
    inbound,
    providers: createProviderService(deps, pool, settings),
    alertRecipients: createAlertRecipientService(deps),
    messagingSettings: createMessagingSettingsService(deps),
    templates: createTemplateService(deps, settings),
    messageStatus: createMessageStatusService(deps),
    devices: createDeviceService(deps),
    inbox: createInboxService(deps),
    mailings: createMailingService(deps, audience, () => {
      void mailingRunner.kick();
      void delivery.kick();
    }),
    mailingRunner,
    tickets: createTicketService(deps),
    eventMessages: createEventMessageHandler(deps, delivery),
    /** Another instance changed a provider or template: forget the copies kept here. */
    forgetSettings: settings.changed,
    /** A provider called its callback URL: see ProviderPool.receiveCallback (throws CallbackRefused for a body its plugin refuses). */
    receiveProviderCallback: pool.receiveCallback,
    handleMemberEvent: createMemberEventHandler(deps),
    /** Starts the background work: delivery, mailings, the retry of texts not handled, providers that listen. */
    async start() {
      delivery.start();
      mailingRunner.start();
      inbound.start();
      await pool.openAll();
    },
    /** Stops it and closes the providers' connections. */
    async stop() {
      inbound.stop();
      await mailingRunner.stop();
      await delivery.stop();
      await pool.closeAll();
    },
  };
}

export type CommunicationsServices = ReturnType<typeof createCommunicationsServices>;
