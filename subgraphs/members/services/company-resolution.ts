import { findCompany, soleCompanyId } from '../data/companies-store';
import type { MembersDb } from '../data/prisma';
import { DomainError } from '../domain/errors';

/**
 * The company a signed-out caller means. Member apps pass `companyId`; on a platform hosting a
 * single program it may be omitted.
 */
export async function resolveCompanyId(db: MembersDb, given: string | null | undefined): Promise<string> {
  if (given) {
    const company = await findCompany(db, given).catch(() => null);
    if (!company) throw new DomainError('COMPANY_NOT_FOUND', 'No such company', 'companyId');
    return company.id;
  }
  const sole = await soleCompanyId(db);
  if (!sole) throw new DomainError('COMPANY_REQUIRED', 'companyId is required on this platform', 'companyId');
  return sole;
}
