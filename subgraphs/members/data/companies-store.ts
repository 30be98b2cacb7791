import type { ChannelSetting, ProfileField } from '../domain/registration';
import type { MembersDb, Prisma } from './prisma';

export function findCompany(db: MembersDb, id: string) {
  return db.company.findUnique({ where: { id } });
}

export function countCompanies(db: MembersDb) {
  return db.company.count();
}

/** The only company, when the platform hosts exactly one (lets sign-in omit the company id). */
export async function soleCompanyId(db: MembersDb): Promise<string | null> {
  const companies = await db.company.findMany({ select: { id: true }, take: 2 });
  return companies.length === 1 ? (companies[0]?.id ?? null) : null;
}

export function createCompany(tx: MembersDb, data: Prisma.CompanyUncheckedCreateInput) {
  return tx.company.create({ data });
}

export function updateCompany(tx: MembersDb, id: string, data: Prisma.CompanyUncheckedUpdateInput) {
  return tx.company.update({ where: { id }, data });
}

/** Stored channel settings (fields are validated against PROFILE_FIELDS when saved). */
export async function channelSettings(db: MembersDb, companyId: string): Promise<ChannelSetting[]> {
  const rows = await db.registrationChannelSetting.findMany({ where: { companyId } });
  return rows.map((row) => ({ channel: row.channel, enabled: row.enabled, requiredFields: row.requiredFields as ProfileField[] }));
}

export function saveChannelSetting(tx: MembersDb, data: Prisma.RegistrationChannelSettingUncheckedCreateInput) {
  const { companyId, channel, ...rest } = data;
  return tx.registrationChannelSetting.upsert({
    where: { companyId_channel: { companyId, channel } },
    create: data,
    update: rest,
  });
}

export function findOperatorByEmail(db: MembersDb, email: string) {
  return db.operator.findUnique({ where: { email } });
}

export function countOperators(db: MembersDb) {
  return db.operator.count();
}

export function findOperator(db: MembersDb, id: string) {
  return db.operator.findUnique({ where: { id } });
}

export function setOperatorPassword(db: MembersDb, id: string, passwordHash: string) {
  return db.operator.update({ where: { id }, data: { passwordHash, passwordChangeRequired: false } });
}

export function createOperator(tx: MembersDb, data: Prisma.OperatorUncheckedCreateInput) {
  return tx.operator.create({ data });
}

export function findPointOfSale(db: MembersDb, companyId: string, id: string) {
  return db.pointOfSale.findFirst({ where: { id, companyId } });
}

export function createPointOfSale(tx: MembersDb, data: Prisma.PointOfSaleUncheckedCreateInput) {
  return tx.pointOfSale.create({ data });
}

export function updatePointOfSale(tx: MembersDb, id: string, data: Prisma.PointOfSaleUncheckedUpdateInput) {
  return tx.pointOfSale.update({ where: { id }, data });
}

export function findTerminal(db: MembersDb, id: string) {
  return db.posTerminal.findUnique({ where: { id } });
}

export function createTerminal(tx: MembersDb, data: Prisma.PosTerminalUncheckedCreateInput) {
  return tx.posTerminal.create({ data });
}

/** Locks the company's row for a change of its settings that another subgraph must agree to first. */
export async function lockCompany(tx: MembersDb, id: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM companies WHERE id = ${id}::uuid FOR UPDATE`;
}
