// Baseline for selectors-bench.mjs: a bare `node:http` + `pg` server answering hit/no-hit for one selector and for a
// list of selectors, with the least a server can do for it and nothing else.
//
// Per request, like the API: the bearer token's signature and expiry are checked with the API's own JWT library
// (@nestjs/jwt's JwtService, HS256, the same JWT_SECRET), and the token's session must be live in `sessions` (not
// revoked, before its end, active within SESSION_IDLE_MINUTES, its person enabled) — the check of bare-screens-server.mjs,
// made in the same SQL statement as the lookup. The selector's value is normalised (for the three kinds the benchmark
// sends: PHONE — spaces, dashes, dots and brackets dropped, an E.164 `+` number expected; EMAIL — trimmed, lower-cased;
// IBAN — spaces dropped, upper-cased) and its blind index computed as the API computes it: lowercase hex HMAC-SHA-256
// (RFC 2104) of `kind NUL value` under the first key of MATCHING_KEY. Then ONE SQL statement:
//
//   POST /query  body `{ "kind": "PHONE", "value": "+40721000001" }`
//     → `{ "kind", "hit" }`: one indexed equality lookup of `lead_selectors` by kind and blind index
//       (`EXISTS (… WHERE kind = $3 AND blind_index = $4)`, on the index lead_selectors_blind_index);
//   POST /query.csv  body: CSV text `kind,value` (header first; the columns the benchmark writes, no quoting)
//     → `{ "lines": [{ "line", "kind", "hit" }], "queried", "hits" }`: one SQL join of the list's blind indexes
//       (`unnest` of the lines' kinds and blind indexes) with `lead_selectors`.
//   401 `{ "errors": [...] }` without a live session; 400 for a body it cannot read.
//
// It does not exclude the querier's own agency's selectors, apply the holder's disclosure (TLP, handling codes, hit
// mode), name the holders, count the daily budgets, record the queries, write audit entries, or validate the values as
// the API's normalisation does (libphonenumber's number ranges, IBAN check digits, e-mail syntax): that is what the
// API does on top. The benchmark's fixture makes the answers the same (the known selectors are held by other agencies,
// on leads that reveal their holder).
//
// Settings from the environment: DATABASE_URL, JWT_SECRET, MATCHING_KEY (`keyId:base64key,…`; the first key is used),
// SESSION_IDLE_MINUTES (default 30), PGAPPNAME (default bare-selectors-server), BARE_POOL_SIZE (default 10, TypeORM's
// default pool). It prints nothing; it tells the benchmark its port over IPC: `{ type: 'listening', port }`.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { JwtService } = require('@nestjs/jwt');
const { Pool } = require('pg');

const jwt = new JwtService({ secret: process.env.JWT_SECRET });
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.BARE_POOL_SIZE ?? 10), application_name: process.env.PGAPPNAME ?? 'bare-selectors-server' });
const IDLE_SECONDS = Number(process.env.SESSION_IDLE_MINUTES ?? 30) * 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MATCHING_KEY = Buffer.from((process.env.MATCHING_KEY ?? '').split(',')[0].split(':')[1] ?? '', 'base64');
if (MATCHING_KEY.length !== 32) throw new Error('MATCHING_KEY must be keyId:base64key with a 32-byte key');

/** The normalised value of the kinds the benchmark sends, or null when it cannot be read. */
function normalise(kind, raw) {
  const value = String(raw ?? '').trim();
  if (kind === 'PHONE') {
    const phone = value.replace(/[\s().-]/g, '');
    return /^\+[1-9]\d{6,14}$/.test(phone) ? phone : null;
  }
  if (kind === 'EMAIL') return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? value.toLowerCase() : null;
  if (kind === 'IBAN') {
    const iban = value.replace(/\s/g, '').toUpperCase();
    return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban) ? iban : null;
  }
  return null;
}

/** The blind index of a normalised selector under the current matching key (as the API's BlindIndex.current). */
const blindIndex = (kind, value) => createHmac('sha256', MATCHING_KEY).update(`${kind}\u0000${value}`, 'utf8').digest('hex');

/** The session of the token, live now, and its person (the check of bare-screens-server.mjs). */
const VIEWER = `viewer AS (
  SELECT u.id FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE s.id = $1::uuid AND s.user_id = $2::uuid AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL
     AND s.last_seen_at > now() - make_interval(secs => ${IDLE_SECONDS}))`;

/** One selector: $1 session id, $2 user id, $3 kind, $4 blind index. */
const QUERY_SQL = `WITH ${VIEWER}
SELECT EXISTS (SELECT 1 FROM viewer) AS authenticated,
       EXISTS (SELECT 1 FROM lead_selectors s WHERE s.kind = $3::selector_kind AND s.blind_index = $4) AS hit`;

/** A list: $1 session id, $2 user id, $3 line numbers, $4 kinds, $5 blind indexes; the line numbers that hit. */
const LIST_SQL = `WITH ${VIEWER}
SELECT EXISTS (SELECT 1 FROM viewer) AS authenticated,
       ARRAY(SELECT DISTINCT q.line FROM unnest($3::int[], $4::selector_kind[], $5::text[]) AS q(line, kind, blind_index)
               JOIN lead_selectors s ON s.kind = q.kind AND s.blind_index = q.blind_index ORDER BY q.line) AS hit_lines`;

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
}

const unauthenticated = JSON.stringify({ errors: [{ message: 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }], data: null });
const badRequest = JSON.stringify({ errors: [{ message: 'Bad request', extensions: { code: 'BAD_USER_INPUT' } }], data: null });

/** The token's claims `{ sub, sid }` when its signature (HS256, JWT_SECRET) and expiry are valid, else null. */
async function claimsOf(req) {
  const match = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
  if (!match) return null;
  try {
    const claims = await jwt.verifyAsync(match[1], { algorithms: ['HS256'] });
    return typeof claims.sub === 'string' && typeof claims.sid === 'string' && UUID.test(claims.sub) && UUID.test(claims.sid) ? claims : null;
  } catch {
    return null;
  }
}

/** The data lines of a `kind,value` CSV (header first, in either order): `{ line, kind, blindIndex }`, or null. */
function readList(text) {
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = rows[0].split(',').map((h) => h.trim().toLowerCase());
  const kindAt = header.indexOf('kind');
  const valueAt = header.indexOf('value');
  if (kindAt < 0 || valueAt < 0) return null;
  const lines = [];
  for (let i = 1; i < rows.length; i++) {
    if (!rows[i].trim()) continue;
    const fields = rows[i].split(',');
    const kind = fields[kindAt]?.trim().toUpperCase();
    const value = normalise(kind, fields[valueAt]);
    lines.push({ line: i + 1, kind, blindIndex: value === null ? null : blindIndex(kind, value) });
  }
  return lines;
}

async function handle(req, body, res) {
  const route = req.method === 'POST' ? req.url : null;
  if (route !== '/query' && route !== '/query.csv') return send(res, 404, JSON.stringify({ error: 'not found' }));
  const claims = await claimsOf(req);
  if (!claims) return send(res, 401, unauthenticated);
  if (route === '/query') {
    let input;
    try {
      input = JSON.parse(body || '{}');
    } catch {
      return send(res, 400, badRequest);
    }
    const value = normalise(input.kind, input.value);
    if (value === null) return send(res, 400, badRequest);
    const [row] = (await pool.query({ name: 'query', text: QUERY_SQL, values: [claims.sid, claims.sub, input.kind, blindIndex(input.kind, value)] })).rows;
    if (!row.authenticated) return send(res, 401, unauthenticated);
    return send(res, 200, JSON.stringify({ kind: input.kind, hit: row.hit }));
  }
  const lines = readList(body);
  if (!lines) return send(res, 400, badRequest);
  const valid = lines.filter((l) => l.blindIndex !== null);
  const [row] = (
    await pool.query({ name: 'list', text: LIST_SQL, values: [claims.sid, claims.sub, valid.map((l) => l.line), valid.map((l) => l.kind), valid.map((l) => l.blindIndex)] })
  ).rows;
  if (!row.authenticated) return send(res, 401, unauthenticated);
  const hits = new Set(row.hit_lines);
  send(res, 200, JSON.stringify({ lines: lines.map((l) => ({ line: l.line, kind: l.kind, hit: l.blindIndex === null ? null : hits.has(l.line) })), queried: valid.length, hits: hits.size }));
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    handle(req, Buffer.concat(chunks).toString('utf8'), res).catch((err) => {
      send(res, 500, JSON.stringify({ errors: [{ message: err instanceof Error ? err.message : String(err) }] }));
    });
  });
});
server.keepAliveTimeout = 60_000;

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.send?.({ type: 'listening', port: server.address().port });
});
