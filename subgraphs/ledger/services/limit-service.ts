import { requireOperator } from '../../../infra/auth/access';
import type { Identity } from '../../../infra/auth/identity';
import { BusinessError, ValidationErrors } from '../../../infra/errors/business-error';
import { requireCurrency } from '../data/currencies-store';
import { companyHas } from '../data/refs-store';
import { LedgerError } from '../domain/errors';
import { UUID } from '../domain/ids';
import { LIMIT_METRICS, type LimitMetric, type LimitPeriod, type LimitWindow, limitDefinitionProblems } from '../domain/limits';
import type { Decimal } from '../domain/money';
import { changeConfiguration } from './configuration-change';
import type { LedgerDeps } from './deps';

export interface LimitInput {
  name: string;
  metric: LimitMetric;
  period?: LimitPeriod | null;
  window?: LimitWindow | null;
  /** Amount limits count in this currency (the default one when omitted); counts ignore it. */
  currency?: string | null;
  subjectId?: string | null;
  alertAt?: Decimal | null;
  refuseAbove: Decimal;
}

/** What a limit's events say of it. */
function limitEventData(limit: { id: string; metric: string; active: boolean; alertAt: { toString(): string } | null; refuseAbove: { toString(): string } }) {
  return {
    limitId: limit.id,
    metric: limit.metric,
    active: limit.active,
    alertAt: limit.alertAt?.toString() ?? null,
    refuseAbove: limit.refuseAbove.toString(),
  };
}

/** Limits are set by administrators and the security service, and read by them. */
const LIMIT_ROLES = ['ADMIN', 'SECURITY'] as const;

export function createLimitService(deps: LedgerDeps) {
  /**
   * A limit may narrow itself only to a terminal or point of sale of the caller's company: one
   * naming another company's would never apply, yet would tell the caller that id exists.
   */
  async function requireOwnSubject(companyId: string, metric: LimitMetric, subjectId: string) {
    const { scope } = LIMIT_METRICS[metric];
    if (scope === 'CARD' || !(await companyHas(deps.db, companyId, scope, subjectId))) {
      const named = scope === 'TERMINAL' ? 'terminal' : 'point of sale';
      throw new LedgerError('LIMIT_SUBJECT_NOT_FOUND', `subjectId: no ${named} of this company has this id`, 'subjectId');
    }
  }

  /** The stored form of a limit definition, refused with every problem at once. */
  async function definition(companyId: string, input: LimitInput) {
    const name = input.name.trim();
    const problems = limitDefinitionProblems({
      metric: input.metric,
      period: input.period ?? null,
      alertAt: input.alertAt ?? null,
      refuseAbove: input.refuseAbove,
      subjectId: input.subjectId ?? null,
    }).map((p) => new BusinessError('INVALID_INPUT', `${p.field}: ${p.message}`, p.field));
    if (!name || name.length > 200) problems.push(new BusinessError('INVALID_INPUT', 'name: 1 to 200 characters', 'name'));
    if (input.subjectId && !UUID.test(input.subjectId))
      problems.push(new BusinessError('INVALID_INPUT', 'subjectId: a terminal or point-of-sale id', 'subjectId'));
    if (problems.length > 0) throw new ValidationErrors(problems);
    if (input.subjectId) await requireOwnSubject(companyId, input.metric, input.subjectId);
    const counts = LIMIT_METRICS[input.metric].measure === 'COUNT';
    const currency = counts ? null : await requireCurrency(deps.db, companyId, input.currency);
    return {
      name,
      metric: input.metric,
      period: input.period ?? null,
      window: input.window ?? 'ROLLING',
      currencyId: currency?.id ?? null,
      subjectId: input.subjectId ?? null,
      alertAt: input.alertAt?.toFixed(2) ?? null,
      refuseAbove: input.refuseAbove.toFixed(2),
    };
  }

  async function ownLimit(companyId: string, id: string) {
    const limit = UUID.test(id) ? await deps.db.limit.findFirst({ where: { id, companyId } }) : null;
    if (!limit) throw new LedgerError('LIMIT_NOT_FOUND', 'No such limit in this company', 'limitId');
    return limit;
  }

  return {
    async createLimit(identity: Identity, input: LimitInput) {
      const admin = requireOperator(identity, [...LIMIT_ROLES]);
      const data = { companyId: admin.companyId, ...(await definition(admin.companyId, input)) };
      return changeConfiguration(
        deps,
        identity,
        (tx) => tx.limit.create({ data }),
        (limit) => ({ type: 'limit.created', companyId: admin.companyId, data: limitEventData(limit) }),
      );
    },

    /** Replaces a limit's definition; it applies from the next operation on. */
    async updateLimit(identity: Identity, input: LimitInput & { limitId: string; active?: boolean | null }) {
      const admin = requireOperator(identity, [...LIMIT_ROLES]);
      const limit = await ownLimit(admin.companyId, input.limitId);
      const data = { ...(await definition(admin.companyId, input)), ...(input.active != null ? { active: input.active } : {}) };
      return changeConfiguration(
        deps,
        identity,
        (tx) => tx.limit.update({ where: { id: limit.id }, data }),
        (updated) => ({ type: 'limit.updated', companyId: admin.companyId, data: limitEventData(updated) }),
      );
    },

    listLimits(identity: Identity) {
      const admin = requireOperator(identity, [...LIMIT_ROLES]);
      return deps.db.limit.findMany({ where: { companyId: admin.companyId }, orderBy: { createdAt: 'asc' } });
    },

    /** The company whose limit alerts the caller may read (administrators and security only). */
    companyOf(identity: Identity): string {
      return requireOperator(identity, [...LIMIT_ROLES]).companyId;
    },
  };
}
