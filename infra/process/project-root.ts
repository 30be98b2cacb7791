import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The project's folder, the one holding package.json: found by walking up, so it is the same whether
 * the code runs from its sources (tsx) or from their build in dist/ (`npm start`).
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
