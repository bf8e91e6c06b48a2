import { graphql } from '@taskforce/web-data-access';

/** The lead as the caller may read it, as STIX 2.1 bundle JSON text (docs/stix.md); NOT_FOUND like `lead`. */
export const LEAD_STIX_QUERY = graphql(`
  query LeadStix($id: ID!) {
    leadStix(id: $id)
  }
`);
