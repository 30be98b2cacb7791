import { requireOperator } from '../../../infra/auth/access';
import type { Identity } from '../../../infra/auth/identity';
import { runTransaction } from '../../../infra/db/transaction';
import { BusinessError, ValidationErrors } from '../../../infra/errors/business-error';
import { listInbound } from '../data/inbound-store';
import { type MessagingSettings, messagingSettingsOf, saveMessagingSettings } from '../data/messaging-settings-store';
import { recordCommunicationsEvents } from '../data/outbox-store';
import type { InboundKind } from '../data/prisma';
import { registrationKeywordProblem } from '../domain/inbound';
import { minutesOfDay } from '../domain/quiet-hours';
import type { CommunicationsDeps } from './deps';

export interface UpdateMessagingSettingsInput {
  /** Null: no quiet hours; omitted: as they are. */
  quietHours?: { start: string; end: string } | null;
  /** Null or empty: registration by text off; omitted: as it is. */
  registrationKeyword?: string | null;
}

/** Quiet hours and the registration keyword: admins set them; those who run messaging read them; operators read incoming texts for support. */
export function createMessagingSettingsService(deps: CommunicationsDeps) {
  return {
    get(identity: Identity): Promise<MessagingSettings> {
      return messagingSettingsOf(deps.db, requireOperator(identity, ['ADMIN', 'MARKETER', 'OPERATOR']).companyId);
    },

    async update(identity: Identity, input: UpdateMessagingSettingsInput): Promise<MessagingSettings> {
      const admin = requireOperator(identity, ['ADMIN']);
      const current = await messagingSettingsOf(deps.db, admin.companyId);
      const problems: BusinessError[] = [];
      let quietHours = current.quietHours;
      if (input.quietHours === null) quietHours = null;
      else if (input.quietHours) {
        const start = minutesOfDay(input.quietHours.start);
        const end = minutesOfDay(input.quietHours.end);
        if (start === null) problems.push(new BusinessError('INVALID_INPUT', 'quietHours.start: a time of day, HH:MM', 'quietHours.start'));
        if (end === null) problems.push(new BusinessError('INVALID_INPUT', 'quietHours.end: a time of day, HH:MM', 'quietHours.end'));
        if (start !== null && start === end) problems.push(new BusinessError('INVALID_INPUT', 'quietHours: the end differs from the start', 'quietHours.end'));
        quietHours = start !== null && end !== null ? { start, end } : null;
      }
      let registrationKeyword = current.registrationKeyword;
      if (input.registrationKeyword !== undefined) {
        const keyword = input.registrationKeyword?.trim() || null;
        const problem = keyword ? registrationKeywordProblem(keyword) : null;
        if (problem) problems.push(new BusinessError('INVALID_INPUT', `registrationKeyword: ${problem}`, 'registrationKeyword'));
        registrationKeyword = keyword?.toLocaleUpperCase('en') ?? null;
      }
      if (problems.length > 0) throw new ValidationErrors(problems);
      const settings = { quietHours, registrationKeyword };
      await runTransaction(deps, async (tx) => {
        await saveMessagingSettings(tx, admin.companyId, settings);
        const changed = { quietHours: quietHours !== null, registrationByText: registrationKeyword !== null };
        await recordCommunicationsEvents(tx, identity, [{ type: 'messaging_settings.changed', companyId: admin.companyId, data: changed }]);
      });
      return settings;
    },

    /** The company's incoming texts, newest first: what support reads and answers. */
    inboundMessages(identity: Identity, filter: { kind?: InboundKind | null; first?: number | null }) {
      const operator = requireOperator(identity, ['ADMIN', 'OPERATOR']);
      return listInbound(deps.db, operator.companyId, filter, Math.min(Math.max(filter.first ?? 50, 1), 200));
    },
  };
}
