import pg from 'pg';

// PostgreSQL catalog columns of type `name` (OID 19) and `"char"` (OID 18) are refused by
// @prisma/adapter-pg 6.19 ("Column type 'name' could not be deserialized", prisma/orm#27403).
// The schema engine reads them while diffing; relabelling them as `text` (OID 25) is lossless.
const RELABELLED_TYPE_IDS = new Set([18, 19]);
const TEXT_TYPE_ID = 25;

type QueryResultLike = { fields?: Array<{ dataTypeID: number }> };

function relabel<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const one of results as QueryResultLike[]) {
    for (const field of one?.fields ?? []) {
      if (RELABELLED_TYPE_IDS.has(field.dataTypeID)) field.dataTypeID = TEXT_TYPE_ID;
    }
  }
  return result;
}

class CatalogTextClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has many overloads; we only wrap the result.
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (error: Error | null, result: unknown) => last(error, error ? result : relabel(result));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const pending = (super.query as (...a: unknown[]) => unknown)(...args);
    return pending instanceof Promise ? pending.then(relabel) : pending;
  }
}

/** A pool for the Prisma CLI's schema engine only; the application uses plain pools. */
export function createCatalogTextPool(config: pg.PoolConfig): pg.Pool {
  return new pg.Pool({ ...config, Client: CatalogTextClient });
}
