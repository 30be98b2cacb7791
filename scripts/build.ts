/** `npm run build`: compiles the platform into dist/ (see infra/process/build.ts). */
import { buildPlatform } from '../infra/process/build';

buildPlatform().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
