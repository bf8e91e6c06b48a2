/**
 * The pure tests only (`__tests__/*.spec.ts` beside the code): no PostgreSQL, no API build — seconds, for the
 * edit–test loop (`npm run test:unit`). `npm test` runs them again together with the integration tests.
 */
const base = require('./jest.config.cjs');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/libs/**/__tests__/**/*.spec.ts', '<rootDir>/apps/**/__tests__/**/*.spec.ts'],
  globalSetup: undefined,
  globalTeardown: undefined,
  testTimeout: 10000,
};
