import { readdirSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

const shared = {
  plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
  config: {
    avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
    enumsAsTypes: true,
    scalars: { DateTime: 'string', ID: 'string' },
    useTypeImports: true,
    skipTypename: true,
  },
};

const adminOperations = 'libs/client/graphql/src/operations/admin';
const adminGenerated = 'libs/client/graphql/src/generated/admin';
/** One generated module per admin operations file (`meetings.graphql` → `generated/admin/meetings.ts`). */
const adminModules = readdirSync(adminOperations)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => file.replace(/\.graphql$/, ''))
  .sort();

/** Typed operations for the front ends, from the committed schema files. */
const config: CodegenConfig = {
  overwrite: true,
  generates: {
    // The admin's schema types (type-only, no code at run time)…
    [`${adminGenerated}/types.ts`]: {
      schema: 'apps/api/schema.graphql',
      plugins: ['typescript'],
      config: shared.config,
    },
    // …and each operations file's documents in a module of its own, next to them, so the bundler puts a
    // screen's documents in that screen's lazy chunk (one module for all of them put every document in
    // the admin's first download: a bundler cannot split a module across chunks).
    [`${adminOperations}/`]: {
      schema: 'apps/api/schema.graphql',
      documents: `${adminOperations}/*.graphql`,
      preset: 'near-operation-file',
      presetConfig: { folder: '../../generated/admin', extension: '.ts', baseTypesPath: '../../generated/admin/types.ts' },
      plugins: ['typescript-operations', 'typed-document-node'],
      config: shared.config,
    },
    // The barrel behind `@kenes/client/graphql/admin` (libs/client/graphql/src/admin.ts).
    [`${adminGenerated}/index.ts`]: {
      schema: 'apps/api/schema.graphql',
      plugins: [
        {
          add: {
            content: [
              '// The admin operations, one module per operations file (see libs/client/graphql/codegen.ts).',
              ...['./types', ...adminModules.map((name) => `./${name}`)].map((path) => `export * from '${path}';`),
            ],
          },
        },
      ],
    },
    'libs/client/graphql/src/generated/public.ts': {
      schema: 'apps/api/public-schema.graphql',
      documents: 'libs/client/graphql/src/operations/public/**/*.graphql',
      ...shared,
      // Plain query strings: the portal sends them as GET requests and needs no GraphQL parser.
      config: { ...shared.config, documentMode: 'string' },
    },
  },
};
export default config;
