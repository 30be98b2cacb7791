import { randomBytes } from 'node:crypto';
import { ForbiddenError } from '../../../infra/auth/forbidden';
import type { Identity, OperatorRole } from '../../../infra/auth/identity';
import { hashSecret } from '../../../infra/auth/secret-hash';
import { historyStartProblem } from '../../../infra/time/history-bounds';
import { isTimeZone } from '../../../infra/time/time-zone';
import {
  createCompany,
  createOperator,
  createPointOfSale,
  createTerminal,
  findPointOfSale,
  lockCompany,
  saveChannelSetting,
  updateCompany,
  updatePointOfSale,
} from '../data/companies-store';
import { recordEvents } from '../data/outbox-store';
import { checkPasswordStrength, normaliseEmail } from '../domain/contact';
import { DomainError } from '../domain/errors';
import type { MemberState } from '../domain/member-state';
import { PROFILE_FIELDS, type ProfileField, type RegistrationChannel } from '../domain/registration';
import { requireOperator } from './access';
import { inTransaction, type ServiceDeps } from './deps';

export type ReturnPolicy = 'WRITE_OFF_TO_NEGATIVE' | 'FORGIVE';

function requiredText(value: string, field: string, max = 200): string {
  const text = value.trim();
  if (!text || text.length > max) throw new DomainError('INVALID_INPUT', `${field} needs 1 to ${max} characters`, field);
  return text;
}

const operatorEmailTaken = (target: string) =>
  target.includes('email') ? new DomainError('OPERATOR_EMAIL_TAKEN', 'An operator with this email exists', 'adminEmail') : null;

/** The settings other subgraphs enforce, as the company events carry them. */
function companySettingsData(company: { spendingStates: string[]; timeZone: string; historyStartsAt: Date }) {
  return { spendingStates: company.spendingStates, timeZone: company.timeZone, historyStartsAt: company.historyStartsAt.toISOString() };
}

export function createCompanyService(deps: ServiceDeps) {
  return {
    /**
     * A new tenant with its own first administrator: only the platform's operators create them, not
     * a company's administrator. The caller gets no access to it.
     */
    async createCompany(identity: Identity, input: { name: string; posCurrency?: string | null; adminEmail: string; adminPassword: string }) {
      const operator = requireOperator(identity, ['ADMIN']);
      if (!operator.platformOperator) throw new ForbiddenError('Only the platform’s operators create companies');
      const name = requiredText(input.name, 'name');
      const posCurrency = (input.posCurrency ?? 'EUR').trim().toUpperCase();
      if (!/^[A-Z]{3}$/.test(posCurrency)) throw new DomainError('INVALID_INPUT', 'posCurrency is an ISO 4217 code such as EUR', 'posCurrency');
      const email = normaliseEmail(input.adminEmail, 'adminEmail');
      checkPasswordStrength(input.adminPassword, 'adminPassword');
      const passwordHash = await hashSecret(input.adminPassword);
      return inTransaction(
        deps,
        async (tx) => {
          const company = await createCompany(tx, { name, posCurrency });
          // Someone else chose the password: it serves only to choose their own at the first sign-in.
          const admin = await createOperator(tx, { companyId: company.id, email, passwordHash, role: 'ADMIN', passwordChangeRequired: true });
          await recordEvents(tx, deps, identity, null, [
            { type: 'company.created', companyId: company.id, data: { companyId: company.id, name, posCurrency, ...companySettingsData(company) } },
          ]);
          return { company, admin };
        },
        operatorEmailTaken,
      );
    },

    async createOperator(identity: Identity, input: { email: string; password: string; role: OperatorRole }) {
      const admin = requireOperator(identity, ['ADMIN']);
      const email = normaliseEmail(input.email);
      checkPasswordStrength(input.password);
      const passwordHash = await hashSecret(input.password);
      return inTransaction(
        deps,
        async (tx) => {
          const operator = await createOperator(tx, { companyId: admin.companyId, email, passwordHash, role: input.role, passwordChangeRequired: true });
          // Who gave whom which powers is part of the staff trail (staffActions).
          await recordEvents(tx, deps, identity, null, [
            { type: 'operator.created', companyId: admin.companyId, data: { operatorId: operator.id, role: operator.role } },
          ]);
          return operator;
        },
        (target) => (target.includes('email') ? new DomainError('OPERATOR_EMAIL_TAKEN', 'An operator with this email exists', 'email') : null),
      );
    },

    async updateCompanySettings(identity: Identity, input: { spendingStates?: MemberState[] | null; timeZone?: string | null; historyStartsAt?: Date | null }) {
      const admin = requireOperator(identity, ['ADMIN']);
      const states = input.spendingStates;
      if (states?.some((state) => state === 'BLOCKED' || state === 'DELETED')) {
        throw new DomainError('INVALID_INPUT', 'Blocked or opted-out members never spend', 'spendingStates');
      }
      const timeZone = input.timeZone?.trim();
      if (timeZone !== undefined && !isTimeZone(timeZone))
        throw new DomainError('INVALID_INPUT', 'timeZone is an IANA time zone such as Europe/Berlin', 'timeZone');
      const historyStartsAt = input.historyStartsAt ?? undefined;
      const historyProblem = historyStartsAt ? historyStartProblem(historyStartsAt, deps.clock.now()) : null;
      if (historyProblem) throw new DomainError('INVALID_INPUT', historyProblem, 'historyStartsAt');
      return inTransaction(deps, async (tx) => {
        if (historyStartsAt) {
          // The ledger moves the start first, or refuses when an operation is dated before it (nothing
          // counts before the start); this company's row stays locked until the setting commits.
          await lockCompany(tx, admin.companyId);
          const move = await deps.moveHistoryStart?.(admin.companyId, historyStartsAt);
          if (move && !move.moved) {
            throw new DomainError(
              'HISTORY_HAS_OPERATIONS',
              `Operations are dated from ${move.earliestAt.toISOString()}: the history can start no later than that`,
              'historyStartsAt',
            );
          }
        }
        const company = await updateCompany(tx, admin.companyId, {
          ...(states ? { spendingStates: [...new Set(states)] } : {}),
          ...(timeZone ? { timeZone } : {}),
          ...(historyStartsAt ? { historyStartsAt } : {}),
        });
        await recordEvents(tx, deps, identity, null, [{ type: 'company.settings_changed', companyId: company.id, data: companySettingsData(company) }]);
        return company;
      });
    },

    async configureRegistrationChannel(identity: Identity, input: { channel: RegistrationChannel; enabled: boolean; requiredFields: string[] }) {
      const admin = requireOperator(identity, ['ADMIN']);
      const unknown = input.requiredFields.filter((field) => !PROFILE_FIELDS.includes(field as ProfileField));
      if (unknown.length > 0) {
        throw new DomainError('INVALID_INPUT', `Unknown fields: ${unknown.join(', ')}; choose from ${PROFILE_FIELDS.join(', ')}`, 'requiredFields');
      }
      return inTransaction(deps, (tx) =>
        saveChannelSetting(tx, {
          companyId: admin.companyId,
          channel: input.channel,
          enabled: input.enabled,
          requiredFields: [...new Set(input.requiredFields)],
        }),
      );
    },

    async createPointOfSale(
      identity: Identity,
      input: {
        name: string;
        address?: string | null;
        confirmPaymentBySms?: boolean | null;
        allowPhonePaymentWithoutCode?: boolean | null;
        returnPolicy?: ReturnPolicy | null;
      },
    ) {
      const admin = requireOperator(identity, ['ADMIN']);
      return inTransaction(deps, async (tx) => {
        const pointOfSale = await createPointOfSale(tx, {
          companyId: admin.companyId,
          name: requiredText(input.name, 'name'),
          address: input.address?.trim() || null,
          confirmPaymentBySms: input.confirmPaymentBySms ?? false,
          allowPhonePaymentWithoutCode: input.allowPhonePaymentWithoutCode ?? false,
          returnPolicy: input.returnPolicy ?? 'WRITE_OFF_TO_NEGATIVE',
        });
        await recordEvents(tx, deps, identity, null, [
          { type: 'point_of_sale.created', companyId: admin.companyId, data: { ...pointOfSale, createdAt: pointOfSale.createdAt.toISOString() } },
        ]);
        return pointOfSale;
      });
    },

    async updatePointOfSale(
      identity: Identity,
      input: {
        pointOfSaleId: string;
        name?: string | null;
        address?: string | null;
        confirmPaymentBySms?: boolean | null;
        allowPhonePaymentWithoutCode?: boolean | null;
        returnPolicy?: ReturnPolicy | null;
      },
    ) {
      const admin = requireOperator(identity, ['ADMIN']);
      return inTransaction(deps, async (tx) => {
        const existing = await findPointOfSale(tx, admin.companyId, input.pointOfSaleId);
        if (!existing) throw new DomainError('POINT_OF_SALE_NOT_FOUND', 'No such point of sale', 'pointOfSaleId');
        const pointOfSale = await updatePointOfSale(tx, existing.id, {
          ...(input.name != null ? { name: requiredText(input.name, 'name') } : {}),
          ...(input.address !== undefined ? { address: input.address?.trim() || null } : {}),
          ...(input.confirmPaymentBySms != null ? { confirmPaymentBySms: input.confirmPaymentBySms } : {}),
          ...(input.allowPhonePaymentWithoutCode != null ? { allowPhonePaymentWithoutCode: input.allowPhonePaymentWithoutCode } : {}),
          ...(input.returnPolicy != null ? { returnPolicy: input.returnPolicy } : {}),
        });
        await recordEvents(tx, deps, identity, null, [
          { type: 'point_of_sale.updated', companyId: admin.companyId, data: { ...pointOfSale, createdAt: pointOfSale.createdAt.toISOString() } },
        ]);
        return pointOfSale;
      });
    },

    /** The secret is returned once and stored only as a slow hash. */
    async createPosTerminal(identity: Identity, input: { pointOfSaleId: string; name: string }) {
      const admin = requireOperator(identity, ['ADMIN']);
      const secret = randomBytes(24).toString('base64url');
      const secretHash = await hashSecret(secret);
      return inTransaction(deps, async (tx) => {
        const pointOfSale = await findPointOfSale(tx, admin.companyId, input.pointOfSaleId);
        if (!pointOfSale) throw new DomainError('POINT_OF_SALE_NOT_FOUND', 'No such point of sale', 'pointOfSaleId');
        const terminal = await createTerminal(tx, {
          companyId: admin.companyId,
          pointOfSaleId: pointOfSale.id,
          name: requiredText(input.name, 'name'),
          secretHash,
        });
        await recordEvents(tx, deps, identity, null, [
          { type: 'pos_terminal.created', companyId: admin.companyId, data: { terminalId: terminal.id, pointOfSaleId: pointOfSale.id } },
        ]);
        return { terminal, secret };
      });
    },
  };
}
