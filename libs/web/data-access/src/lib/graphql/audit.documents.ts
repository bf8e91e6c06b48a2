import { gql, type TypedDocumentNode } from '@apollo/client';

/** One audit entry as the audit view shows it (docs/api-contract.md, "Audit"). `at` is ISO 8601 UTC. */
export interface AuditEntryData {
  seq: number;
  at: string;
  actorName: string | null;
  actorAgencyAcronym: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  reason: string | null;
  clientAddress: string | null;
  details: string;
  hash: string;
}

/** Result of walking the audit hash chain. */
export interface AuditChainStatusData {
  ok: boolean;
  entries: number;
  firstBrokenSeq: number | null;
  reason: string | null;
}

/** A lead's audit trail, oldest first; the lead's originating agency only (NOT_FOUND for everyone else). */
export const LEAD_AUDIT_TRAIL_QUERY: TypedDocumentNode<{ leadAuditTrail: AuditEntryData[] }, { leadId: string }> = gql`
  query LeadAuditTrail($leadId: ID!) {
    leadAuditTrail(leadId: $leadId) {
      seq
      at
      actorName
      actorAgencyAcronym
      action
      subjectType
      subjectId
      reason
      clientAddress
      details
      hash
    }
  }
`;

/** Verifies the whole audit chain (platform admins only; FORBIDDEN otherwise). */
export const AUDIT_CHAIN_STATUS_QUERY: TypedDocumentNode<{ auditChainStatus: AuditChainStatusData }, Record<string, never>> = gql`
  query AuditChainStatus {
    auditChainStatus {
      ok
      entries
      firstBrokenSeq
      reason
    }
  }
`;
