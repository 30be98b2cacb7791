/** @type {import('jest').Config} */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  testMatch: ['<rootDir>/{infra,gateway,subgraphs,scripts,tests}/**/*.test.ts'],
  testTimeout: 60_000,
  // Each file starts its own platform on its own database; two cores run two at a time well.
  maxWorkers: process.env.JEST_MAX_WORKERS ?? '50%',
};
