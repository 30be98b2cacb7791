import type { MailingContact } from '../../../infra/views/member-contact';
import type { Channel } from '../data/prisma';
import { type MailingContent, renderMailing } from './mailing-content';
import { type Exclusion, type InstalledApp, mailingDestinationsOf } from './mailing-recipients';
import { smsParts } from './sms-encoding';

/**
 * What a mailing would send, counted before it starts: the audience's members, those it reaches and
 * those it leaves out and why, its messages and (SMS) their parts, by the route they take (a push
 * service, or '' for the channel's one provider), SMS by encoding.
 */
export interface MailingTally {
  members: number;
  recipients: number;
  messages: number;
  segments: number;
  excluded: Record<Exclusion, number>;
  byRoute: Map<string, { messages: number; segments: number }>;
  byEncoding: { GSM7: number; UCS2: number };
}

export function emptyTally(): MailingTally {
  return {
    members: 0,
    recipients: 0,
    messages: 0,
    segments: 0,
    excluded: { NO_CONSENT: 0, NO_CONTACT: 0, BLOCKED: 0 },
    byRoute: new Map(),
    byEncoding: { GSM7: 0, UCS2: 0 },
  };
}

/** Counts a page of the audience into the tally: each SMS's parts are its text rendered for its member. */
export function tallyMailingPage(
  tally: MailingTally,
  mailing: { channel: Channel; content: MailingContent },
  contacts: MailingContact[],
  appsOf: (memberId: string) => InstalledApp[],
  valuesOf: (contact: MailingContact) => Record<string, string>,
): void {
  for (const contact of contacts) {
    tally.members++;
    const reach = mailingDestinationsOf(mailing.channel, contact, appsOf(contact.memberId));
    if (typeof reach === 'string') {
      tally.excluded[reach]++;
      continue;
    }
    tally.recipients++;
    let segments = 0;
    if (mailing.channel === 'SMS') {
      const { parts, encoding } = smsParts(renderMailing(mailing.content, valuesOf(contact)).text);
      segments = parts.length;
      tally.byEncoding[encoding]++;
    }
    for (const to of reach) {
      const route = to.pushService ?? '';
      const counted = tally.byRoute.get(route) ?? { messages: 0, segments: 0 };
      counted.messages++;
      counted.segments += segments;
      tally.byRoute.set(route, counted);
      tally.messages++;
      tally.segments += segments;
    }
  }
}
