import { ConfigError, loadConfig } from '../load-config';

const SECRET = 'x'.repeat(40);
const LEAD_KEYS = `k1:${Buffer.alloc(32, 7).toString('base64')}`;
const MATCHING_KEYS = `m1:${Buffer.alloc(32, 9).toString('base64')}`;

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration validated at boot', () => {
  it('applies documented defaults in development', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.NODE_ENV).toBe('development');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.loadDemoData).toBe(true);
  });

  it('ends idle sessions after 30 minutes unless SESSION_IDLE_MINUTES says otherwise (fractions allowed), and names a bad value', () => {
    expect(loadConfig({}).SESSION_IDLE_MINUTES).toBe(30);
    expect(loadConfig({ SESSION_IDLE_MINUTES: '15' }).SESSION_IDLE_MINUTES).toBe(15);
    expect(loadConfig({ SESSION_IDLE_MINUTES: '0.05' }).SESSION_IDLE_MINUTES).toBe(0.05);
    expect(problemsOf({ SESSION_IDLE_MINUTES: 'half an hour' })).toContain('SESSION_IDLE_MINUTES: SESSION_IDLE_MINUTES must be a number of minutes');
    expect(problemsOf({ SESSION_IDLE_MINUTES: '0' })).toEqual(['SESSION_IDLE_MINUTES: SESSION_IDLE_MINUTES must be at least 0.01']);
    expect(problemsOf({ SESSION_IDLE_MINUTES: '1441' })).toEqual(['SESSION_IDLE_MINUTES: SESSION_IDLE_MINUTES must be at most 1440 (a day)']);
  });

  it('makes the session cookies Secure by default, lets development turn it off, and refuses that in production', () => {
    expect(loadConfig({}).sessionCookieSecure).toBe(true);
    expect(loadConfig({ SESSION_COOKIE_SECURE: 'false' }).sessionCookieSecure).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, LEAD_ENCRYPTION_KEYS: LEAD_KEYS, MATCHING_KEY: MATCHING_KEYS }).sessionCookieSecure).toBe(true);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: SECRET, LEAD_ENCRYPTION_KEYS: LEAD_KEYS, MATCHING_KEY: MATCHING_KEYS, SESSION_COOKIE_SECURE: 'false' })).toEqual([
      'SESSION_COOKIE_SECURE: session cookies are always Secure when NODE_ENV=production (serve the app over https)',
    ]);
    expect(problemsOf({ SESSION_COOKIE_SECURE: 'maybe' })).toEqual(['SESSION_COOKIE_SECURE: SESSION_COOKIE_SECURE must be true or false']);
  });

  it('names a malformed PORT', () => {
    expect(problemsOf({ PORT: 'abc' }).some((p) => p.startsWith('PORT:'))).toBe(true);
    expect(problemsOf({ PORT: '70000' }).some((p) => p.startsWith('PORT:'))).toBe(true);
  });

  it('names a DATABASE_URL that is not a postgres URL', () => {
    expect(problemsOf({ DATABASE_URL: 'mysql://x' })).toEqual(['DATABASE_URL: DATABASE_URL must be a postgres:// or postgresql:// URL']);
  });

  it('refuses production without a JWT secret, or with a short one', () => {
    expect(problemsOf({ NODE_ENV: 'production', LEAD_ENCRYPTION_KEYS: LEAD_KEYS, MATCHING_KEY: MATCHING_KEYS })).toEqual(['JWT_SECRET: required when NODE_ENV=production']);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'short', LEAD_ENCRYPTION_KEYS: LEAD_KEYS, MATCHING_KEY: MATCHING_KEYS })).toEqual(['JWT_SECRET: JWT_SECRET must be at least 32 characters']);
  });

  it('never loads demo data in production and refuses to be asked to', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, LEAD_ENCRYPTION_KEYS: LEAD_KEYS, MATCHING_KEY: MATCHING_KEYS }).loadDemoData).toBe(false);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: SECRET, LEAD_ENCRYPTION_KEYS: LEAD_KEYS, MATCHING_KEY: MATCHING_KEYS, DEMO_DATA: 'true' })).toEqual(['DEMO_DATA: demo data is never loaded when NODE_ENV=production']);
  });

  it('lets a benchmark turn the audit log off, outside production only', () => {
    expect(loadConfig({}).AUDIT_DISABLED_FOR_BENCHMARK).toBeUndefined();
    expect(loadConfig({ AUDIT_DISABLED_FOR_BENCHMARK: '1' }).AUDIT_DISABLED_FOR_BENCHMARK).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test', AUDIT_DISABLED_FOR_BENCHMARK: 'true' }).AUDIT_DISABLED_FOR_BENCHMARK).toBe(true);
    expect(problemsOf({ AUDIT_DISABLED_FOR_BENCHMARK: 'yes' })).toEqual(['AUDIT_DISABLED_FOR_BENCHMARK: AUDIT_DISABLED_FOR_BENCHMARK must be true or false']);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: SECRET, LEAD_ENCRYPTION_KEYS: LEAD_KEYS, MATCHING_KEY: MATCHING_KEYS, AUDIT_DISABLED_FOR_BENCHMARK: '1' })).toEqual([
      'AUDIT_DISABLED_FOR_BENCHMARK: the audit log is never turned off when NODE_ENV=production',
    ]);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: SECRET, LEAD_ENCRYPTION_KEYS: LEAD_KEYS, MATCHING_KEY: MATCHING_KEYS, AUDIT_DISABLED_FOR_BENCHMARK: '0' })).toEqual([]);
  });

  it('requires victim-identity encryption keys in production and names malformed ones without echoing a key', () => {
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: SECRET, MATCHING_KEY: MATCHING_KEYS })).toEqual(['LEAD_ENCRYPTION_KEYS: required when NODE_ENV=production']);
    expect(problemsOf({ LEAD_ENCRYPTION_KEYS: 'k1:c2hvcnQ=' })).toEqual(['LEAD_ENCRYPTION_KEYS: key "k1" must be 32 bytes (base64)']);
    expect(problemsOf({ LEAD_ENCRYPTION_KEYS: `${LEAD_KEYS},${LEAD_KEYS}` })).toEqual(['LEAD_ENCRYPTION_KEYS: key id "k1" appears twice']);
    expect(problemsOf({ LEAD_ENCRYPTION_KEYS: LEAD_KEYS, MATCHING_KEY: MATCHING_KEYS })).toEqual([]);
  });

  it('requires the selectors\' matching key in production, in the keys\' format, and names malformed ones without echoing a key', () => {
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: SECRET, LEAD_ENCRYPTION_KEYS: LEAD_KEYS })).toEqual(['MATCHING_KEY: required when NODE_ENV=production']);
    expect(problemsOf({ MATCHING_KEY: 'm1:c2hvcnQ=' })).toEqual(['MATCHING_KEY: key "m1" must be 32 bytes (base64)']);
    expect(problemsOf({ MATCHING_KEY: `${MATCHING_KEYS},${MATCHING_KEYS}` })).toEqual(['MATCHING_KEY: key id "m1" appears twice']);
    expect(loadConfig({ MATCHING_KEY: `m2:${Buffer.alloc(32, 3).toString('base64')},${MATCHING_KEYS}` }).MATCHING_KEY).toContain('m1:');
  });

  it('defaults the selector query budgets to 500 per person and 5,000 per agency a day, and names malformed ones', () => {
    const config = loadConfig({});
    expect([config.SELECTOR_QUERIES_PER_PERSON_PER_DAY, config.SELECTOR_QUERIES_PER_AGENCY_PER_DAY]).toEqual([500, 5000]);
    expect(loadConfig({ SELECTOR_QUERIES_PER_PERSON_PER_DAY: '3', SELECTOR_QUERIES_PER_AGENCY_PER_DAY: '7' })).toMatchObject({ SELECTOR_QUERIES_PER_PERSON_PER_DAY: 3, SELECTOR_QUERIES_PER_AGENCY_PER_DAY: 7 });
    expect(problemsOf({ SELECTOR_QUERIES_PER_PERSON_PER_DAY: '0' }).map((p) => p.split(':')[0])).toEqual(['SELECTOR_QUERIES_PER_PERSON_PER_DAY']);
    expect([...new Set(problemsOf({ SELECTOR_QUERIES_PER_AGENCY_PER_DAY: 'many' }).map((p) => p.split(':')[0]))]).toEqual(['SELECTOR_QUERIES_PER_AGENCY_PER_DAY']);
  });

  it('defaults the failed-login budgets and names malformed ones', () => {
    const config = loadConfig({});
    expect([config.LOGIN_ADDRESS_RATE_LIMIT, config.LOGIN_GLOBAL_RATE_LIMIT, config.LOGIN_RATE_WINDOW_SECONDS]).toEqual([30, 1000, 60]);
    expect(loadConfig({ LOGIN_ADDRESS_RATE_LIMIT: '5', LOGIN_GLOBAL_RATE_LIMIT: '50' })).toMatchObject({ LOGIN_ADDRESS_RATE_LIMIT: 5, LOGIN_GLOBAL_RATE_LIMIT: 50 });
    const problems = problemsOf({ LOGIN_ADDRESS_RATE_LIMIT: '0', LOGIN_GLOBAL_RATE_LIMIT: 'many' });
    expect([...new Set(problems.map((p) => p.split(':')[0]))].sort()).toEqual(['LOGIN_ADDRESS_RATE_LIMIT', 'LOGIN_GLOBAL_RATE_LIMIT']);
  });

  it('defaults the GraphQL caps and cost budget, and refuses a per-request cost above the budget per minute', () => {
    const config = loadConfig({});
    expect([config.GRAPHQL_MAX_DEPTH, config.GRAPHQL_MAX_ALIASES, config.GRAPHQL_MAX_DIRECTIVES, config.GRAPHQL_MAX_TOKENS]).toEqual([8, 15, 50, 1000]);
    expect([config.GRAPHQL_MAX_COST, config.GRAPHQL_COST_PER_MINUTE]).toEqual([20000, 120000]);
    expect(loadConfig({ GRAPHQL_COST_PER_MINUTE: '500000', GRAPHQL_MAX_ALIASES: '30' })).toMatchObject({ GRAPHQL_COST_PER_MINUTE: 500000, GRAPHQL_MAX_ALIASES: 30 });
    expect(problemsOf({ GRAPHQL_COST_PER_MINUTE: '10000' })).toEqual([
      'GRAPHQL_MAX_COST: 20000 is above GRAPHQL_COST_PER_MINUTE (10000): an operation that costs more than a whole minute\'s budget could never run',
    ]);
    expect(problemsOf({ GRAPHQL_COST_PER_MINUTE: '10000', GRAPHQL_MAX_COST: '10000' })).toEqual([]);
    const problems = problemsOf({ GRAPHQL_MAX_TOKENS: '10', GRAPHQL_MAX_ALIASES: '0', GRAPHQL_COST_PER_MINUTE: 'lots' });
    expect([...new Set(problems.map((p) => p.split(':')[0]))].sort()).toEqual(['GRAPHQL_COST_PER_MINUTE', 'GRAPHQL_MAX_ALIASES', 'GRAPHQL_MAX_TOKENS']);
  });

  it('binds passkeys to localhost and the local servers by default, to https on the RP id once one is set, and names origins WebAuthn would refuse', () => {
    expect(loadConfig({ PORT: '3456' })).toMatchObject({ webauthnRpId: 'localhost', webauthnOrigins: ['http://localhost:3456', 'http://localhost:4200', 'http://localhost:4300'] });
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, LEAD_ENCRYPTION_KEYS: LEAD_KEYS, MATCHING_KEY: MATCHING_KEYS }).webauthnOrigins).toEqual(['http://localhost:3000']);
    expect(loadConfig({ WEBAUTHN_RP_ID: 'taskforce.example.org' }).webauthnOrigins).toEqual(['https://taskforce.example.org']);
    expect(loadConfig({ WEBAUTHN_RP_ID: 'example.org', WEBAUTHN_ORIGINS: 'https://taskforce.example.org, https://example.org:8443' }).webauthnOrigins).toEqual([
      'https://taskforce.example.org',
      'https://example.org:8443',
    ]);
    expect(problemsOf({ WEBAUTHN_RP_ID: 'https://taskforce.example.org' })).toEqual([
      'WEBAUTHN_RP_ID: WEBAUTHN_RP_ID must be a lower-case domain name such as taskforce.example.org (no scheme, port or IP address)',
    ]);
    expect(problemsOf({ WEBAUTHN_RP_ID: '127.0.0.1' })).toHaveLength(1);
    expect(problemsOf({ WEBAUTHN_RP_ID: 'example.org', WEBAUTHN_ORIGINS: 'https://example.com' })).toEqual([
      'WEBAUTHN_ORIGINS: "https://example.com" is not on example.org (WEBAUTHN_RP_ID) or a subdomain of it',
    ]);
    expect(problemsOf({ WEBAUTHN_RP_ID: 'example.org', WEBAUTHN_ORIGINS: 'https://notexample.org' })).toHaveLength(1);
    expect(problemsOf({ WEBAUTHN_RP_ID: 'example.org', WEBAUTHN_ORIGINS: 'http://example.org' })).toEqual(['WEBAUTHN_ORIGINS: "http://example.org" must use https (http only on localhost)']);
    expect(problemsOf({ WEBAUTHN_ORIGINS: 'localhost:3000' })).toEqual(['WEBAUTHN_ORIGINS: "localhost:3000" is not an origin such as https://taskforce.example.org']);
  });

  it('names an unknown NODE_ENV and a non-boolean DEMO_DATA together', () => {
    const problems = problemsOf({ NODE_ENV: 'staging', DEMO_DATA: 'maybe' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['DEMO_DATA', 'NODE_ENV']);
  });
  it('keeps evidence files on the local disk unless S3_BUCKET is set, then requires the region and credentials, naming each missing one', () => {
    expect(loadConfig({}).s3).toBeNull();
    const full = { S3_BUCKET: 'taskforce-files', S3_REGION: 'us-east-1', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' };
    expect(loadConfig({ ...full, S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: 'true' }).s3).toEqual({
      bucket: 'taskforce-files',
      endpoint: 'http://minio:9000',
      region: 'us-east-1',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
    expect(loadConfig(full).s3).toMatchObject({ endpoint: undefined, forcePathStyle: false });
    expect(problemsOf({ S3_BUCKET: 'taskforce-files', S3_REGION: 'us-east-1' })).toEqual([
      'S3_ACCESS_KEY_ID: required when S3_BUCKET is set',
      'S3_SECRET_ACCESS_KEY: required when S3_BUCKET is set',
    ]);
    expect(problemsOf({ S3_ENDPOINT: 'http://minio:9000' })).toEqual(['S3_BUCKET: required when S3_ENDPOINT is set (evidence files go to S3 only with a bucket)']);
    expect(problemsOf({ ...full, S3_BUCKET: 'ab' })).toEqual(['S3_BUCKET: S3_BUCKET must be a bucket name of 3-63 lower-case letters, digits, dots and hyphens']);
    expect(problemsOf({ ...full, S3_ENDPOINT: 'minio:9000' })).toEqual(['S3_ENDPOINT: S3_ENDPOINT must be an http:// or https:// URL']);
  });
});
