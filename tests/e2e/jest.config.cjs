/**
 * Browser tests: the built API (which serves the built web client) is started once by global-setup.mjs on a
 * free port with its own embedded PostgreSQL; each spec drives Debian's Chromium through playwright-core.
 * Run with `npx nx run tests:e2e` (builds api and web first).
 */
/** Same SWC settings as the root jest.config.cjs, so specs compile the same way everywhere. */
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  // Relative to this file: the workspace root.
  rootDir: '../..',
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/tests/e2e/global-setup.mjs',
  globalTeardown: '<rootDir>/tests/e2e/global-teardown.mjs',
  testTimeout: 120000,
  // One API, one browser at a time: specs share the server and its demo data.
  maxWorkers: 1,
};
