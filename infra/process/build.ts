/**
 * The platform's TypeScript compiled to JavaScript in dist/, file for file: what `npm start` runs.
 * In production no process compiles at run time (tsx's loader thread, its caches and source-mapped
 * stack traces cost memory and time); tests, the benches' load generators and the scripts keep
 * running the sources through tsx. Types are checked by `npm run typecheck`, not here.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from './project-root';

/** What the running platform is made of: no tests, benches or tools. */
const SOURCE_FOLDERS = ['infra', 'packages', 'gateway', 'subgraphs', 'scripts'];
export const BUILD_DIR = path.join(PROJECT_ROOT, 'dist');

function sourcesUnder(folder: string): string[] {
  return readdirSync(path.join(PROJECT_ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
    .map((file) => path.join(PROJECT_ROOT, folder, file));
}

/** Compiles into `outdir` (dist/ unless told), emptied first; it must lie inside the project, where node_modules is found. */
export async function buildPlatform(outdir = BUILD_DIR): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: SOURCE_FOLDERS.flatMap(sourcesUnder),
    outdir,
    outbase: PROJECT_ROOT,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
}

/** The built file a source file becomes: `gateway/main.ts` → `dist/gateway/main.js`. */
export function builtEntry(source: string): string {
  return path.join(BUILD_DIR, source.replace(/\.ts$/, '.js'));
}
