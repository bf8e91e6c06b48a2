import { useApolloClient } from '@apollo/client/react';
import { apiErrorParts, type ApiErrorParts, apiErrorText } from '@taskforce/web-data-access';
import { Button, messageId, saveFile, useLingui } from '@taskforce/web-ui';
import { useState } from 'react';
import { LEAD_STIX_QUERY } from './lead-stix.documents';

/** Media type of a STIX 2.1 bundle (OASIS STIX 2.1, TAXII 2.1 media types). */
const STIX_CONTENT_TYPE = 'application/stix+json;version=2.1';

/**
 * "Export STIX 2.1": asks the server for the lead as the viewer may read it (`leadStix`, never cached) and saves it as
 * `lead-<id>.stix.json`. A failure is shown beside the button.
 */
export function ExportStixButton({ leadId }: { leadId: string }) {
  const { _ } = useLingui();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiErrorParts | null>(null);
  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const { data } = await client.query({ query: LEAD_STIX_QUERY, variables: { id: leadId }, fetchPolicy: 'no-cache' });
      if (!data?.leadStix) throw new Error('No bundle returned');
      saveFile(`lead-${leadId}.stix.json`, data.leadStix, STIX_CONTENT_TYPE);
    } catch (error) {
      setFailure(apiErrorParts(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="tf-lead-export">
      <Button variant="secondary" size="sm" busy={busy} onClick={() => void download()} data-testid="export-stix">
        {_('lead.exportStix')}
      </Button>
      {failure && (
        <span role="alert" className="tf-small">
          {apiErrorText(_, failure, messageId('lead.exportStixFailed'))}
        </span>
      )}
    </span>
  );
}
