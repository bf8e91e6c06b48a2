import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The web client's GraphQL types, generated from the committed contract (schema.graphql, printed from the API's
 * code) and the documents the client sends (every gql`` in libs/web). `npm run codegen` writes them;
 * `npm run codegen:check` (part of `npm test`) fails when the committed output is stale.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['libs/web/*/src/**/*.{ts,tsx}', '!libs/web/**/__tests__/**', '!libs/web/data-access/src/lib/graphql/generated/**'],
  generates: {
    'libs/web/data-access/src/lib/graphql/generated/': {
      preset: 'client',
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
  ignoreNoDocuments: false,
};

export default config;
