import { createHash } from 'node:crypto';

/** Most lead ids an entry copies into its details (`details.leadIds`); more are stored once as a lead set. */
export const INLINE_LEAD_IDS_MAX = 50;

/** A content-addressed set of lead ids (table audit_lead_sets). */
export interface AuditLeadSet {
  /** leadSetIdOf(ids): lowercase hex SHA-256 (64 characters). */
  id: string;
  /** Lowercase uuids, sorted, without duplicates. */
  ids: string[];
}

/**
 * The id of a set of lead ids: lowercase hex SHA-256 of the ids (lowercased, duplicates removed, sorted by code
 * point) joined by `,`. The same ids in any order give the same id.
 */
export function leadSetIdOf(ids: readonly string[]): string {
  return createHash('sha256').update(sortedIds(ids).join(','), 'utf8').digest('hex');
}

function sortedIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.toLowerCase()))].sort();
}

/**
 * How an entry names the leads it read: `{ leadIds }` (in the order given) for at most INLINE_LEAD_IDS_MAX
 * distinct ids, otherwise `{ leadSetId }` and the set to store with the entry.
 */
export function compactLeadIds(ids: readonly string[]): { details: { leadIds: string[] } | { leadSetId: string }; leadSet?: AuditLeadSet } {
  const distinct = sortedIds(ids);
  if (distinct.length <= INLINE_LEAD_IDS_MAX) return { details: { leadIds: [...ids] } };
  const leadSet = { id: leadSetIdOf(distinct), ids: distinct };
  return { details: { leadSetId: leadSet.id }, leadSet };
}
