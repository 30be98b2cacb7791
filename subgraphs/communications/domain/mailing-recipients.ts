import type { MailingContact } from '../../../infra/views/member-contact';
import type { Channel } from '../data/prisma';
import type { PushServiceName } from './device-token';

/** Why a member of a mailing's audience gets none of its messages. */
export type Exclusion = 'NO_CONSENT' | 'NO_CONTACT' | 'BLOCKED';

export const EXCLUSION_REASONS: Record<Exclusion, string> = {
  NO_CONSENT: 'The member has not consented to marketing over this channel',
  NO_CONTACT: 'The member has no phone, email or app installation this channel reaches',
  BLOCKED: 'The member is blocked',
};

/** Where one of a mailing's messages to a member goes: a phone, an email, or one app installation. */
export interface MailingDestination {
  destination: string;
  deviceId: string | null;
  pushService: PushServiceName | null;
}

export interface InstalledApp {
  id: string;
  token: string;
  service: PushServiceName;
}

/**
 * Whom a mailing reaches of a member, and where: marketing needs the member's consent for the
 * channel; SMS, Viber and social networks reach the phone, email the address, a push each app
 * installation in use (those of a push service the company reaches).
 */
export function mailingDestinationsOf(channel: Channel, contact: MailingContact, apps: InstalledApp[]): MailingDestination[] | Exclusion {
  if (contact.blocked) return 'BLOCKED';
  if (!contact.marketingConsents.includes(channel)) return 'NO_CONSENT';
  if (channel === 'PUSH') {
    if (apps.length === 0) return 'NO_CONTACT';
    return apps.map((app) => ({ destination: app.token, deviceId: app.id, pushService: app.service }));
  }
  const destination = channel === 'EMAIL' ? contact.email : contact.phone;
  return destination ? [{ destination, deviceId: null, pushService: null }] : 'NO_CONTACT';
}

/** One of a mailing's messages: queued to go, or recorded as not going (UNSUBSCRIBED, UNDELIVERABLE) with why. */
export interface MailingMessage {
  id: string;
  memberId: string;
  destination: string;
  variables: Record<string, string>;
  deviceId: string | null;
  notBefore: Date | null;
  status: 'QUEUED' | 'UNSUBSCRIBED' | 'UNDELIVERABLE';
  reason: string | null;
}

/**
 * A page of a mailing's messages: one per member and destination, its id from the mailing's and
 * the member's (or app installation's), so listing a page again after a restart makes none twice;
 * a member the mailing cannot go to gets one message recording why. `notBefore` says when each may
 * go (quiet hours in the member's time zone).
 */
export function mailingMessagesFor(
  mailing: { id: string; channel: Channel },
  contacts: MailingContact[],
  appsOf: (memberId: string) => InstalledApp[],
  valuesOf: (contact: MailingContact) => Record<string, string>,
  notBefore: (contact: MailingContact) => Date,
  idFor: (cause: string, recipient: string, channel: string) => string,
): MailingMessage[] {
  return contacts.flatMap((contact): MailingMessage[] => {
    const reach = mailingDestinationsOf(mailing.channel, contact, appsOf(contact.memberId));
    if (typeof reach === 'string') {
      const status = reach === 'NO_CONSENT' ? 'UNSUBSCRIBED' : 'UNDELIVERABLE';
      const id = idFor(mailing.id, contact.memberId, mailing.channel);
      return [{ id, memberId: contact.memberId, destination: '', variables: {}, deviceId: null, notBefore: null, status, reason: EXCLUSION_REASONS[reach] }];
    }
    const values = valuesOf(contact);
    const at = notBefore(contact);
    return reach.map((to) => ({
      id: idFor(mailing.id, to.deviceId ?? contact.memberId, mailing.channel),
      memberId: contact.memberId,
      destination: to.destination,
      variables: to.pushService ? { ...values, pushService: to.pushService } : values,
      deviceId: to.deviceId,
      notBefore: at,
      status: 'QUEUED' as const,
      reason: null,
    }));
  });
}
