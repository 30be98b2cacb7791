import { requireOperator } from '../../../infra/auth/access';
import type { Identity } from '../../../infra/auth/identity';
import { isUuid } from '../../../infra/text/uuid';
import { listMessages, type MessageFilter } from '../data/messages-store';
import type { CommunicationsDeps } from './deps';

/** The kinds the security service follows: where its alerts went. */
const SECURITY_KINDS = ['limit.alert'];

/**
 * What became of the messages the platform sent: support (admins, operators) sees all of its
 * company's, to tell a member whether a code went out; the security service sees its alerts.
 */
export function createMessageStatusService(deps: CommunicationsDeps) {
  return {
    messages(identity: Identity, filter: MessageFilter & { first?: number | null }) {
      const operator = requireOperator(identity, ['ADMIN', 'OPERATOR', 'SECURITY']);
      // An id that cannot be a member's names no member: nothing to show.
      if (filter.memberId && !isUuid(filter.memberId)) return Promise.resolve([]);
      const kinds = operator.role === 'SECURITY' ? SECURITY_KINDS : null;
      const first = Math.min(Math.max(filter.first ?? 50, 1), 200);
      return listMessages(deps.db, operator.companyId, { ...filter, kinds }, first);
    },
  };
}
