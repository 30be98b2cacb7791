import type { Channel } from '../data/prisma';

/** A message as a provider sends it: rendered, with the platform's stable id. */
export interface OutgoingMessage {
  /** The platform's id (domain/message-id.ts): the same on every attempt, for the provider to drop repeats. */
  id: string;
  companyId: string;
  memberId: string | null;
  channel: Channel;
  destination: string;
  subject: string | null;
  text: string;
}

export interface SentMessage {
  /** The provider's own id, which its delivery reports name; null when it gives none. */
  providerMessageId: string | null;
}

/** A provider's refusal: `retryable` when trying again later may work (timeouts, 5xx, throttling). */
export class ProviderFailure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'ProviderFailure';
  }
}

/**
 * One provider (gateway) a message can go through: each kind (SMTP, SMPP, an HTTP API, push, the
 * development inbox) is a plugin with this shape, so delivery never knows which it talks to.
 */
export interface MessageProvider {
  /** Sends one message; throws ProviderFailure when the provider refuses or cannot be reached. */
  send(message: OutgoingMessage): Promise<SentMessage>;
  /** Releases connections the plugin keeps open. */
  close?(): Promise<void>;
}
