/// <reference types="node" />
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The API the dev server forwards to; the built client is served by the API itself, on one origin. */
const apiTarget = process.env['TASKFORCE_API_URL'] ?? 'http://localhost:3000';

/**
 * The Host header is passed on unchanged (no changeOrigin), so the API sees the page's own origin: it accepts
 * cookie-authenticated requests and socket handshakes only from the origin named in Host (or in ALLOWED_ORIGINS).
 * The session cookies are Secure, which browsers accept on http://localhost.
 */
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiTarget },
  '/socket.io': { target: apiTarget, ws: true },
  '/health': { target: apiTarget },
  '^/operations/[^/]+/report\\.pdf$': { target: apiTarget },
  '^/selectors/query\\.csv$': { target: apiTarget },
};

/** Each workspace alias points at a library's source entry; the path list mirrors tsconfig.base.json. */
const libraryAliases: Record<string, string> = {
  '@taskforce/domain': 'libs/domain/src/index.ts',
  '@taskforce/domain/matching': 'libs/domain/src/matching.ts',
  '@taskforce/web-ui': 'libs/web/ui/src/index.ts',
  '@taskforce/web-ui/countries': 'libs/web/ui/src/countries.ts',
  '@taskforce/web-data-access': 'libs/web/data-access/src/index.ts',
  '@taskforce/web-data-access/session': 'libs/web/data-access/src/session.ts',
  '@taskforce/web-auth': 'libs/web/auth/src/index.ts',
  '@taskforce/web-auth/login': 'libs/web/auth/src/login.ts',
  '@taskforce/web-dashboard': 'libs/web/dashboard/src/index.ts',
  '@taskforce/web-operations': 'libs/web/operations/src/index.ts',
  '@taskforce/web-operations/acknowledgement': 'libs/web/operations/src/acknowledgement.ts',
  '@taskforce/web-leads': 'libs/web/leads/src/index.ts',
  '@taskforce/web-indicators': 'libs/web/indicators/src/index.ts',
  '@taskforce/web-people': 'libs/web/people/src/index.ts',
  '@taskforce/web-evaluation': 'libs/web/evaluation/src/index.ts',
  '@taskforce/web-admin': 'libs/web/admin/src/index.ts',
};

export default defineConfig({
  root: webRoot,
  cacheDir: join(workspaceRoot, 'node_modules/.vite/web'),
  // @lingui/vite-plugin compiles each imported PO catalogue (libs/web/ui/src/locales) into a module of precompiled
  // messages at build time; it fails the build when a message does not compile, so no ICU parser ships.
  plugins: [react(), lingui({ configPath: join(workspaceRoot, 'lingui.config.ts'), failOnCompileError: true })],
  resolve: {
    alias: Object.entries(libraryAliases).map(([name, entry]) => ({
      find: new RegExp(`^${name}$`),
      replacement: join(workspaceRoot, entry),
    })),
  },
  server: { port: 4200, strictPort: true, proxy },
  preview: { port: 4300, proxy },
  build: {
    outDir: join(workspaceRoot, 'dist/web'),
    emptyOutDir: true,
    // No source maps in the build the API serves (it answers 404 to any *.map anyway). WEB_SOURCEMAPS=1 writes them
    // beside the files without naming them in the code ('hidden'), to look into what a chunk holds.
    sourcemap: process.env['WEB_SOURCEMAPS'] === '1' ? 'hidden' : false,
    rolldownOptions: {
      // The solver behind the server's disclosure audit (libs/domain) has no side effects on import; the client never
      // calls the audit, so it must not ship.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]javascript-lp-solver[\\/]/.test(id) },
      output: {
        // Packages change less often than the app: in chunks of their own they stay cached across deployments. Each
        // chunk loads with the first screen that needs it: React with every page; the GraphQL client with the
        // signed-in pages (the sign-in screen sends plain fetch requests); charts and maps with the indicators. The
        // browser tests (first-load.e2e-spec.ts) check by these names that the sign-in screen loads none of the last three.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'graphql-client', test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry)[\\/]/ },
            { name: 'charts', test: /node_modules[\\/](chart\.js|react-chartjs-2|@kurkle)[\\/]/ },
            { name: 'maps', test: /node_modules[\\/](d3-geo|d3-array|topojson-client|world-atlas)[\\/]/ },
          ],
        },
      },
    },
  },
});
