import { startTestPlatform, type TestPlatform, type TestPlatformOptions } from './platform';
import { type SeededCompany, seedCompany } from './seed';

/**
 * Starts a platform for the test file with a fresh company in it, and stops it after the file.
 * Read the fields inside tests: they are set in beforeAll.
 */
export function usePlatformWithCompany(options: TestPlatformOptions = {}): { platform: TestPlatform; company: SeededCompany } {
  const context = {} as { platform: TestPlatform; company: SeededCompany };
  beforeAll(async () => {
    context.platform = await startTestPlatform(options);
    context.company = await seedCompany(context.platform);
  });
  afterAll(() => context.platform?.stop());
  return context;
}
