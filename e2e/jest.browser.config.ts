export default {
  displayName: 'e2e-browser',
  rootDir: '..',
  testMatch: ['<rootDir>/e2e/browser/**/*.e2e-spec.ts'],
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/e2e/support/fixed-today.ts'],
  globalSetup: '<rootDir>/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/e2e/tsconfig.json' }] },
  moduleNameMapper: require('../tools/jest/path-mapper.cjs'),
  testTimeout: 120_000,
};
