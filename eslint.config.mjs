import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

/** Server-only packages that must never reach a browser bundle. */
const SERVER_ONLY = ['@nestjs/*', 'typeorm', 'class-validator', 'class-transformer', 'pg', 'pino', '@kenes/api/*'];

/** The layering of ARCHITECTURE.md: front ends never import API code; libs/domain imports nothing. */
const BOUNDARIES = {
  enforceBuildableLibDependency: true,
  allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?js$'],
  depConstraints: [
    { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [] },
    { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
    { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
    { sourceTag: 'scope:admin', onlyDependOnLibsWithTags: ['scope:admin', 'scope:shared'] },
    { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'] },
    { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:domain'] },
    { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:domain'] },
    { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:domain'] },
    { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:ui', 'type:domain'] },
  ],
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.angular',
      '**/.nx',
      '**/generated/**',
      'e2e/output/**',
      '**/*.mjs',
      '**/*.cjs',
      '**/*.js',
      'coverage/**',
      '.data/**',
    ],
  },
  {
    // e2e/ and tools/ are harness code that drives the apps from outside; they may import them.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    rules: {
      // The layering of ARCHITECTURE.md, enforced: front ends never import API code and
      // libs/domain imports nothing.
      '@nx/enforce-module-boundaries': ['error', BOUNDARIES],
    },
  },
  // Type-checked rules for product code.
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: ['apps/**/*.ts', 'libs/**/*.ts'] })),
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Integration tests of any API library may open a test database.
    files: ['libs/api/**/*.int-spec.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { ...BOUNDARIES, allow: [...BOUNDARIES.allow, '@kenes/api/database', '@kenes/api/database/testing'] },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/jest.config.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['apps/admin/**/*.ts', 'apps/portal/src/app/**/*.ts', 'libs/ui/**/*.ts', 'libs/client/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: SERVER_ONLY, message: 'Server-only code must not reach the browser.' }] }],
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    ignores: ['libs/domain/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^[^.]', message: 'libs/domain is pure: relative imports only.' }] }],
    },
  },
];
