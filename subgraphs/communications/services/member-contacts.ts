import { callInternal, internalUrl } from '../../../infra/internal/internal-call';
import { AUDIENCE_MEMBERS_ROUTE, type AudienceMembersAnswer, type AudienceMembersRequest } from '../../../infra/internal/offers-queries';
import type { PeerUrls } from '../../../infra/internal/peers';
import {
  MEMBER_CONTACT_ROUTE,
  MEMBER_CONTACTS_ROUTE,
  type MemberContact,
  type MemberContactRequest,
  type MemberContactsAnswer,
  type MemberContactsRequest,
  REGISTER_BY_TEXT_ROUTE,
  type RegisterByTextRequest,
  type RegisterByTextResult,
} from '../../../infra/views/member-contact';

/** Where and how a member is reached, asked of the members subgraph by id or by phone; throws when it cannot be asked (the caller retries). */
export type MemberContactReader = (request: MemberContactRequest) => Promise<MemberContact>;
/** Many members' contacts (a mailing's page of recipients); throws when the members subgraph cannot be asked. */
export type MemberContactsReader = (request: MemberContactsRequest) => Promise<MemberContactsAnswer>;
/** A page of a target audience's members, asked of the offers subgraph; throws when it cannot be asked. */
export type AudienceMembersReader = (request: AudienceMembersRequest) => Promise<AudienceMembersAnswer>;
/** Registers whoever texted the registration keyword; throws when the members subgraph cannot be asked. */
export type TextRegistrar = (request: RegisterByTextRequest) => Promise<RegisterByTextResult>;

const TIMEOUT_MS = 2000;
/** A page of thousands of members takes longer than one member. */
const PAGE_TIMEOUT_MS = 30_000;

/** The internal calls this subgraph makes to the members and offers subgraphs, signed with the shared secret. */
export function createPeerCalls(peers: PeerUrls, secret: string) {
  const call =
    <T>(peer: 'members' | 'offers', route: string, timeoutMs = TIMEOUT_MS) =>
    (request: object): Promise<T> => {
      const url = peers[peer];
      if (!url) throw new Error(`the ${peer} subgraph is not known: it cannot be asked`);
      return callInternal<T>(internalUrl(url, route), request, secret, timeoutMs);
    };
  return {
    memberContact: call<MemberContact>('members', MEMBER_CONTACT_ROUTE) satisfies MemberContactReader,
    registerByText: call<RegisterByTextResult>('members', REGISTER_BY_TEXT_ROUTE) satisfies TextRegistrar,
    memberContacts: call<MemberContactsAnswer>('members', MEMBER_CONTACTS_ROUTE, PAGE_TIMEOUT_MS) satisfies MemberContactsReader,
    audienceMembers: call<AudienceMembersAnswer>('offers', AUDIENCE_MEMBERS_ROUTE, PAGE_TIMEOUT_MS) satisfies AudienceMembersReader,
  };
}
