/** One Jest run for the whole workspace: pure specs, integration specs and system tests. */
const swcConfig = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  // Integration tests wait on real brokers and databases; a hung one still fails.
  testTimeout: 60_000,
  // Each test file leaves some 25 MB of modules behind in the process that ran it; run in one
  // process, a whole run grows to gigabytes and stalls in garbage collection. Past this limit
  // after a file, the worker is replaced by a fresh one (and this makes Jest use a worker at all).
  workerIdleMemoryLimit: '800MB',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tests', '<rootDir>/tools'],
  testMatch: ['**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/tests/bench/'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcConfig] },
  // One PostgreSQL, Redis and Kafka per run; workers find them in TEST_* env vars.
  globalSetup: '<rootDir>/libs/testing/src/jest/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/jest/global-teardown.ts',
  moduleNameMapper: {
    '^@homeward/(contracts|protocol|deadlines|routing|platform|testing)$': '<rootDir>/libs/$1/src/index.ts',
    '^@homeward/local-stack$': '<rootDir>/tools/local-stack/index.ts',
  },
};
