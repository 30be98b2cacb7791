import type { LedgerSql } from './prisma';

/** The product catalogue as the till needs it: each SKU's category and brand (kept from the offers subgraph's events). */

export interface CatalogueEntry {
  sku: string;
  category: string | null;
  brand: string | null;
}

/** Keeps the products; an event older than what is kept of a SKU changes nothing (events may arrive out of order). */
export async function keepCatalogueProducts(tx: LedgerSql, companyId: string, products: CatalogueEntry[], at: Date): Promise<void> {
  if (products.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO catalogue_products (company_id, sku, category, brand, updated_at)
    SELECT ${companyId}::uuid, sku, category, brand, ${at}
      FROM unnest(${products.map((p) => p.sku)}::text[], ${products.map((p) => p.category)}::text[], ${products.map((p) => p.brand)}::text[])
        AS t(sku, category, brand)
    ON CONFLICT (company_id, sku) DO UPDATE SET category = EXCLUDED.category, brand = EXCLUDED.brand, updated_at = EXCLUDED.updated_at
     WHERE catalogue_products.updated_at <= EXCLUDED.updated_at`;
}

/** Whether the company has a catalogue at all (most have none: then the till never looks one up). */
export async function hasCatalogue(db: LedgerSql, companyId: string): Promise<boolean> {
  const [row] = await db.$queryRaw<Array<{ has: boolean }>>`SELECT EXISTS (SELECT 1 FROM catalogue_products WHERE company_id = ${companyId}::uuid) AS has`;
  return row?.has ?? false;
}

/** The catalogue's entries for these SKUs. */
export function catalogueEntries(db: LedgerSql, companyId: string, skus: string[]): Promise<CatalogueEntry[]> {
  return db.$queryRaw<CatalogueEntry[]>`
    SELECT sku, category, brand FROM catalogue_products WHERE company_id = ${companyId}::uuid AND sku = ANY(${skus}::text[])`;
}
