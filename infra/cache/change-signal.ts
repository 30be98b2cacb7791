import pg from 'pg';
import type { Logger } from '../logging/logger';
import type { RawExecutor } from '../outbox/outbox-writer';

/** The NOTIFY channel a subgraph signals on when settings its processes keep in memory change. */
export const SETTINGS_CHANNEL = 'settings_changed';

const RECONNECT_MS = [250, 1000, 5000];

/**
 * Signals, in the caller's transaction, that the subgraph's kept settings changed: PostgreSQL
 * delivers it when the transaction commits (and never when it rolls back), so every process of
 * the subgraph forgets its copies before the next request can read the old ones for long.
 */
export async function signalSettingsChanged(tx: RawExecutor, schema: string): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_notify('${SETTINGS_CHANNEL}', $1)`, schema);
}

/**
 * The settings of the listener's own connection: the pool's, with TCP keep-alive. pg keeps a pool's
 * password out of its enumerable options, so it is carried over by name (spread alone, the
 * connection went without one and a password-protected server refused it, every few seconds).
 */
export function listenerClientConfig(pool: pg.Pool): pg.ClientConfig {
  return { ...pool.options, password: pool.options.password, keepAlive: true };
}

/**
 * Calls `forget` whenever a process of the subgraph (`schema`) signals a change. It listens on a
 * connection of its own (made with the pool's settings, not borrowed from it, with TCP keep-alive
 * so a half-open one is noticed), opened again when lost; `forget` is called when it is lost and
 * again once listening anew, since signals sent in between were missed and copies taken in
 * between may be stale.
 */
export function listenForSettingsChanges(pool: pg.Pool, schema: string, forget: () => void, logger: Logger) {
  let client: pg.Client | null = null;
  let stopped = false;
  let failures = 0;
  /** Listening again after a loss: signals may have been missed meanwhile. */
  let listenedBefore = false;

  async function connect(): Promise<void> {
    if (stopped) return;
    const connecting = new pg.Client(listenerClientConfig(pool));
    connecting.on('notification', (notification) => {
      if (notification.channel === SETTINGS_CHANNEL && notification.payload === schema) forget();
    });
    connecting.on('error', (error) => {
      if (client !== connecting) return;
      client = null;
      void connecting.end().catch(() => undefined);
      logger.warn({ err: error }, 'the settings-change listener lost its connection; listening again');
      forget();
      retry();
    });
    try {
      await connecting.connect();
      await connecting.query(`LISTEN ${SETTINGS_CHANNEL}`);
      client = connecting;
      if (listenedBefore) forget();
      listenedBefore = true;
      failures = 0;
      if (stopped) await connecting.end();
    } catch (error) {
      logger.warn({ err: error }, 'the settings-change listener could not listen; trying again');
      await connecting.end().catch(() => undefined);
      forget();
      retry();
    }
  }

  function retry(): void {
    if (stopped) return;
    const delay = RECONNECT_MS[Math.min(failures++, RECONNECT_MS.length - 1)] as number;
    setTimeout(() => void connect(), delay).unref();
  }

  return {
    start: connect,
    async stop(): Promise<void> {
      stopped = true;
      const listening = client;
      client = null;
      await listening?.end().catch(() => undefined);
    },
  };
}
