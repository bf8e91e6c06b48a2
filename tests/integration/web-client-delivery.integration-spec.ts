import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * How the API delivers the built web client (WEB_DIST_DIR): fingerprinted files cached for a year, the page itself
 * always revalidated, source maps never published — checked on a build laid out as Vite lays it out, with a map left
 * in it on purpose.
 */

const SCRIPT = 'export const answer = 42;\n'.repeat(200);

function webBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'taskforce-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head><style>${'.board { display: grid; }\n'.repeat(100)}</style><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div></body></html>\n`);
  writeFileSync(join(dir, 'assets', 'index-AbC123.js'), SCRIPT);
  writeFileSync(join(dir, 'assets', 'index-AbC123.js.map'), '{"version":3,"sources":["../src/secret.ts"],"mappings":""}');
  writeFileSync(join(dir, 'assets', 'index-AbC123.css'), 'body { margin: 0; }\n');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
  return dir;
}

describe('delivery of the web client', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = webBuild();
    t = await startTestApp({ WEB_DIST_DIR: dir }, { demoData: false });
  });

  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets browsers keep a fingerprinted script and stylesheet for a year without asking again', async () => {
    for (const path of ['/assets/index-AbC123.js', '/assets/index-AbC123.css']) {
      const res = await request(t.url).get(path);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('has the page revalidated on every visit, at the root, by its name and at any address of the app', async () => {
    for (const path of ['/', '/index.html', '/operations/some-id', '/leads?page=2']) {
      const res = await request(t.url).get(path);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['etag']).toBeTruthy();
    }
  });

  it('sends the page, scripts and GraphQL answers compressed with brotli, or gzip when that is all the client takes', async () => {
    for (const [accepted, expected] of [['br, gzip', 'br'], ['gzip', 'gzip']] as const) {
      for (const path of ['/', '/assets/index-AbC123.js']) {
        const res = await request(t.url).get(path).set('accept-encoding', accepted);
        expect([path, res.status, res.headers['content-encoding']]).toEqual([path, 200, expected]);
      }
      // supertest decodes the body: what arrives is the script as built.
      const script = await request(t.url).get('/assets/index-AbC123.js').set('accept-encoding', accepted);
      expect(script.text).toBe(SCRIPT);
      const answer = await request(t.url)
        .post('/graphql')
        .set('accept-encoding', accepted)
        .send({ query: `{ __schema { types { name description } } }` });
      expect([answer.status, answer.headers['content-encoding']]).toEqual([200, expected]);
      expect(answer.body.data.__schema.types.length).toBeGreaterThan(50);
    }
  });

  it('sends the script as it is to a client that takes no compression', async () => {
    const res = await request(t.url).get('/assets/index-AbC123.js').set('accept-encoding', 'identity');
    expect([res.status, res.headers['content-encoding'], res.text]).toEqual([200, undefined, SCRIPT]);
  });

  it('does not publish source maps, even one left in the build', async () => {
    for (const path of ['/assets/index-AbC123.js.map', '/assets/missing.js.map', '/index.js.MAP']) {
      const res = await request(t.url).get(path);
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('secret.ts');
    }
  });

  it('answers 404, not the page, for a fingerprinted file that is gone (an old deployment’s chunk)', async () => {
    const res = await request(t.url).get('/assets/index-Old999.js');
    expect(res.status).toBe(404);
    expect(res.headers['cache-control'] ?? '').not.toContain('immutable');
  });

  it('leaves files outside assets/ (not fingerprinted) to be revalidated', async () => {
    const res = await request(t.url).get('/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=0');
  });
});
