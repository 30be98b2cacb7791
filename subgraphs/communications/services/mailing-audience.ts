import { type MailingContact, MEMBER_CONTACTS_PAGE } from '../../../infra/views/member-contact';
import { activeDevicesOfMembers } from '../data/devices-store';
import type { Channel } from '../data/prisma';
import type { PushServiceName } from '../domain/device-token';
import { CommunicationsError } from '../domain/errors';
import type { InstalledApp } from '../domain/mailing-recipients';
import type { CommunicationsDeps } from './deps';
import { pushServicesReached } from './push-reach';

/** A page of a mailing's audience: the members' contacts in id order, and where the next page starts. */
export interface AudiencePage {
  contacts: MailingContact[];
  companyName: string;
  /** The company's money. */
  currency: string;
  /** The last member id the page covered: the next page starts after it. */
  upTo: string | null;
  /** No page follows. */
  done: boolean;
  /** A push mailing: each member's app installations its company reaches. */
  appsOf: (memberId: string) => InstalledApp[];
}

export interface AudienceOf {
  companyId: string;
  channel: Channel;
  audienceId: string | null;
}

/**
 * Who a mailing goes to, a page at a time: the target audience's members (asked of the offers
 * subgraph, their contacts of the members subgraph), or with no audience every member with consent
 * for the channel. Throws AUDIENCE_NOT_FOUND when the audience is gone, and whatever the peers'
 * calls throw when they cannot be asked.
 */
export function createMailingAudience(deps: Pick<CommunicationsDeps, 'db' | 'production' | 'memberContacts' | 'audienceMembers'>) {
  /** A page of the audience's member ids (offers), after `after`. */
  async function audienceIdsPage(mailing: AudienceOf, audienceId: string, after: string | null, limit: number) {
    const members = await deps.audienceMembers({ companyId: mailing.companyId, audienceId, after, limit });
    if (!members.found) throw new CommunicationsError('AUDIENCE_NOT_FOUND', 'The company has no target audience with this id', 'audienceId');
    return { memberIds: members.memberIds, upTo: members.memberIds.at(-1) ?? after, done: members.memberIds.length < limit };
  }

  /** Contacts of a page of ids: asked even for none, as the answer names the company and its money. */
  async function contactsOfIds(mailing: AudienceOf, ids: { memberIds: string[]; upTo: string | null; done: boolean }) {
    const answer = await deps.memberContacts({ companyId: mailing.companyId, memberIds: ids.memberIds });
    return { ...answer, upTo: ids.upTo, done: ids.done };
  }

  async function contactsOfPage(mailing: AudienceOf, after: string | null, limit: number) {
    const { companyId, channel, audienceId } = mailing;
    if (!audienceId) {
      const answer = await deps.memberContacts({ companyId, consentTo: channel, after, limit });
      const done = answer.contacts.length < limit;
      return { ...answer, upTo: answer.contacts.at(-1)?.memberId ?? after, done };
    }
    return contactsOfIds(mailing, await audienceIdsPage(mailing, audienceId, after, limit));
  }

  async function appsOfMembers(mailing: AudienceOf, contacts: MailingContact[]): Promise<(memberId: string) => InstalledApp[]> {
    if (mailing.channel !== 'PUSH') return () => [];
    const reachable = await pushServicesReached(deps, mailing.companyId);
    const apps = new Map<string, InstalledApp[]>();
    for (const device of await activeDevicesOfMembers(
      deps.db,
      contacts.map((contact) => contact.memberId),
    )) {
      if (reachable !== 'ALL' && !reachable.has(device.service)) continue;
      apps.set(device.memberId, [...(apps.get(device.memberId) ?? []), { id: device.id, token: device.token, service: device.service as PushServiceName }]);
    }
    return (memberId) => apps.get(memberId) ?? [];
  }

  return {
    /** The page after `after` (null: the first). */
    async page(mailing: AudienceOf, after: string | null, limit = MEMBER_CONTACTS_PAGE): Promise<AudiencePage> {
      const page = await contactsOfPage(mailing, after, limit);
      return { ...page, appsOf: await appsOfMembers(mailing, page.contacts) };
    },
    /**
     * Every page of the audience in turn, for a count: the offers subgraph is asked for the next
     * page's ids while the members subgraph answers this page's contacts (their calls overlap).
     */
    async *pages(mailing: AudienceOf): AsyncGenerator<AudiencePage> {
      const { audienceId } = mailing;
      if (!audienceId) {
        for (let after: string | null = null; ; ) {
          const page = await this.page(mailing, after);
          yield page;
          if (page.done) return;
          after = page.upTo;
        }
      }
      let ids = await audienceIdsPage(mailing, audienceId, null, MEMBER_CONTACTS_PAGE);
      for (;;) {
        const next = ids.done ? null : audienceIdsPage(mailing, audienceId, ids.upTo, MEMBER_CONTACTS_PAGE);
        // A failed look-ahead surfaces when it is awaited, not as an unhandled rejection meanwhile.
        next?.catch(() => {});
        const page = await contactsOfIds(mailing, ids);
        yield { ...page, appsOf: await appsOfMembers(mailing, page.contacts) };
        if (!next) return;
        ids = await next;
      }
    },
    /** The members named, as a page of the mailing's audience would have them (whether or not they are in it). */
    async members(mailing: AudienceOf, memberIds: string[]): Promise<AudiencePage> {
      const answer = await deps.memberContacts({ companyId: mailing.companyId, memberIds });
      return { ...answer, upTo: null, done: true, appsOf: await appsOfMembers(mailing, answer.contacts) };
    },
    /** Whether the company has the audience (one member is asked for). */
    async exists(companyId: string, audienceId: string): Promise<boolean> {
      return (await deps.audienceMembers({ companyId, audienceId, after: null, limit: 1 })).found;
    },
  };
}

export type MailingAudience = ReturnType<typeof createMailingAudience>;
