import { callInternal, internalUrl } from '../../../infra/internal/internal-call';
import type { PeerUrls } from '../../../infra/internal/peers';
import {
  MEMBER_CONTACT_ROUTE,
  type MemberContact,
  type MemberContactRequest,
  REGISTER_BY_TEXT_ROUTE,
  type RegisterByTextRequest,
  type RegisterByTextResult,
} from '../../../infra/views/member-contact';

/** Where and how a member is reached, asked of the members subgraph by id or by phone; throws when it cannot be asked (the caller retries). */
export type MemberContactReader = (request: MemberContactRequest) => Promise<MemberContact>;
/** Registers whoever texted the registration keyword; throws when the members subgraph cannot be asked. */
export type TextRegistrar = (request: RegisterByTextRequest) => Promise<RegisterByTextResult>;

const TIMEOUT_MS = 2000;

/** The members subgraph's internal calls this one makes, signed with the shared secret. */
export function createMembersCalls(peers: PeerUrls, secret: string): { memberContact: MemberContactReader; registerByText: TextRegistrar } {
  const call =
    <T>(route: string) =>
    (request: object): Promise<T> => {
      if (!peers.members) throw new Error('the members subgraph is not known: it cannot be asked');
      return callInternal<T>(internalUrl(peers.members, route), request, secret, TIMEOUT_MS);
    };
  return { memberContact: call<MemberContact>(MEMBER_CONTACT_ROUTE), registerByText: call<RegisterByTextResult>(REGISTER_BY_TEXT_ROUTE) };
}
