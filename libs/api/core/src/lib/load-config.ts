import { plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';
import { AppConfig } from './app-config';
import { parseEncryptionKeys } from './encryption-keys';

/** Thrown when the environment is invalid; its message names every offending variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`));
}

/**
 * Validates `env` (default `process.env`) into an AppConfig.
 * @throws ConfigError naming each missing or malformed variable, and refusing production without JWT_SECRET or
 *   LEAD_ENCRYPTION_KEYS or MATCHING_KEY, or with DEMO_DATA=true or AUDIT_DISABLED_FOR_BENCHMARK=true.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const picked = Object.fromEntries(Object.entries(env).filter(([k, v]) => known.includes(k) && v !== undefined));
  const config = plainToInstance(AppConfig, picked, { exposeDefaultValues: true });
  const problems = describe(validateSync(config, { skipMissingProperties: false }));
  if (config.isProduction && !config.JWT_SECRET) {
    problems.push('JWT_SECRET: required when NODE_ENV=production');
  }
  if (config.isProduction && !config.LEAD_ENCRYPTION_KEYS) {
    problems.push('LEAD_ENCRYPTION_KEYS: required when NODE_ENV=production');
  }
  if (config.LEAD_ENCRYPTION_KEYS !== undefined) {
    try {
      parseEncryptionKeys(config.LEAD_ENCRYPTION_KEYS);
    } catch (error) {
      problems.push(`LEAD_ENCRYPTION_KEYS: ${(error as Error).message}`);
    }
  }
  if (config.isProduction && !config.MATCHING_KEY) {
    problems.push('MATCHING_KEY: required when NODE_ENV=production');
  }
  if (config.MATCHING_KEY !== undefined) {
    try {
      parseEncryptionKeys(config.MATCHING_KEY);
    } catch (error) {
      problems.push(`MATCHING_KEY: ${(error as Error).message}`);
    }
  }
  if (config.isProduction && config.SESSION_COOKIE_SECURE === false) {
    problems.push('SESSION_COOKIE_SECURE: session cookies are always Secure when NODE_ENV=production (serve the app over https)');
  }
  if (config.isProduction && config.DEMO_DATA === true) {
    problems.push('DEMO_DATA: demo data is never loaded when NODE_ENV=production');
  }
  if (config.isProduction && config.AUDIT_DISABLED_FOR_BENCHMARK === true) {
    problems.push('AUDIT_DISABLED_FOR_BENCHMARK: the audit log is never turned off when NODE_ENV=production');
  }
  if (Number.isInteger(config.GRAPHQL_MAX_COST) && Number.isInteger(config.GRAPHQL_COST_PER_MINUTE) && config.GRAPHQL_MAX_COST > config.GRAPHQL_COST_PER_MINUTE) {
    problems.push(`GRAPHQL_MAX_COST: ${config.GRAPHQL_MAX_COST} is above GRAPHQL_COST_PER_MINUTE (${config.GRAPHQL_COST_PER_MINUTE}): an operation that costs more than a whole minute's budget could never run`);
  }
  for (const origin of (config.ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean)) {
    if (!isOrigin(origin)) problems.push(`ALLOWED_ORIGINS: "${origin}" is not an origin such as https://taskforce.example.org`);
  }
  problems.push(...s3Problems(config));
  if (!problems.some((p) => p.startsWith('WEBAUTHN_RP_ID:'))) problems.push(...webauthnOriginProblems(config));
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** S3 settings are all or nothing: S3_BUCKET with its region and credentials, and no S3_* without S3_BUCKET. */
function s3Problems(config: AppConfig): string[] {
  const others = ['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const;
  if (!config.S3_BUCKET) {
    return others.filter((name) => config[name] !== undefined).map((name) => `S3_BUCKET: required when ${name} is set (evidence files go to S3 only with a bucket)`);
  }
  return (['S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const)
    .filter((name) => !config[name])
    .map((name) => `${name}: required when S3_BUCKET is set`);
}

/**
 * What is wrong with WEBAUTHN_ORIGINS for WEBAUTHN_RP_ID: each entry must be an origin on the RP id or a subdomain of
 * it (WebAuthn refuses others), over https except on localhost (WebAuthn needs a secure context).
 */
function webauthnOriginProblems(config: AppConfig): string[] {
  const rpId = config.webauthnRpId;
  const problems: string[] = [];
  for (const origin of config.webauthnOrigins) {
    if (!isOrigin(origin)) {
      problems.push(`WEBAUTHN_ORIGINS: "${origin}" is not an origin such as https://taskforce.example.org`);
      continue;
    }
    const url = new URL(origin);
    if (url.hostname !== rpId && !url.hostname.endsWith(`.${rpId}`)) problems.push(`WEBAUTHN_ORIGINS: "${origin}" is not on ${rpId} (WEBAUTHN_RP_ID) or a subdomain of it`);
    else if (url.protocol !== 'https:' && url.hostname !== 'localhost') problems.push(`WEBAUTHN_ORIGINS: "${origin}" must use https (http only on localhost)`);
  }
  return problems;
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}
