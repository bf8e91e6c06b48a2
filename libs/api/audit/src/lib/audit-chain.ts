import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditLeadSet, leadSetIdOf } from './audit-lead-sets';
import { AuditAction, AuditSubject } from './audit-vocabulary';

/** prev_hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Version tag of the canonical serialisation below; part of every hashed string. */
export const AUDIT_HASH_VERSION = 'taskforce-audit-v1';

/** The fields of an entry that are hashed (all of them except `hash`). */
export interface AuditFields {
  seq: number;
  at: Date;
  actorUserId: string | null;
  actorAgencyId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  reason: string | null;
  clientAddress: string | null;
  details: Record<string, unknown>;
  prevHash: string;
}

/** JSON with object keys sorted at every level (jsonb does not keep key order, so the hash must not depend on it). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The canonical serialisation that is hashed: the JSON array
 * `[AUDIT_HASH_VERSION, seq, at (ISO 8601 UTC, ms), actorUserId, actorAgencyId, action, subjectType, subjectId,
 * reason, clientAddress, details (canonical JSON, keys sorted), prevHash]` (nulls as JSON null).
 * hash = lowercase hex SHA-256 of its UTF-8 bytes.
 */
export function canonicalEntry(e: AuditFields): string {
  return JSON.stringify([
    AUDIT_HASH_VERSION,
    e.seq,
    e.at.toISOString(),
    e.actorUserId,
    e.actorAgencyId,
    e.action,
    e.subjectType,
    e.subjectId,
    e.reason,
    e.clientAddress,
    canonicalJson(e.details),
    e.prevHash,
  ]);
}

export function hashEntry(e: AuditFields): string {
  return createHash('sha256').update(canonicalEntry(e), 'utf8').digest('hex');
}

/** An entry to append; seq, at, prev_hash and hash are set by `appendAuditEntries`. */
export interface AuditDraft {
  actorUserId: string | null;
  actorAgencyId: string | null;
  action: AuditAction | string;
  subjectType: AuditSubject | string;
  subjectId: string;
  reason?: string | null;
  clientAddress?: string | null;
  details?: Record<string, unknown>;
  /**
   * The lead set `details.leadSetId` names, stored (once, `ON CONFLICT DO NOTHING`) in the same transaction. It is
   * not hashed itself: the entry's hash covers its id, which is the set's SHA-256.
   */
  leadSet?: AuditLeadSet;
}

/** One entry; see appendAuditEntries. */
export async function appendAuditEntry(manager: EntityManager, draft: AuditDraft): Promise<AuditFields & { hash: string }> {
  return (await appendAuditEntries(manager, [draft]))[0];
}

/** The drafts chained after `head`, all at `at`. */
function chainDrafts(drafts: readonly AuditDraft[], head: { seq: string; hash: string }, at: Date): Array<AuditFields & { hash: string }> {
  let seq = Number(head.seq);
  let prevHash = head.hash;
  return drafts.map((draft) => {
    seq += 1;
    const fields: AuditFields = {
      seq,
      at,
      actorUserId: draft.actorUserId,
      actorAgencyId: draft.actorAgencyId,
      action: draft.action,
      subjectType: draft.subjectType,
      subjectId: draft.subjectId,
      reason: draft.reason ?? null,
      clientAddress: draft.clientAddress ?? null,
      details: draft.details ?? {},
      prevHash,
    };
    const hash = hashEntry(fields);
    prevHash = hash;
    return { ...fields, hash };
  });
}

/** The drafts' lead sets (each once) as the JSON the INSERT into audit_lead_sets reads. */
function leadSetsJson(drafts: readonly AuditDraft[]): string {
  const sets = new Map<string, string[]>();
  for (const d of drafts) if (d.leadSet) sets.set(d.leadSet.id, d.leadSet.ids);
  return JSON.stringify([...sets].map(([id, ids]) => ({ id, ids })));
}

/** Chained entries as the JSON the INSERT into audit_entries reads. */
function entriesJson(written: ReadonlyArray<AuditFields & { hash: string }>): string {
  return JSON.stringify(
    written.map((f) => ({
      seq: f.seq,
      actor_user_id: f.actorUserId,
      actor_agency_id: f.actorAgencyId,
      action: f.action,
      subject_type: f.subjectType,
      subject_id: f.subjectId,
      reason: f.reason,
      client_address: f.clientAddress,
      details: f.details,
      prev_hash: f.prevHash,
      hash: f.hash,
    })),
  );
}

const INSERT_LEAD_SETS = `INSERT INTO audit_lead_sets (id, ids) SELECT s.id, ARRAY(SELECT jsonb_array_elements_text(s.ids)::uuid) FROM jsonb_to_recordset($1::jsonb) AS s(id text, ids jsonb)`;
const ENTRY_COLUMNS = 'seq, at, actor_user_id, actor_agency_id, action, subject_type, subject_id, reason, client_address, details, prev_hash, hash';
const ENTRY_RECORDS = `jsonb_to_recordset($2::jsonb) AS e(seq bigint, actor_user_id uuid, actor_agency_id uuid, action text, subject_type text, subject_id text, reason text, client_address text, details jsonb, prev_hash text, hash text)`;
const ENTRY_VALUES = 'e.seq, $3::timestamptz, e.actor_user_id, e.actor_agency_id, e.action, e.subject_type, e.subject_id, e.reason, e.client_address, e.details, e.prev_hash, e.hash';

/**
 * Appends entries, in the order given, inside the caller's transaction (`manager` must be transactional): the
 * one-row audit_head is locked FOR UPDATE, so concurrent appends queue and cannot fork the chain; the entries take
 * seq head.seq + 1, + 2, … (no gaps, since a rolled-back transaction rolls the head back too), each chained to the
 * one before; their lead sets and the entries are written with one INSERT each and the head moves to the last
 * entry. All entries of one call share one `at` (UTC, ms), the time the head was read.
 * @throws Error when audit_head is missing (migrations not run), and whatever PostgreSQL raises.
 */
export async function appendAuditEntries(manager: EntityManager, drafts: readonly AuditDraft[]): Promise<Array<AuditFields & { hash: string }>> {
  if (!drafts.length) return [];
  const [head] = (await manager.query('SELECT seq::text AS seq, hash FROM audit_head WHERE id = true FOR UPDATE')) as Array<{ seq: string; hash: string }>;
  if (!head) throw new Error('audit_head is missing: run the migrations');
  const at = new Date();
  const written = chainDrafts(drafts, head, at);
  const last = written[written.length - 1];
  await manager.query(
    `WITH s AS (${INSERT_LEAD_SETS} ON CONFLICT (id) DO NOTHING),
          h AS (UPDATE audit_head SET seq = $4, hash = $5 WHERE id = true)
     INSERT INTO audit_entries (${ENTRY_COLUMNS}) SELECT ${ENTRY_VALUES} FROM ${ENTRY_RECORDS}`,
    [leadSetsJson(drafts), entriesJson(written), at, last.seq, last.hash],
  );
  return written;
}

/**
 * Appends entries, in the order given, in ONE statement of its own (autocommit; `manager` must not be in a
 * transaction) that holds audit_head's row lock only while it runs: the head is read without a lock, the entries
 * are chained after it, and one statement moves the head from exactly that seq and hash to the last new entry
 * (compare-and-set) and, only if it did, inserts the lead sets and the entries. When another append moved the head
 * in between, nothing is written and it starts again from the new head, up to `attempts` times.
 * @returns the entries written, or null when the head moved under every attempt (then use appendAuditEntries in a
 *   transaction, which queues on the lock instead).
 * @throws Error when audit_head is missing (migrations not run), and whatever PostgreSQL raises.
 */
export async function appendAuditEntriesAtomically(manager: EntityManager, drafts: readonly AuditDraft[], attempts = 10): Promise<Array<AuditFields & { hash: string }> | null> {
  if (!drafts.length) return [];
  const sets = leadSetsJson(drafts);
  for (let attempt = 0; attempt < attempts; attempt++) {
    const [head] = (await manager.query('SELECT seq::text AS seq, hash FROM audit_head WHERE id = true')) as Array<{ seq: string; hash: string }>;
    if (!head) throw new Error('audit_head is missing: run the migrations');
    const at = new Date();
    const written = chainDrafts(drafts, head, at);
    const last = written[written.length - 1];
    const rows = (await manager.query(
      `WITH h AS (UPDATE audit_head SET seq = $4, hash = $5 WHERE id = true AND seq = $6 AND hash = $7 RETURNING 1),
            s AS (${INSERT_LEAD_SETS} WHERE EXISTS (SELECT 1 FROM h) ON CONFLICT (id) DO NOTHING)
       INSERT INTO audit_entries (${ENTRY_COLUMNS}) SELECT ${ENTRY_VALUES} FROM ${ENTRY_RECORDS} WHERE EXISTS (SELECT 1 FROM h) RETURNING seq`,
      [sets, entriesJson(written), at, last.seq, last.hash, head.seq, head.hash],
    )) as unknown[];
    if (rows.length === written.length) return written;
  }
  return null;
}

/** A stored row as read back for verification and trails. */
export interface AuditRow extends AuditFields {
  hash: string;
}

interface RawRow {
  seq: string;
  at: Date;
  actor_user_id: string | null;
  actor_agency_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  reason: string | null;
  client_address: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

export const AUDIT_COLUMNS = 'seq::text AS seq, at, actor_user_id, actor_agency_id, action, subject_type, subject_id, reason, client_address, details, prev_hash, hash';

export function rowOf(r: RawRow): AuditRow {
  return {
    seq: Number(r.seq),
    at: r.at,
    actorUserId: r.actor_user_id,
    actorAgencyId: r.actor_agency_id,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    reason: r.reason,
    clientAddress: r.client_address,
    details: r.details,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** Result of walking the chain. */
export interface AuditChainStatus {
  ok: boolean;
  /** Entries checked. */
  entries: number;
  /** seq of the first entry that does not verify (null when ok). */
  firstBrokenSeq: number | null;
  reason: string | null;
}

/**
 * Walks audit_entries in seq order, in pages, and checks each entry: seq follows the previous one without a gap,
 * prev_hash equals the previous entry's hash (GENESIS_HASH for the first) and hash equals the recomputed hash.
 * An entry that names a lead set (`details.leadSetId`) needs that set stored with ids whose SHA-256 (leadSetIdOf) is
 * its id. Finally the last entry must match audit_head (seq and hash), which detects entries removed from the end.
 * Any edit made with the trigger disabled (or by a superuser bypassing it) therefore shows up here.
 */
export async function verifyAuditChain(manager: EntityManager, pageSize = 1000): Promise<AuditChainStatus> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  const broken = (seq: number, reason: string): AuditChainStatus => ({ ok: false, entries, firstBrokenSeq: seq, reason });
  for (;;) {
    const page = ((await manager.query(`SELECT ${AUDIT_COLUMNS} FROM audit_entries e WHERE e.seq >= $1 ORDER BY e.seq LIMIT $2`, [expectedSeq, pageSize])) as RawRow[]).map(rowOf);
    const setIds = [...new Set(page.map((e) => e.details?.['leadSetId']).filter((id): id is string => typeof id === 'string'))];
    const sets = new Map<string, string[]>();
    if (setIds.length) {
      const rows = (await manager.query('SELECT id, ids::text[] AS ids FROM audit_lead_sets WHERE id = ANY($1::text[])', [setIds])) as Array<{ id: string; ids: string[] }>;
      rows.forEach((r) => sets.set(r.id, r.ids));
    }
    for (const e of page) {
      entries += 1;
      if (e.seq !== expectedSeq) return broken(expectedSeq, `entry ${expectedSeq} is missing (next stored entry is ${e.seq})`);
      if (e.prevHash !== prevHash) return broken(e.seq, `entry ${e.seq}: prev_hash does not match the hash of entry ${e.seq - 1}`);
      if (hashEntry(e) !== e.hash) return broken(e.seq, `entry ${e.seq}: hash does not match its contents`);
      const setId = e.details?.['leadSetId'];
      if (typeof setId === 'string') {
        const ids = sets.get(setId);
        if (!ids) return broken(e.seq, `entry ${e.seq}: lead set ${setId} is missing`);
        if (leadSetIdOf(ids) !== setId) return broken(e.seq, `entry ${e.seq}: lead set ${setId} does not match its ids`);
      }
      prevHash = e.hash;
      expectedSeq += 1;
    }
    if (page.length < pageSize) break;
  }
  const [head] = (await manager.query('SELECT seq::text AS seq, hash FROM audit_head WHERE id = true')) as Array<{ seq: string; hash: string }>;
  const lastSeq = expectedSeq - 1;
  if (!head || Number(head.seq) !== lastSeq || head.hash !== prevHash) {
    const headSeq = head ? Number(head.seq) : lastSeq;
    return broken(Math.max(lastSeq + 1, 1), `audit_head is at entry ${headSeq} but the chain ends at entry ${lastSeq}`);
  }
  return { ok: true, entries, firstBrokenSeq: null, reason: null };
}
