import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The web client's GraphQL types, generated from the committed contract (schema.graphql, printed from the API's
 * code) and the documents the client sends (every `graphql(`…`)` call in libs/web): typed document nodes, the
 * `graphql()` function that returns them, and the schema's enums and inputs as types. `npm run codegen` writes them;
 * the integration test graphql-schema (part of `npm test`) runs `graphql-codegen --check` and fails when the committed
 * output is stale. How the client names shapes from it: CONTRIBUTING.md, "A screen".
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
