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
  /** Email: the HTML alternative; without one the text is shown as a paragraph. */
  html?: string;
  /** A code or another message someone waits for: providers with priorities send it first. */
  urgent?: boolean;
  /** Push: the service the destination token belongs to. */
  pushService?: 'FCM' | 'APNS' | 'HMS';
  /** Push and Viber: an image shown with (or instead of) the text. */
  imageUrl?: string;
  /** Viber: a button that opens a link. */
  button?: { caption: string; url: string };
  /**
   * Asked once the provider's rate lets the message go: false withdraws it (its mailing was paused
   * or cancelled while it waited its turn), and the send throws SendWithdrawn. Not for plugins.
   */
  stillWanted?: () => Promise<boolean>;
  /** A social network: the template it moderated that the text goes into (a mailing's own; else the provider's). */
  socialTemplateId?: string;
}

export interface SentMessage {
  /** The provider's own ids (one per part of a long SMS), which its delivery reports name; none when it gives none. */
  providerMessageIds: string[];
}

/**
 * A provider's refusal: `retryable` when trying again later may work (timeouts, 5xx, throttling);
 * `invalidDestination` when the provider says the destination is gone for good (a push token its
 * service no longer knows), so nothing more should go there.
 */
export class ProviderFailure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly invalidDestination = false,
  ) {
    super(message);
    this.name = 'ProviderFailure';
  }
}

/** The send was withdrawn before it went (OutgoingMessage.stillWanted): nothing was sent. */
export class SendWithdrawn extends Error {
  constructor() {
    super('Withdrawn before it went');
  }
}

/** A provider's word on a message it took, after the fact: a delivery receipt or a status callback. */
export interface DeliveryReport {
  /** The provider's id for the message (for a long SMS, any part's). */
  providerMessageId: string;
  delivered: boolean;
  /** The provider's own status word (DELIVRD, UNDELIV, EXPIRED…). */
  status: string;
}

/** A callback body the plugin will not read (too many statuses, not its format): answered 400. */
export class CallbackRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CallbackRefused';
  }
}

/** A text a member sent in (an SMPP deliver_sm that is not a receipt, or a provider's callback). */
export interface IncomingText {
  /** The sender's phone, E.164. */
  from: string;
  text: string;
}

/** What a provider tells the platform on its own: delivery reports and incoming texts. */
export interface ProviderHooks {
  deliveryReport(report: DeliveryReport): Promise<void>;
  /**
   * A status the provider called back with: recorded at once or not at all (never waited on, so
   * a caller cannot make the platform retry for it); answers whether it named a message sent
   * through this provider (one whose status was already final stays as it was).
   */
  statusReport(report: DeliveryReport): Promise<boolean>;
  incoming(message: IncomingText): Promise<void>;
  /**
   * For providers asked for statuses (no callbacks): the ids of up to `limit` messages sent through
   * this provider that still wait for a final word, each held back `againInMs` before it is offered again.
   */
  awaitingReport(limit: number, againInMs: number): Promise<string[]>;
  /** Something the plugin does on its own went wrong (it goes on): for the operators' log. */
  warn(what: string, error: unknown): void;
  /**
   * Where the provider may call back with statuses (the gateway's public provider-callbacks route,
   * with this provider's id and a token only the platform can make); null when the platform has no
   * public address (PUBLIC_URL), so the provider is not asked to call.
   */
  callbackUrl(): string | null;
}

/**
 * One provider (gateway) a message can go through: each kind (SMTP, SMPP, an HTTP API, push, the
 * development inbox) is a plugin with this shape, so delivery never knows which it talks to.
 */
export interface MessageProvider {
  /** Sends one message; throws ProviderFailure when the provider refuses or cannot be reached. */
  send(message: OutgoingMessage): Promise<SentMessage>;
  /**
   * A call the provider made to the platform's callback URL (hooks.callbackUrl), its body's text as
   * sent: the plugin reads the statuses it carries and records them (hooks.statusReport). Answers
   * how many named a message; throws CallbackRefused for a body it will not read. Providers without
   * callbacks leave it out.
   */
  receiveCallback?(body: string): Promise<number>;
  /** Keeps a link open to hear what the provider sends on its own (texts in), where the plugin listens on one. */
  listen?(): void;
  /** Releases connections the plugin keeps open. */
  close?(): Promise<void>;
}
