import { createAlertRecipientService } from './alert-recipient-service';
import { createDelivery } from './delivery';
import type { CommunicationsDeps } from './deps';
import { createEventMessageHandler } from './event-messages';
import { createMemberEventHandler } from './member-events';
import { createProviderPool } from './provider-pool';
import { createProviderService } from './provider-service';

/** The communications subgraph's use cases. */
export function createCommunicationsServices(deps: CommunicationsDeps) {
  const pool = createProviderPool(deps);
  const delivery = createDelivery(deps, pool);
  return {
    delivery,
    providers: createProviderService(deps, pool),
    alertRecipients: createAlertRecipientService(deps),
    handleEvent: createEventMessageHandler(deps, delivery),
    handleMemberEvent: createMemberEventHandler(deps),
    /** Closes the providers' connections. */
    close: () => pool.closeAll(),
  };
}

export type CommunicationsServices = ReturnType<typeof createCommunicationsServices>;
