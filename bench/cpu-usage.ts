import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time used so far by processes, from Linux's /proc (null elsewhere): what a benchmark divides
 * by the work done to show where each purchase's CPU goes, process by process, under load.
 */

const TICKS_PER_SECOND = 100;

function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after it are split from its ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** Seconds of CPU (user + system) a process has used, and with `reaped` its finished children's too. */
export function processCpuSeconds(pid: number | undefined, reaped = false): number | null {
  const fields = pid === undefined ? null : statFields(pid);
  if (!fields) return null;
  // After the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
  const own = Number(fields[11]) + Number(fields[12]);
  const children = reaped ? Number(fields[13]) + Number(fields[14]) : 0;
  return (own + children) / TICKS_PER_SECOND;
}

/**
 * A PostgreSQL server's CPU: the postmaster, its finished backends, and the ones still running
 * (each connection is a process of its own).
 */
export function postgresCpuSeconds(postmasterPid: number | undefined): number | null {
  const total = processCpuSeconds(postmasterPid, true);
  if (total === null) return null;
  let running = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields && Number(fields[1]) === postmasterPid) running += processCpuSeconds(Number(entry)) ?? 0;
  }
  return total + running;
}
