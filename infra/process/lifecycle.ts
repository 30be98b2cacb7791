import type { Logger } from '../logging/logger';

type Stop = () => Promise<void>;
export type OnStop = (part: string, stop: Stop) => void;

/**
 * Starts a process's parts and, on SIGINT or SIGTERM, stops them last-started-first so that nothing
 * (the embedded database included) is left running. Each part registers its stop with `onStop` as
 * soon as it is up, so a failure half-way through start-up still stops what did start.
 */
export function runUntilSignal(name: string, logger: Logger, start: (onStop: OnStop) => Promise<void>): void {
  const parts: Array<{ part: string; stop: Stop }> = [];
  let stopping = false;
  const shutdown = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, `${name} stopping`);
    for (const { part, stop } of parts.reverse()) {
      await stop().catch((error) => logger.error({ err: error, part }, `error while stopping ${part}`));
      logger.info({ part }, `${part} stopped`);
    }
    logger.info(`${name} stopped`);
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
  start((part, stop) => parts.push({ part, stop })).catch((error) => {
    logger.fatal({ err: error }, `${name} failed to start`);
    // Whatever the log level, the cause reaches the person who ran the command.
    console.error(`\n  ${name} failed to start: ${error instanceof Error ? error.message : String(error ?? 'no reason given')}\n`);
    void shutdown('start-up failure', 1);
  });
}
