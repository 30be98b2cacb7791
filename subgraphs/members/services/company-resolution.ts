import { findCompany, soleCompanyId } from '../data/companies-store';
import type { MembersDb } from '../data/prisma';
import { DomainError } from '../domain/errors';

const KNOWN_COMPANIES_KEPT = 10_000;
const knownCompanies = new WeakMap<MembersDb, Set<string>>();

function knownCompaniesOf(db: MembersDb): Set<string> {
  const known = knownCompanies.get(db) ?? new Set<string>();
  knownCompanies.set(db, known);
  return known;
}

/**
 * The company a signed-out caller means. Member apps pass `companyId`; on a platform hosting a
 * single program it may be omitted.
 */
export async function resolveCompanyId(db: MembersDb, given: string | null | undefined): Promise<string> {
  if (given) {
    // Companies are never deleted: one found once is there for good, and sign-in codes need not ask again.
    const known = knownCompaniesOf(db);
    if (known.has(given)) return given;
    const company = await findCompany(db, given).catch(() => null);
    if (!company) throw new DomainError('COMPANY_NOT_FOUND', 'No such company', 'companyId');
    if (known.size < KNOWN_COMPANIES_KEPT) known.add(company.id);
    return company.id;
  }
  const sole = await soleCompanyId(db);
  if (!sole) throw new DomainError('COMPANY_REQUIRED', 'companyId is required on this platform', 'companyId');
  return sole;
}
