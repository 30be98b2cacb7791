import { requireOperator } from '../../../infra/auth/access';
import type { Identity } from '../../../infra/auth/identity';
import { runTransaction } from '../../../infra/db/transaction';
import { BusinessError, ValidationErrors } from '../../../infra/errors/business-error';
import { alertRecipientsOf, replaceAlertRecipients } from '../data/alert-recipients-store';
import { recordCommunicationsEvents } from '../data/outbox-store';
import { isEmailAddress } from '../domain/destination';
import { CommunicationsError } from '../domain/errors';
import type { CommunicationsDeps } from './deps';

/** Who configures and reads where limit alerts go: administrators and the security service. */
const ALERT_ROLES = ['ADMIN', 'SECURITY'] as const;
const MAX_RECIPIENTS = 20;

export function createAlertRecipientService(deps: CommunicationsDeps) {
  return {
    list(identity: Identity) {
      return alertRecipientsOf(deps.db, requireOperator(identity, [...ALERT_ROLES]).companyId);
    },

    /** Replaces the addresses the company's limit alerts go to; an empty list sends them nowhere. */
    async setAlertRecipients(identity: Identity, input: { emails: string[] }) {
      const operator = requireOperator(identity, [...ALERT_ROLES]);
      const emails = [...new Set(input.emails.map((email) => email.trim().toLowerCase()))];
      if (emails.length > MAX_RECIPIENTS) throw new CommunicationsError('INVALID_INPUT', `emails: at most ${MAX_RECIPIENTS}`, 'emails');
      const bad = emails.flatMap((email, index) =>
        isEmailAddress(email) && email.length <= 320
          ? []
          : [new BusinessError('INVALID_DESTINATION', `emails.${index}: not an email address`, `emails.${index}`)],
      );
      if (bad.length > 0) throw new ValidationErrors(bad);
      await runTransaction(deps, async (tx) => {
        await replaceAlertRecipients(tx, operator.companyId, emails);
        // In the staff trail: who redirected the alerts (the addresses themselves are not repeated there).
        await recordCommunicationsEvents(tx, identity, [{ type: 'alert_recipients.changed', companyId: operator.companyId, data: { count: emails.length } }]);
      });
      return emails;
    },
  };
}
