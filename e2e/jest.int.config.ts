/** Integration tests: services and the schema on a real PostgreSQL, one cloned database per file. */
export default {
  displayName: 'int',
  rootDir: '..',
  testMatch: ['<rootDir>/{libs,apps}/**/*.int-spec.ts'],
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/e2e/support/fixed-today.ts'],
  globalSetup: '<rootDir>/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/e2e/tsconfig.json' }] },
  moduleNameMapper: require('../tools/jest/path-mapper.cjs'),
  testTimeout: 60_000,
};
