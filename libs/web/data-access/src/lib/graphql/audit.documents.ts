import { graphql } from './schema-types';

/** A lead's audit trail, oldest first; the lead's originating agency only (NOT_FOUND for everyone else). */
export const LEAD_AUDIT_TRAIL_QUERY = graphql(`
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
`);
