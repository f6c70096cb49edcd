/**
 * Unit tests run without a database; *.int.test.ts run against one real Neo4j started once per run.
 * The adversarial suite (test/adversarial: attacks and faults) is its own run, `npm run test:adversarial`.
 */
const adversarial = process.env.COUNCIL_GRAPH_SUITE === 'adversarial';

module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testPathIgnorePatterns: ['/node_modules/', adversarial ? '<rootDir>/test/(unit|integration|e2e)/' : '<rootDir>/test/adversarial/'],
  globalSetup: '<rootDir>/test/setup/globalSetup.ts',
  globalTeardown: '<rootDir>/test/setup/globalTeardown.ts',
  testTimeout: 60000,
  maxWorkers: 1,
};
