/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The API runs with the same Node.js options wherever it is started for real or measured: `npm start`
 * (package.json), the Docker image (docker/Dockerfile), and the benchmarks and browser tests
 * (`API_NODE_FLAGS` in tests/load/api-process.mjs). Each is read from its own file here.
 */
const ROOT = join(__dirname, '../../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('the Node.js options the API is started with', () => {
  const fromBenchmarks = (): string[] => {
    const match = /export const API_NODE_FLAGS = \[([^\]]*)\]/.exec(read('tests/load/api-process.mjs'));
    if (!match) throw new Error('API_NODE_FLAGS not found');
    return [...match[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
  };

  it('the benchmarks name at least one option', () => {
    expect(fromBenchmarks()).toContain('--max-semi-space-size=64');
  });

  it('npm start starts the API with the same options', () => {
    const start = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts['start'];
    const command = /node ((?:--\S+ )*)dist\/api\/apps\/api\/src\/main\.js/.exec(start);
    expect(command?.[1].trim().split(' ')).toEqual(fromBenchmarks());
  });

  it('the Docker image starts the API with the same options', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(read('docker/Dockerfile'));
    expect(JSON.parse(cmd?.[1] ?? '[]')).toEqual(['node', ...fromBenchmarks(), 'dist/api/apps/api/src/main.js']);
  });
});
