import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '../logging/logger';
import { checkEnterableByPostgres, clearOrphanedServer } from './data-dir-checks';

const logger = createLogger('test', 'silent');
let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'loyalty-datadir-'));
});
afterEach(() => {
  chmodSync(root, 0o755);
  rmSync(root, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('a server left running by a platform that died is shut down, so the next start can take the directory', async () => {
  const databaseDir = path.join(root, 'postgres');
  mkdirSync(databaseDir);
  // A stand-in for the orphaned server: a process whose starter has exited (re-parented, as after kill -9).
  // It stops on SIGINT as PostgreSQL's fast shutdown does (a background job starts with SIGINT ignored, so it listens itself).
  const server = `${process.execPath} -e "process.on('SIGINT', () => process.exit(0)); setInterval(() => {}, 1000)"`;
  const pid = Number(
    execFileSync('bash', ['-c', `${server} >/dev/null 2>&1 & echo $!`])
      .toString()
      .trim(),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  writeFileSync(path.join(databaseDir, 'postmaster.pid'), `${pid}\n${databaseDir}\n`);
  expect(alive(pid)).toBe(true);
  await clearOrphanedServer(databaseDir, logger);
  expect(alive(pid)).toBe(false);
});

test('a server a live process still runs is left alone, with a message saying what to do', async () => {
  const databaseDir = path.join(root, 'postgres');
  mkdirSync(databaseDir);
  // This test's own process tree: the "server" is a child of this node process.
  const child = require('node:child_process').spawn('sleep', ['120']);
  try {
    writeFileSync(path.join(databaseDir, 'postmaster.pid'), `${child.pid}\n${databaseDir}\n`);
    await expect(clearOrphanedServer(databaseDir, logger)).rejects.toThrow(/belongs to a running process .* Stop that platform first, or use another DATA_DIR/);
    expect(alive(child.pid)).toBe(true);
  } finally {
    child.kill('SIGKILL');
  }
});

test('a stale pid file of a process long gone changes nothing', async () => {
  const databaseDir = path.join(root, 'postgres');
  mkdirSync(databaseDir);
  writeFileSync(path.join(databaseDir, 'postmaster.pid'), `999999\n${databaseDir}\n`);
  await expect(clearOrphanedServer(databaseDir, logger)).resolves.toBeUndefined();
});

test('as root, a data directory the postgres user cannot enter is named with the fix', () => {
  const locked = path.join(root, 'locked');
  mkdirSync(path.join(locked, 'data'), { recursive: true });
  chmodSync(locked, 0o700);
  const check = () => checkEnterableByPostgres(path.join(locked, 'data', 'postgres'));
  if (process.getuid?.() === 0) expect(check).toThrow(`cannot enter ${locked} (mode 700). Run: chmod o+x ${locked}`);
  else expect(check).not.toThrow();
  chmodSync(locked, 0o755);
  chmodSync(root, 0o755);
  expect(() => checkEnterableByPostgres(path.join(locked, 'data', 'postgres'))).not.toThrow();
});
