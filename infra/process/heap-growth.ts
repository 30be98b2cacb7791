import { setFlagsFromString } from 'node:v8';

/**
 * Lets the old generation grow by `percent` of what a full collection left before the next one,
 * unless the command line says otherwise. V8 otherwise lets it grow to several times the live heap
 * when allocation is fast, so a process working through a long batch of short-lived objects peaks
 * higher the longer the batch runs. V8 reads the setting at each collection, so it holds from here on.
 */
export function boundHeapGrowth(percent: number): void {
  if (process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent') || arg.startsWith('--heap_growing_percent'))) return;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
