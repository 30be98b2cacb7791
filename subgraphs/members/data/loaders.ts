import DataLoader from 'dataloader';
import type { MembersDb } from './prisma';

function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await load([...ids]);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Per-request loaders: federation references and lookups batch into one query per type. */
export function createMembersLoaders(db: MembersDb) {
  return {
    member: byId((ids) => db.member.findMany({ where: { id: { in: ids } } })),
    card: byId((ids) => db.card.findMany({ where: { id: { in: ids } } })),
    company: byId((ids) => db.company.findMany({ where: { id: { in: ids } } })),
    pointOfSale: byId((ids) => db.pointOfSale.findMany({ where: { id: { in: ids } } })),
    terminal: byId((ids) => db.posTerminal.findMany({ where: { id: { in: ids } } })),
  };
}

export type MembersLoaders = ReturnType<typeof createMembersLoaders>;
