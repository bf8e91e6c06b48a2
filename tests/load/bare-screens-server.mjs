// Baseline for screens-bench.mjs: a bare `node:http` + `pg` server answering the two screens the benchmark
// measures — the operation board and the leads list — with exactly the JSON the API's GraphQL response carries
// for the web client's documents (`{ "data": … }`, Apollo Client's `__typename`s included), and nothing else.
//
// Per request, like the API: the bearer token's signature and expiry are checked with the API's own JWT library
// (@nestjs/jwt's JwtService, HS256, the same JWT_SECRET), then ONE SQL statement checks that the token's session is
// live in `sessions` (not revoked, before its end, active within SESSION_IDLE_MINUTES, its person enabled), applies
// the need-to-know rules (operation: the viewer's agency takes part; leads: originated by the viewer's agency or
// shared with it by a share in effect) and builds the response body with json_build_object / json_agg. The server
// sends that text as it is. It does not record the session's activity, audit the list reads, estimate query costs
// or validate a GraphQL document: that is what the API does on top.
//
//   POST /board  body `{ "id": <operation id>, "first": <tasks per column> }`  → the `OperationBoard` response
//   POST /leads  body `{ "first": <leads> }` (default 200, as the API)         → the `Leads` response
//   401 `{ "errors": [...] }` without a live session; 404 for an operation the viewer may not see.
//
// Settings from the environment: DATABASE_URL, JWT_SECRET, SESSION_IDLE_MINUTES (default 30), PGAPPNAME (the
// application_name of its connections, default bare-screens-server; the benchmark tells its backends apart by it), BARE_POOL_SIZE
// (default 10, TypeORM's default pool). It prints nothing; it tells the benchmark its port over IPC:
// `{ type: 'listening', port }`.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { JwtService } = require('@nestjs/jwt');
const { Pool } = require('pg');

const jwt = new JwtService({ secret: process.env.JWT_SECRET });
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.BARE_POOL_SIZE ?? 10), application_name: process.env.PGAPPNAME ?? 'bare-screens-server' });
const IDLE_SECONDS = Number(process.env.SESSION_IDLE_MINUTES ?? 30) * 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// --- SQL building blocks (text composed once at start-up; the statements are prepared by name) -------------------

/** A DateTime as GraphQL serializes a JS Date: ISO 8601 UTC with milliseconds (microseconds truncated), or null. */
const iso = (expr) => `to_char((${expr}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** `AgencyFields` of the agencies row `a`. */
const agencyFields = (a) =>
  `json_build_object('id', ${a}.id, 'name', ${a}.name, 'acronym', ${a}.acronym, 'kind', ${a}.kind, 'country', ${a}.country, '__typename', 'Agency')`;

/** `AgencyBadgeFields` (a task card's agency) of the agencies row `a`. */
const agencyBadgeFields = (a) =>
  `json_build_object('id', ${a}.id, 'name', ${a}.name, 'acronym', ${a}.acronym, 'country', ${a}.country, '__typename', 'Agency')`;

/** `PersonFields` (`{ id displayName agency { id acronym } }`) of the users row `u` joined with its agency `ua`. */
const personFields = (u, ua) =>
  `json_build_object('id', ${u}.id, 'displayName', ${u}.display_name, 'agency', json_build_object('id', ${ua}.id, 'acronym', ${ua}.acronym, '__typename', 'Agency'), '__typename', 'User')`;

/** The session of the token, live now, and its person: (id, agency_id, roles). */
const VIEWER = `viewer AS (
  SELECT u.id, u.agency_id, u.roles FROM sessions s JOIN users u ON u.id = s.user_id JOIN agencies va ON va.id = u.agency_id
   WHERE s.id = $1::uuid AND s.user_id = $2::uuid AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL
     AND s.last_seen_at > now() - make_interval(secs => ${IDLE_SECONDS}))`;

/** Task status columns in lifecycle order, task priorities (board order: most urgent first), GraphQL enum names. */
const STATUSES = `ARRAY['OPEN','IN_PROGRESS','BLOCKED','DONE','CANCELLED']`;
const CREDIBILITY = `ARRAY['CONFIRMED','PROBABLY_TRUE','POSSIBLY_TRUE','DOUBTFUL','IMPROBABLE','CANNOT_BE_JUDGED']`;

/**
 * The board: $1 session id, $2 user id (the token's sid and sub), $3 operation id, $4 tasks per column.
 * Columns: `authenticated` (boolean), `body` (text; null when the operation is unknown or not visible).
 */
const BOARD_SQL = `
WITH ${VIEWER},
op AS (
  SELECT o.*, v.agency_id AS viewer_agency,
         (v.roles @> ARRAY['COORDINATOR']::user_role[] AND EXISTS (SELECT 1 FROM operation_coordinators oc WHERE oc.operation_id = o.id AND oc.user_id = v.id)) AS viewer_coordinates
    FROM viewer v JOIN operations o ON o.id = $3::uuid
   WHERE EXISTS (SELECT 1 FROM operation_agencies oa WHERE oa.operation_id = o.id AND oa.agency_id = v.agency_id)),
page AS (
  SELECT t.*, row_number() OVER (PARTITION BY t.status ORDER BY CASE t.priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END,
                                 COALESCE(t.due_at, 'infinity'::timestamptz), t.created_at, t.id) AS rn
    FROM op JOIN tasks t ON t.operation_id = op.id)
SELECT EXISTS (SELECT 1 FROM viewer) AS authenticated,
  (SELECT json_build_object('data', json_build_object('operation', json_build_object(
    'id', op.id, 'name', op.name, 'description', op.description, 'status', op.status, 'countries', to_json(op.countries),
    'formsOfExploitation', to_json(op.forms_of_exploitation),
    'leadAgency', (SELECT ${agencyFields('a')} FROM agencies a WHERE a.id = op.lead_agency_id),
    'participatingAgencies', COALESCE((SELECT json_agg(${agencyFields('a')} ORDER BY a.id <> op.lead_agency_id, a.name)
        FROM operation_agencies oa JOIN agencies a ON a.id = oa.agency_id WHERE oa.operation_id = op.id), '[]'),
    'coordinators', COALESCE((SELECT json_agg(${personFields('u', 'ua')} ORDER BY u.display_name)
        FROM operation_coordinators oc JOIN users u ON u.id = oc.user_id JOIN agencies ua ON ua.id = u.agency_id WHERE oc.operation_id = op.id), '[]'),
    'viewerIsCoordinator', op.viewer_coordinates,
    'escalationMinutes', op.escalation_minutes, 'fileRetentionDays', op.file_retention_days, 'createdAt', ${iso('op.created_at')}, 'purpose', op.purpose, 'version', op.version,
    'startsOn', to_char(op.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(op.ends_on, 'YYYY-MM-DD'),
    'legalBasisAgreementId', op.legal_basis_agreement_id, 'legalBasisCitation', op.legal_basis_citation,
    'evaluationFinalisedAt', ${iso('op.evaluation_finalised_at')},
    'participants', COALESCE((SELECT json_agg(json_build_object('agency', ${agencyFields('a')}, 'role', oa.role, 'isLead', a.id = op.lead_agency_id,
        'joinedAt', ${iso('oa.joined_at')}, '__typename', 'OperationParticipant') ORDER BY a.id <> op.lead_agency_id, a.name)
        FROM operation_agencies oa JOIN agencies a ON a.id = oa.agency_id WHERE oa.operation_id = op.id), '[]'),
    'history', COALESCE((SELECT json_agg(json_build_object('id', e.id, 'action', e.action, 'fromStatus', e.from_status, 'toStatus', e.to_status,
        'detail', e.detail, 'reason', e.reason, 'at', ${iso('e.at')},
        'actor', CASE WHEN u.id IS NULL THEN NULL ELSE ${personFields('u', 'ua')} END,
        'agency', CASE WHEN ea.id IS NULL THEN NULL ELSE json_build_object('id', ea.id, 'acronym', ea.acronym, '__typename', 'Agency') END,
        '__typename', 'OperationEvent') ORDER BY e.seq)
        FROM operation_events e LEFT JOIN users u ON u.id = e.actor_id LEFT JOIN agencies ua ON ua.id = u.agency_id
        LEFT JOIN agencies ea ON ea.id = e.agency_id WHERE e.operation_id = op.id), '[]'),
    'invitations', COALESCE((SELECT json_agg(json_build_object('id', i.id,
        'status', CASE WHEN i.status = 'PENDING' AND i.expires_at <= now() THEN 'EXPIRED' ELSE i.status::text END,
        'role', i.role, 'message', i.message, 'agency', json_build_object('id', ia.id, 'acronym', ia.acronym, 'name', ia.name, '__typename', 'Agency'),
        'invitedBy', iu.display_name || ' (' || iua.acronym || ')', 'createdAt', ${iso('i.created_at')}, 'expiresAt', ${iso('i.expires_at')},
        'respondedAt', ${iso('i.responded_at')}, 'respondedBy', CASE WHEN ru.id IS NULL THEN NULL ELSE ru.display_name || ' (' || rua.acronym || ')' END,
        'responseReason', i.response_reason,
        'answerers', (SELECT count(*) FROM users au WHERE au.agency_id = i.agency_id AND au.disabled_at IS NULL AND au.roles && ARRAY['COORDINATOR','AGENCY_ADMIN']::user_role[])::int,
        '__typename', 'OperationInvitation') ORDER BY i.created_at DESC)
        FROM operation_invitations i JOIN agencies ia ON ia.id = i.agency_id JOIN users iu ON iu.id = i.invited_by_id JOIN agencies iua ON iua.id = iu.agency_id
        LEFT JOIN users ru ON ru.id = i.responded_by_id LEFT JOIN agencies rua ON rua.id = ru.agency_id
       WHERE i.operation_id = op.id AND op.viewer_coordinates), '[]'),
    'taskAssignees', COALESCE((SELECT json_agg(json_build_object('id', u.id, 'displayName', u.display_name,
        'agency', json_build_object('id', ua.id, 'acronym', ua.acronym, '__typename', 'Agency'), '__typename', 'User') ORDER BY u.display_name, u.id)
        FROM users u JOIN agencies ua ON ua.id = u.agency_id WHERE u.id IN (SELECT at.assignee_user_id FROM tasks at WHERE at.operation_id = op.id)), '[]'),
    'taskColumns', (SELECT json_agg(json_build_object('status', c.status,
        'total', (SELECT count(*) FROM tasks ct WHERE ct.operation_id = op.id AND ct.status::text = c.status)::int,
        'tasks', COALESCE((SELECT json_agg(json_build_object('id', t.id, 'title', t.title, 'status', t.status, 'version', t.version, 'priority', t.priority,
            'pillar', t.pillar, 'dueAt', ${iso('t.due_at')}, 'createdAt', ${iso('t.created_at')}, 'updatedAt', ${iso('t.updated_at')}, 'assigneeAgency', ${agencyBadgeFields('ta')},
            'assigneeUser', CASE WHEN tu.id IS NULL THEN NULL ELSE json_build_object('id', tu.id, 'displayName', tu.display_name, '__typename', 'User') END,
            'viewerCanUpdateStatus', op.status <> 'CLOSED' AND (t.assignee_agency_id = op.viewer_agency OR op.viewer_coordinates),
            'requiresAcknowledgement', t.priority = 'URGENT', 'acknowledgedAt', ${iso('t.acknowledged_at')},
            'acknowledgedBy', CASE WHEN ku.id IS NULL THEN NULL ELSE ${personFields('ku', 'kua')} END,
            'escalatedAt', ${iso('t.escalated_at')},
            'assigneeLeft', NOT EXISTS (SELECT 1 FROM operation_agencies la WHERE la.operation_id = op.id AND la.agency_id = t.assignee_agency_id),
            '__typename', 'Task') ORDER BY t.rn)
            FROM page t JOIN agencies ta ON ta.id = t.assignee_agency_id LEFT JOIN users tu ON tu.id = t.assignee_user_id
            LEFT JOIN users ku ON ku.id = t.acknowledged_by_id LEFT JOIN agencies kua ON kua.id = ku.agency_id
           WHERE t.status::text = c.status AND t.rn <= $4::int), '[]'),
        '__typename', 'TaskColumn') ORDER BY c.n)
        FROM unnest(${STATUSES}) WITH ORDINALITY AS c(status, n)),
    '__typename', 'Operation')))::text FROM op) AS body`;

/**
 * The leads list and its count: $1 session id, $2 user id, $3 leads on the page. Readable: originated by the viewer's
 * agency, or shared with it by a share in effect (ACTIVE, its legal basis not ended, its recipient still taking part
 * in the operation it was made through). Newest first, then by id. Columns: `authenticated`, `body` (text).
 */
const LEADS_SQL = `
WITH ${VIEWER},
readable AS (
  SELECT l.*, l.originating_agency_id = v.agency_id AS own, v.agency_id AS viewer_agency
    FROM viewer v JOIN leads l ON l.originating_agency_id = v.agency_id OR EXISTS (
      SELECT 1 FROM lead_shares s WHERE s.lead_id = l.id AND s.recipient_agency_id = v.agency_id AND s.status = 'ACTIVE'
         AND (s.basis_valid_until IS NULL OR s.basis_valid_until > statement_timestamp())
         AND (s.operation_id IS NULL OR EXISTS (SELECT 1 FROM operation_agencies oa WHERE oa.operation_id = s.operation_id AND oa.agency_id = s.recipient_agency_id)))),
page AS (SELECT * FROM readable ORDER BY created_at DESC, id LIMIT $3::int)
SELECT EXISTS (SELECT 1 FROM viewer) AS authenticated,
  (SELECT json_build_object('data', json_build_object(
    'leadCount', (SELECT count(*) FROM readable)::int,
    'leads', COALESCE((SELECT json_agg(json_build_object('id', l.id, 'summary', l.summary, 'originatingAgency', ${agencyFields('a')},
        'formOfExploitation', l.form_of_exploitation,
        'route', COALESCE((SELECT json_agg(json_build_object('country', r.stop ->> 'country', 'role', r.stop ->> 'role', '__typename', 'RouteStop') ORDER BY r.n)
            FROM jsonb_array_elements(l.route) WITH ORDINALITY AS r(stop, n)), '[]'),
        'tlp', l.tlp, 'sourceReliability', l.source_reliability,
        'informationCredibility', (${CREDIBILITY})[l.information_credibility::text::int],
        'grade', l.source_reliability::text || l.information_credibility::text, 'handlingCodes', to_json(l.handling_codes), 'status', l.status,
        'viewerIsOriginator', l.own,
        'redaction', CASE WHEN l.own OR cardinality(sh.redacted_categories) = 0 OR sh.redacted_categories IS NULL THEN NULL
                          ELSE json_build_object('categories', to_json(sh.redacted_categories), '__typename', 'LeadRedaction') END,
        'createdAt', ${iso('l.created_at')}, '__typename', 'Lead') ORDER BY l.created_at DESC, l.id)
        FROM page l JOIN agencies a ON a.id = l.originating_agency_id
        LEFT JOIN LATERAL (SELECT s.redacted_categories FROM lead_shares s WHERE NOT l.own AND s.lead_id = l.id AND s.recipient_agency_id = l.viewer_agency
                              AND s.status = 'ACTIVE' ORDER BY s.created_at LIMIT 1) sh ON true), '[]')))::text
  FROM (SELECT 1 FROM viewer) one) AS body`;

// --- HTTP ---------------------------------------------------------------------------------------------------------

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
}

const unauthenticated = JSON.stringify({ errors: [{ message: 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }], data: null });
const notFound = JSON.stringify({ errors: [{ message: 'Operation not found', extensions: { code: 'NOT_FOUND' } }], data: null });
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

async function handle(req, body, res) {
  const route = req.method === 'POST' ? req.url : null;
  if (route !== '/board' && route !== '/leads') return send(res, 404, JSON.stringify({ error: 'not found' }));
  let input;
  try {
    input = JSON.parse(body || '{}');
  } catch {
    return send(res, 400, badRequest);
  }
  const claims = await claimsOf(req);
  if (!claims) return send(res, 401, unauthenticated);
  let row;
  if (route === '/board') {
    const first = input.first ?? 50;
    if (typeof input.id !== 'string' || !UUID.test(input.id) || !Number.isInteger(first) || first < 0 || first > 200) return send(res, 400, badRequest);
    [row] = (await pool.query({ name: 'board', text: BOARD_SQL, values: [claims.sid, claims.sub, input.id, first] })).rows;
  } else {
    const first = input.first ?? 200;
    if (!Number.isInteger(first) || first < 1 || first > 200) return send(res, 400, badRequest);
    [row] = (await pool.query({ name: 'leads', text: LEADS_SQL, values: [claims.sid, claims.sub, first] })).rows;
  }
  if (!row.authenticated) return send(res, 401, unauthenticated);
  if (row.body === null) return send(res, 404, notFound);
  send(res, 200, row.body);
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
