import nx from '@nx/eslint-plugin';

const INFRASTRUCTURE = ['@nestjs/*', 'typeorm', 'pg', 'bullmq', 'ioredis', 'kafkajs', 'express', 'nestjs-pino'];

const boundaries = (testing) => [
  'error',
  {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:platform', ...testing] },
      { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:contracts', ...testing] },
      // The protocol, deadlines and alert routing stay pure: no framework, database, broker or queue.
      { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:contracts'], bannedExternalImports: INFRASTRUCTURE },
      { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [], bannedExternalImports: INFRASTRUCTURE },
      { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:contracts'] },
      { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:tooling'] },
      { sourceTag: 'type:tests', onlyDependOnLibsWithTags: ['*'] },
    ],
  },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '.local', '.nx', 'coverage'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries([]),
      // Config classes annotate initialised properties: decorator metadata needs the type.
      '@typescript-eslint/no-inferrable-types': ['error', { ignoreProperties: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The testing lib is for tests only: specs and their test-support may import it, service code may not.
  { files: ['**/*.spec.ts', '**/test-support/**/*.ts'], rules: { '@nx/enforce-module-boundaries': boundaries(['type:testing', 'type:tooling']) } },
];
