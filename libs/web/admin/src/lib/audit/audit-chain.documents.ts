import { graphql } from '@taskforce/web-data-access';

/** Verifies the whole audit chain (platform admins only; FORBIDDEN otherwise). */
export const AUDIT_CHAIN_STATUS_QUERY = graphql(`
  query AuditChainStatus {
    auditChainStatus {
      ok
      entries
      firstBrokenSeq
      reason
    }
  }
`);
