import { constants, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logging/logger';

/*
 * Checks on an embedded PostgreSQL data directory before the server starts, kept apart from the
 * server itself so they can be tested without starting one.
 */

/** Whether a process is alive (signal 0 checks without disturbing it). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The parent of a process (Linux /proc), or null where that cannot be read. */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/**
 * A server of this data directory left running by a platform that died (`kill -9` of npm start)
 * keeps the directory locked, so the next start would fail. An orphan (its starter is gone) is shut
 * down; a server some live process still runs is left alone, with a message saying what to do.
 */
export async function clearOrphanedServer(databaseDir: string, logger: Logger): Promise<void> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // a stale file: PostgreSQL itself ignores it
  const parent = parentOf(pid);
  const starter = parent && parent > 1 ? commandOf(parent) : '';
  if (starter.includes('node')) {
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} (pid ${pid}) belongs to a running process (pid ${parent}: ${starter.trim()}). Stop that platform first, or use another DATA_DIR.`,
    );
  }
  logger.warn({ pid, databaseDir }, 'an embedded PostgreSQL left running by a platform that died holds the data directory: shutting it down');
  process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps committed data
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited === 15_000) process.kill(pid, 'SIGKILL');
    if (waited > 20_000) throw new Error(`The orphaned PostgreSQL (pid ${pid}) in ${databaseDir} does not stop; stop it by hand (kill ${pid}).`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * As root the embedded server runs as the `postgres` user, which must be able to enter every
 * directory above its data: a 0700 parent owned by root breaks initdb with an obscure error.
 */
export function checkEnterableByPostgres(databaseDir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = path.dirname(databaseDir); ; dir = path.dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & constants.S_IXOTH) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the user "postgres" (the platform runs as root), which cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}). Run: chmod o+x ${dir} — or set DATA_DIR to a directory it can reach.`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}
