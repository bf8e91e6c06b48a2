/**
 * Unit tests (`__tests__/*.spec.ts` folders beside the code) and integration tests (`tests/integration`), all
 * against a real PostgreSQL started by tests/support/global-setup.mjs. Browser tests have their own config
 * in tests/e2e.
 */
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = {
  ...Object.fromEntries(Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`])),
  // Web modules import their CSS; in Node it is an empty module.
  '\\.css$': '<rootDir>/tests/support/style-stub.cjs',
};

/** SWC with the decorator metadata Nest, TypeORM and class-validator need (see ../shared/STACK.md). */
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
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  moduleNameMapper,
  testMatch: [
    '<rootDir>/libs/**/__tests__/**/*.spec.ts',
    '<rootDir>/apps/**/__tests__/**/*.spec.ts',
    '<rootDir>/tests/integration/**/*.integration-spec.ts',
  ],
  globalSetup: '<rootDir>/tests/support/global-setup.mjs',
  globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
  testTimeout: 180000,
  maxWorkers: 2,
};
