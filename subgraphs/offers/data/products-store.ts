import type { SqlClient } from '../../../infra/db/sql-client';
import type { CatalogueProduct } from '../domain/product-catalogue';
import type { OffersDb, Product } from './prisma';

/** The company's product catalogue, one row per SKU. */

/** A product the upload created or changed, as the till needs it. */
export interface ChangedProduct {
  sku: string;
  category: string | null;
  brand: string | null;
  created: boolean;
}

/** Stores the products by SKU; one whose every field is as stored is left alone. Answers those created or changed. */
export function upsertProducts(tx: OffersDb, companyId: string, products: CatalogueProduct[], now: Date): Promise<ChangedProduct[]> {
  return tx.$queryRaw<ChangedProduct[]>`
    INSERT INTO products (company_id, sku, name, category, brand, attributes, created_at, updated_at)
    SELECT ${companyId}::uuid, sku, name, category, brand, attributes::jsonb, ${now}, ${now}
      FROM unnest(${products.map((p) => p.sku)}::text[], ${products.map((p) => p.name)}::text[], ${products.map((p) => p.category)}::text[],
                  ${products.map((p) => p.brand)}::text[], ${products.map((p) => JSON.stringify(p.attributes))}::text[])
        AS t(sku, name, category, brand, attributes)
    ON CONFLICT (company_id, sku) DO UPDATE
       SET name = EXCLUDED.name, category = EXCLUDED.category, brand = EXCLUDED.brand, attributes = EXCLUDED.attributes, updated_at = EXCLUDED.updated_at
     WHERE (products.name, products.category, products.brand, products.attributes) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.category, EXCLUDED.brand, EXCLUDED.attributes)
    RETURNING sku, category, brand, (xmax = 0) AS created`;
}

export function findProduct(db: OffersDb, companyId: string, sku: string): Promise<Product | null> {
  return db.product.findUnique({ where: { companyId_sku: { companyId, sku } } });
}

/**
 * Which of the SKUs named the company's catalogue holds; null when it has no catalogue (then any
 * SKU goes) or none is named.
 */
export async function catalogueSkus(db: OffersDb, companyId: string, skus: string[]): Promise<Set<string> | null> {
  if (skus.length === 0 || (await db.product.findFirst({ where: { companyId }, select: { sku: true } })) === null) return null;
  const rows = await db.product.findMany({ where: { companyId, sku: { in: skus } }, select: { sku: true } });
  return new Set(rows.map((row) => row.sku));
}

/** The category and brand of each SKU the catalogue holds (plain SQL: the receipts copy reads it on `pg`). */
export async function catalogueOf(db: SqlClient, companyId: string, skus: string[]): Promise<Map<string, { category: string | null; brand: string | null }>> {
  if (skus.length === 0) return new Map();
  const rows = await db.$queryRaw<Array<{ sku: string; category: string | null; brand: string | null }>>`
    SELECT sku, category, brand FROM products WHERE company_id = ${companyId}::uuid AND sku = ANY(${skus}::text[])`;
  return new Map(rows.map((row) => [row.sku, { category: row.category, brand: row.brand }]));
}
