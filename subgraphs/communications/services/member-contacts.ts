import { callInternal, internalUrl } from '../../../infra/internal/internal-call';
import type { PeerUrls } from '../../../infra/internal/peers';
import { MEMBER_CONTACT_ROUTE, type MemberContact } from '../../../infra/views/member-contact';

/** Where a member is reached, asked of the members subgraph; throws when it cannot be asked (delivery retries). */
export type MemberContactReader = (companyId: string, memberId: string) => Promise<MemberContact>;

const TIMEOUT_MS = 2000;

export function createMemberContactReader(peers: PeerUrls, secret: string): MemberContactReader {
  return async (companyId, memberId) => {
    if (!peers.members) throw new Error('the members subgraph is not known: member contacts cannot be read');
    return callInternal<MemberContact>(internalUrl(peers.members, MEMBER_CONTACT_ROUTE), { companyId, memberId }, secret, TIMEOUT_MS);
  };
}
