import type pg from 'pg';

/**
 * Discrete pg settings from a URL, so that `database` and `options` can be overridden reliably. A
 * `host` parameter names a Unix-socket directory as libpq reads it
 * (`postgresql://user:pw@localhost:5432/db?host=/var/run/postgresql`): the server's socket on the
 * same machine, cheaper per statement than TCP over loopback.
 */
export function poolConfigFromUrl(url: string, overrides: Partial<pg.PoolConfig> = {}): pg.PoolConfig {
  const parsed = new URL(url);
  return {
    host: parsed.searchParams.get('host') ?? decodeURIComponent(parsed.hostname),
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'postgres',
    ...overrides,
  };
}

/** Connection options that make unqualified names resolve inside one subgraph's schema. */
export function searchPathOption(schema: string): string {
  return `-c search_path="${schema}"`;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Quotes an identifier we generated ourselves (schema or database names). */
export function quoteIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw new Error(`Unsafe SQL identifier: ${name}`);
  return `"${name}"`;
}
