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

/** Typed operations for the front ends, from the committed schema files. */
const config: CodegenConfig = {
  overwrite: true,
  generates: {
    'libs/client/graphql/src/generated/admin.ts': {
      schema: 'apps/api/schema.graphql',
      documents: 'libs/client/graphql/src/operations/admin/**/*.graphql',
      ...shared,
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
