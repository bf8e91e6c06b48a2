import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MinLength,
  Min,
} from 'class-validator';
import { resolve } from 'node:path';

import { EvidenceFileSettings } from './evidence-file-settings';
import { toBool, toInt, toNumber } from './config-transforms';

/**
 * The process environment, validated at boot. Every variable is documented in the README ("Configuration").
 * Durations are in seconds.
 */
export class AppConfig extends EvidenceFileSettings {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  /** HTTP port serving API, socket.io and the web client. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** postgres://user:password@host:port/database; when absent an embedded PostgreSQL is started. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  /** Folder holding the embedded PostgreSQL's data between runs (default: ./.data). */
  @IsString()
  TASKFORCE_DATA_DIR = resolve(process.cwd(), '.data');

  /** HMAC secret for access tokens; required (≥ 32 characters) in production. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(30)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  REFRESH_TOKEN_TTL_SECONDS = 7 * 24 * 3600;

  /**
   * Minutes without an authenticated request after which a session ends (idle timeout, OWASP ASVS 5.0 V7.3), besides
   * its absolute end REFRESH_TOKEN_TTL_SECONDS after sign-in. Fractions are allowed (0.05 = 3 seconds, for tests).
   * Default 30; at most 1440 (a day).
   */
  @Transform(toNumber)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'SESSION_IDLE_MINUTES must be a number of minutes' })
  @Min(0.01, { message: 'SESSION_IDLE_MINUTES must be at least 0.01' })
  @Max(1440, { message: 'SESSION_IDLE_MINUTES must be at most 1440 (a day)' })
  SESSION_IDLE_MINUTES = 30;

  /**
   * Whether the session cookies of the web client carry `Secure` (and so the `__Host-` name prefix). Default true,
   * also on plain http to localhost, 127.0.0.1 and [::1], which browsers treat as secure. `false` only for a
   * development server reached over plain http at another address; refused when NODE_ENV=production.
   */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'SESSION_COOKIE_SECURE must be true or false' })
  SESSION_COOKIE_SECURE?: boolean;

  /** Whether the session cookies are `Secure` (SESSION_COOKIE_SECURE, default true). */
  get sessionCookieSecure(): boolean {
    return this.SESSION_COOKIE_SECURE !== false;
  }

  /** Load the fictional demo task force into an empty database. Default true outside production; never in production. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'DEMO_DATA must be true or false' })
  DEMO_DATA?: boolean;

  /**
   * Answer every GraphQL request with an `X-SQL-Statements` header: the number of SQL statements it ran (BEGIN and
   * COMMIT included). Default false; for the statement-count tests and for developers watching a screen's cost.
   */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'SQL_STATEMENT_HEADER must be true or false' })
  SQL_STATEMENT_HEADER?: boolean;

  /** Benchmarks only (`npm run bench:audit`): the audit service writes nothing. Default false; refused in production. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'AUDIT_DISABLED_FOR_BENCHMARK must be true or false' })
  AUDIT_DISABLED_FOR_BENCHMARK?: boolean;

  /** Login attempts allowed per client address and e-mail within LOGIN_RATE_WINDOW_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT = 10;

  /** Window (seconds, sliding) of LOGIN_RATE_LIMIT, LOGIN_ADDRESS_RATE_LIMIT and LOGIN_GLOBAL_RATE_LIMIT. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_WINDOW_SECONDS = 60;

  /**
   * Failed logins allowed from one client address (any e-mails, known or not) within LOGIN_RATE_WINDOW_SECONDS;
   * then every login from it is refused (TOO_MANY_REQUESTS) until the oldest failure leaves the window. Against
   * one password sprayed over many accounts. Default 30.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_ADDRESS_RATE_LIMIT = 30;

  /**
   * Failed logins allowed from all addresses together (one API node) within LOGIN_RATE_WINDOW_SECONDS; then every
   * login is refused until the oldest failure leaves the window. Against spraying from many addresses. Default 1000.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_GLOBAL_RATE_LIMIT = 1000;

  /**
   * Deepest GraphQL operation accepted: field levels, the leaf included (`{ me { id } }` is 2), fragments counted as
   * if written inline. The web client's deepest is 5. Default 8.
   */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  GRAPHQL_MAX_DEPTH = 8;

  /** Most aliases in one GraphQL operation (fragments included; `__typename` not counted). The web client uses none. Default 15. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_ALIASES = 15;

  /** Most directives (`@include`, `@skip`…) in one GraphQL operation. Default 50. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_DIRECTIVES = 50;

  /** Most lexical tokens in one GraphQL document (names, punctuation, values); the web client's largest has 245. Default 1000. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  GRAPHQL_MAX_TOKENS = 1000;

  /**
   * Highest estimated cost of one GraphQL operation (points: see COST in query-cost.ts and docs/api-contract.md);
   * at most GRAPHQL_COST_PER_MINUTE. Default 20000 (the web client's heaviest, `MyTasks`, is estimated at 16,020).
   */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COST = 20000;

  /**
   * Budget of estimated GraphQL cost per caller (a person; anonymous requests: a client address) within a sliding
   * minute, per API node. An operation that does not fit is refused before it runs with TOO_MANY_REQUESTS and
   * `retryAfterSeconds`. Default 120000 (how it was chosen: docs/api-contract.md, "Query cost").
   */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  GRAPHQL_COST_PER_MINUTE = 120000;

  /** Folder with the built web client (index.html); served on every path not taken by the API. */
  @IsString()
  WEB_DIST_DIR = resolve(process.cwd(), 'dist/web');

  /** Seconds between checks for urgent tasks nobody acknowledged in time; 0 turns the check off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  ESCALATION_CHECK_SECONDS = 30;

  /**
   * Small-cell threshold k for figures that leave the agency that recorded them: counts from 1 to k−1,
   * and the complementary cells that would reveal them, are suppressed. A request may ask for a higher k, never a
   * lower one. Default 11.
   */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(1000)
  SMALL_CELL_K = 11;

  /**
   * SMTP server for alert e-mails, e.g. `smtp://user:pass@mail.example.org:587` or `smtps://…:465` (nodemailer's
   * connection URL). Unset: outside production every alert e-mail is written as an .eml file to MAIL_DIR instead; in
   * production no e-mail is sent.
   */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** Sender of alert e-mails (RFC 5322 address, optionally with a display name). */
  @IsString()
  MAIL_FROM = 'Task-force workspace <no-reply@taskforce.invalid>';

  /** Folder the alert e-mails are written to when SMTP_URL is unset, outside production (default `<TASKFORCE_DATA_DIR>/mail`). */
  @IsOptional()
  @IsString()
  MAIL_DIR?: string;

  /** Minutes a notification stays unread, with its person inactive, before an alert e-mail; also the least time between two alert e-mails to one person. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10080)
  EMAIL_ALERT_DELAY_MINUTES = 10;

  /** Seconds between checks for notifications to alert by e-mail; 0 turns alert e-mails off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  EMAIL_CHECK_SECONDS = 60;

  /** Address of the workspace as its people open it, for links in e-mails (default `http://localhost:<PORT>`). */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: 'PUBLIC_URL must be an http:// or https:// URL' })
  PUBLIC_URL?: string;

  /** Folder of evidence file contents on this node (`<TASKFORCE_DATA_DIR>/files`). */
  get filesDir(): string {
    return resolve(this.TASKFORCE_DATA_DIR, 'files');
  }

  /** Where alert e-mails go when SMTP_URL is unset (see MAIL_DIR). */
  get mailDir(): string {
    return this.MAIL_DIR ?? resolve(this.TASKFORCE_DATA_DIR, 'mail');
  }

  /** The workspace's address for links (PUBLIC_URL without a trailing slash, or `http://localhost:<PORT>`). */
  get publicUrl(): string {
    return (this.PUBLIC_URL ?? `http://localhost:${this.PORT}`).replace(/\/+$/, '');
  }

  /** Seconds between sweeps of lead shares (agreements ended, future-dated law come into effect); 0 = off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  LEAD_LAPSE_CHECK_SECONDS = 60;

  /**
   * Express "trust proxy" setting for a reverse proxy in front (e.g. `loopback`, `10.0.0.0/8`, or a hop count
   * `1`); unset = trust no X-Forwarded-For header.
   */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  /** Comma-separated origins allowed to open socket.io connections besides the server's own origin. */
  @IsOptional()
  @IsString()
  ALLOWED_ORIGINS?: string;

  /**
   * redis:// or rediss:// URL. When set, API nodes share socket.io events through Redis Streams; when absent,
   * through PostgreSQL LISTEN/NOTIFY on DATABASE_URL's database.
   */
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /**
   * Name of the Redis stream, prefix of the pub/sub channels and client name used by the socket.io adapter.
   * Nodes of one deployment share it; deployments sharing one Redis need different ones.
   */
  @Matches(/^[A-Za-z0-9:._-]{1,100}$/, { message: 'REDIS_KEY_PREFIX must be 1-100 letters, digits or : . _ -' })
  REDIS_KEY_PREFIX = 'taskforce:socket.io';

  /**
   * Keys for encrypting potential victims' identities (AES-256-GCM): `keyId:base64key,…`, each key 32 bytes, the
   * first one encrypts, all decrypt (rotation). Required in production; generated into TASKFORCE_DATA_DIR in
   * development and kept in memory in tests.
   */
  @IsOptional()
  @IsString()
  LEAD_ENCRYPTION_KEYS?: string;

  /**
   * Keys of the selectors' blind index (HMAC-SHA-256 of `kind NUL normalised value`, hit/no-hit matching):
   * `keyId:base64key,…`, each key 32 bytes, as LEAD_ENCRYPTION_KEYS; the first indexes new selectors (the current key),
   * the others are older keys still matched until re-indexed (rotation). Required in production; generated into
   * TASKFORCE_DATA_DIR in development and kept in memory in tests.
   */
  @IsOptional()
  @IsString()
  MATCHING_KEY?: string;

  /** Selector queries (and recordings, which match too) one person may make in any 24 hours. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SELECTOR_QUERIES_PER_PERSON_PER_DAY = 500;

  /** Selector queries (and recordings) the people of one agency together may make in any 24 hours. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SELECTOR_QUERIES_PER_AGENCY_PER_DAY = 5000;

  /**
   * Largest CSV file (bytes) `POST /selectors/query.csv` reads; a larger body is refused with 413 naming the limit.
   * Default 2097152 (2 MiB): 10,000 lines of a phone, IBAN or e-mail with its kind take about 300 KiB.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  SELECTOR_LIST_MAX_BYTES = 2 * 1024 * 1024;

  /**
   * Seconds between sweeps that open the deconfliction cases of answered selector queries, audit their hits and tell
   * the holders (docs/hit-no-hit.md, "After the answer"); 0 turns the sweep off (tests run it themselves).
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  SELECTOR_HIT_SWEEP_SECONDS = 5;

  /**
   * Agency admins and platform admins must have a second factor (TOTP): told to enrol at sign-in, refused admin and
   * step-up actions until they do. Default: true in production, false in development and test (the demo admins have
   * no factor). Platform admins can also require it at run time (`setAdminSecondFactorRequired`); either one suffices.
   */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'ADMIN_SECOND_FACTOR_REQUIRED must be true or false' })
  ADMIN_SECOND_FACTOR_REQUIRED?: boolean;

  /**
   * WebAuthn relying-party id of passkeys: the site's domain, without scheme or port (e.g. `taskforce.example.org`). A
   * passkey is bound to it by the authenticator and works only on pages of that domain or its subdomains (W3C Web
   * Authentication Level 3, §5.1.4 and §13.4.9); changing it makes every registered passkey unusable. Default
   * `localhost` (the demo, `npm start`, the browser tests). Set it, with WEBAUTHN_ORIGINS, in production.
   */
  @IsOptional()
  @Matches(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/, {
    message: 'WEBAUTHN_RP_ID must be a lower-case domain name such as taskforce.example.org (no scheme, port or IP address)',
  })
  WEBAUTHN_RP_ID?: string;

  /**
   * Comma-separated origins of the pages that register and use passkeys; the browser writes the page's origin into
   * every WebAuthn answer and answers from any other origin are refused. Each must be `https:` (`http:` only on
   * localhost) with WEBAUTHN_RP_ID or a subdomain of it as host. Default: `https://<WEBAUTHN_RP_ID>` when that is set
   * to a domain other than localhost; otherwise `http://localhost:<PORT>` and, outside production, the Vite dev and
   * preview servers (`http://localhost:4200`, `http://localhost:4300`).
   */
  @IsOptional()
  @IsString()
  WEBAUTHN_ORIGINS?: string;

  /** The relying-party id of passkeys (WEBAUTHN_RP_ID, default `localhost`). */
  get webauthnRpId(): string {
    return this.WEBAUTHN_RP_ID ?? 'localhost';
  }

  /** The origins passkey answers may come from (WEBAUTHN_ORIGINS, or its default; see there). */
  get webauthnOrigins(): string[] {
    const listed = (this.WEBAUTHN_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
    if (listed.length) return listed;
    if (this.webauthnRpId !== 'localhost') return [`https://${this.webauthnRpId}`];
    const own = `http://localhost:${this.PORT}`;
    return this.isProduction ? [own] : [...new Set([own, 'http://localhost:4200', 'http://localhost:4300'])];
  }

  /** Whether ADMIN_SECOND_FACTOR_REQUIRED, or its default for NODE_ENV, requires admins to have a second factor. */
  get adminSecondFactorRequired(): boolean {
    return this.ADMIN_SECOND_FACTOR_REQUIRED ?? this.isProduction;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get loadDemoData(): boolean {
    return !this.isProduction && this.DEMO_DATA !== false;
  }
}
