import type { Channel, CommunicationsDb, Prisma, Provider } from './prisma';

/** The provider a company's messages over a channel go through: its active one, the newest if several. */
export function findActiveProvider(db: CommunicationsDb, companyId: string, channel: Channel): Promise<Provider | null> {
  return db.provider.findFirst({ where: { companyId, channel, active: true }, orderBy: { updatedAt: 'desc' } });
}

/** The company's active providers of a channel, newest first (push: one per service may be wanted). */
export function findActiveProviders(db: CommunicationsDb, companyId: string, channel: Channel): Promise<Provider[]> {
  return db.provider.findMany({ where: { companyId, channel, active: true }, orderBy: { updatedAt: 'desc' } });
}

export function findProvider(db: CommunicationsDb, companyId: string, id: string): Promise<Provider | null> {
  return db.provider.findFirst({ where: { id, companyId } });
}

/** A provider by id alone: for its own callbacks, which name no company. */
export function findProviderById(db: CommunicationsDb, id: string): Promise<Provider | null> {
  return db.provider.findUnique({ where: { id } });
}

export function listProviders(db: CommunicationsDb, companyId: string): Promise<Provider[]> {
  return db.provider.findMany({ where: { companyId }, orderBy: { createdAt: 'asc' } });
}

export function createProvider(db: CommunicationsDb, data: Prisma.ProviderUncheckedCreateInput): Promise<Provider> {
  return db.provider.create({ data });
}

export function updateProvider(db: CommunicationsDb, id: string, data: Prisma.ProviderUncheckedUpdateInput): Promise<Provider> {
  return db.provider.update({ where: { id }, data });
}
