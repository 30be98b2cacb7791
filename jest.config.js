/** @type {import('jest').Config} */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }];

// Thousands of passwords, secrets and codes are hashed in a run: a cheaper scrypt halves the run
// (infra/auth/secret-hash.ts refuses it in production). Set before the workers start, so they and
// the platforms they start inherit it.
process.env.SECRET_HASH_COST ??= '1024';

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  testMatch: ['<rootDir>/{infra,packages,gateway,subgraphs,scripts,tests}/**/*.test.ts'],
  testTimeout: 60_000,
  // Each file starts its own platform on its own database; two cores run two at a time well.
  maxWorkers: process.env.JEST_MAX_WORKERS ?? '50%',
};
