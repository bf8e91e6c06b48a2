import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/**
 * Lint: module boundaries by tag (libs/domain stays free of Nest, TypeORM, React and I/O; web and api never
 * import each other), plus typescript-eslint's recommended rules.
 */
export default [
  { ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.data', 'tests/e2e/artifacts', '**/vite.config.*.timestamp*', 'libs/web/data-access/src/lib/graphql/generated'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: ['@nestjs/*', 'typeorm', 'react', 'react-dom', '@apollo/*', 'socket.io', 'socket.io-client', 'pg', 'node:*', 'fs', 'path', 'express'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'], bannedExternalImports: ['react', 'react-dom', '@apollo/client'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'], bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'socket.io'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared', 'scope:api', 'scope:web'] },
            // By layer: nothing below a feature imports a feature; only the composition library and apps see them all.
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:domain'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:domain'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:util', 'type:domain'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:domain'] },
            { sourceTag: 'type:composition', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:domain'] },
          ],
        },
      ],
    },
  },
  {
    // Tests assert on loosely typed wire payloads (GraphQL JSON, socket events).
    files: ['tests/**/*.ts', '**/__tests__/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];
