import { parse } from 'csv-parse/sync';
import type { BusinessError } from '../../../infra/errors/business-error';
import { OffersError } from './errors';
import { problemChecks } from './problems';

/** A product of the catalogue as an admin uploads it; the SKU names it (an upload of a known SKU replaces it). */
export interface CatalogueProduct {
  sku: string;
  name: string;
  /** A path of levels split at `/`, e.g. `dairy/milk`; null: none. */
  category: string | null;
  brand: string | null;
  attributes: Record<string, string>;
}

/** The most products one upload may carry. */
export const MAX_UPLOAD = 10_000;
const MAX_ATTRIBUTES = 50;
const MAX_LEVELS = 10;
/** The CSV columns that are not attributes. */
const COLUMNS = ['sku', 'name', 'category', 'brand'];

/** A category path as the till reads it: levels trimmed, empty ones dropped, joined by `/`. */
export function normalCategory(category: string | null): string | null {
  if (category === null) return null;
  const levels = category
    .split('/')
    .map((level) => level.trim())
    .filter(Boolean);
  return levels.length > 0 ? levels.join('/') : null;
}

/** Every problem of an upload at once, each at `products.<index>.<field>`: an empty list means it can be stored. */
export function catalogueProblems(products: CatalogueProduct[]): BusinessError[] {
  const { problems, report, text } = problemChecks();
  if (products.length === 0 || products.length > MAX_UPLOAD) report('INVALID_INPUT', 'products', `1 to ${MAX_UPLOAD.toLocaleString('en')} products`);
  const seen = new Map<string, number>();
  products.forEach((product, index) => {
    const at = `products.${index}`;
    text(`${at}.sku`, product.sku, 1, 64);
    if (/\s/.test(product.sku.trim()) || product.sku !== product.sku.trim()) report('INVALID_INPUT', `${at}.sku`, 'a SKU has no spaces');
    const first = seen.get(product.sku);
    if (first !== undefined) report('INVALID_INPUT', `${at}.sku`, `SKU ${product.sku} is also product ${first}`);
    else seen.set(product.sku, index);
    text(`${at}.name`, product.name, 1, 200);
    if (product.category !== null) {
      const levels = product.category.split('/').map((level) => level.trim());
      if (levels.length > MAX_LEVELS || levels.some((level) => level.length === 0 || level.length > 100))
        report('INVALID_INPUT', `${at}.category`, `1 to ${MAX_LEVELS} levels split by /, each 1 to 100 characters`);
    }
    if (product.brand !== null) text(`${at}.brand`, product.brand, 1, 100);
    const attributes = Object.entries(product.attributes);
    if (attributes.length > MAX_ATTRIBUTES) report('INVALID_INPUT', `${at}.attributes`, `at most ${MAX_ATTRIBUTES} attributes`);
    for (const [name, value] of attributes) {
      if (name.trim().length === 0 || name.length > 50 || value.length > 500)
        report('INVALID_INPUT', `${at}.attributes`, 'attribute names are 1 to 50 characters, values up to 500');
    }
  });
  return problems;
}

/**
 * Products from CSV text: a header row naming `sku` and `name` (and optionally `category`,
 * `brand`; these four in any case); any other column is an attribute, and an empty cell is no
 * value. A CSV that cannot be read, or whose header names a column twice or not at all, is refused.
 */
export function productsOfCsv(csv: string): CatalogueProduct[] {
  let records: string[][];
  try {
    records = parse(csv, { skip_empty_lines: true, bom: true, trim: true });
  } catch (error) {
    throw new OffersError('INVALID_INPUT', `csv: ${(error as Error).message}`, 'csv');
  }
  const [header = [], ...rows] = records;
  const names = header.map((name) => (COLUMNS.includes(name.toLowerCase()) ? name.toLowerCase() : name));
  const refuse = (message: string) => new OffersError('INVALID_INPUT', `csv: ${message}`, 'csv');
  if (names.some((name) => name === '')) throw refuse('the header has a column without a name');
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice) throw refuse(`the header names ${twice} twice`);
  const missing = ['sku', 'name'].filter((column) => !names.includes(column));
  if (missing.length > 0) throw refuse(`the header names no ${missing.join(', ')} column`);
  return rows.map((cells) => {
    const row = Object.fromEntries(names.map((name, index) => [name, cells[index] ?? '']));
    return {
      sku: row.sku ?? '',
      name: row.name ?? '',
      category: row.category || null,
      brand: row.brand || null,
      attributes: Object.fromEntries(Object.entries(row).filter(([name, value]) => !COLUMNS.includes(name) && value !== '')),
    };
  });
}
