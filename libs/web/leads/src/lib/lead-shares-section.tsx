import { useMutation } from '@apollo/client/react';
import { describeApiError, REVOKE_LEAD_SHARE_MUTATION, type LeadShareData } from '@taskforce/web-data-access';
import { AgencyBadge, Alert, Button, Card, categoryList, EmptyState, formatDateTime, labelOf, SHARING_PURPOSE_LABELS, SharingOutcomeBadge } from '@taskforce/web-ui';
import { useState } from 'react';
import { LegalBasisText } from './lead-parts';
import { LeadShareStatusBadge } from './lead-status-labels';

/** Why the law ended a share, in words (docs/api-contract.md, "Sharing law"). */
const LAPSE_REASON_TEXT: Readonly<Record<NonNullable<LeadShareData['lapseReason']>, string>> = {
  AGREEMENT_ENDED: 'Ended: the agreement it relied on is no longer in force',
  LAW_CHANGED: 'Ended: the agreements or rules changed and no longer allow it',
  LEFT_OPERATION: 'Ended: the recipient left the joint operation it was shared through',
};

/**
 * The shares of this lead the viewer may see: every share for the originating agency; for a recipient, its own share
 * and the onward shares its agency sent. Revoke for live shares the viewer's agency may end.
 */
export function SharesSection({
  shares,
  viewerIsOriginator,
  viewerAgencyId,
  onChanged,
}: {
  shares: readonly LeadShareData[];
  viewerIsOriginator: boolean;
  viewerAgencyId: string;
  onChanged: () => void;
}) {
  const [revoke, { loading, error }] = useMutation(REVOKE_LEAD_SHARE_MUTATION);
  const [revokingId, setRevokingId] = useState<string | null>(null);

  const onRevoke = async (share: LeadShareData) => {
    if (!window.confirm(`Revoke the share with ${share.recipientAgency.name}? They will no longer see this lead.`)) return;
    setRevokingId(share.id);
    try {
      await revoke({ variables: { shareId: share.id } });
      onChanged();
    } catch {
      // Shown from `error`.
    } finally {
      setRevokingId(null);
    }
  };

  return (
    <Card title="Shares" headingLevel={2} data-testid="lead-shares">
      {error && <Alert>{describeApiError(error, 'The share could not be revoked.')}</Alert>}
      {shares.length === 0 ? (
        <EmptyState>This lead has not been shared yet.</EmptyState>
      ) : (
        <div className="tf-table-wrap">
          <table className="tf-table">
            <thead>
              <tr>
                <th scope="col">Recipient</th>
                <th scope="col">From</th>
                <th scope="col">Outcome</th>
                <th scope="col">Status</th>
                <th scope="col">Legal basis</th>
                <th scope="col">Purpose</th>
                <th scope="col">
                  <span className="tf-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shares.map((share) => (
                <tr key={share.id} data-testid="lead-share" data-acronym={share.recipientAgency.acronym} data-status={share.status}>
                  <th scope="row">
                    <AgencyBadge agency={share.recipientAgency} />
                  </th>
                  <td data-testid="lead-share-sender">
                    <AgencyBadge agency={share.senderAgency} />
                  </td>
                  <td>
                    <SharingOutcomeBadge outcome={share.outcome} />
                    {share.redactedCategories.length > 0 && (
                      <p className="tf-small">Without {categoryList(share.redactedCategories)}</p>
                    )}
                  </td>
                  <td>
                    <LeadShareStatusBadge status={share.status} />
                    {share.approvalReason && <p className="tf-small">“{share.approvalReason}”</p>}
                    {share.lapseReason && (
                      <p className="tf-small" data-testid="lead-share-lapse">
                        {LAPSE_REASON_TEXT[share.lapseReason]}
                        {share.lapsedAt && ` (${formatDateTime(share.lapsedAt)})`}
                      </p>
                    )}
                  </td>
                  <td>
                    <LegalBasisText basis={share.legalBasis} />
                  </td>
                  <td>{labelOf(SHARING_PURPOSE_LABELS, share.purpose)}</td>
                  <td>
                    {(share.status === 'ACTIVE' || share.status === 'PENDING_APPROVAL') &&
                      (viewerIsOriginator || share.senderAgency.id === viewerAgencyId) && (
                      <Button
                        size="sm"
                        variant="danger"
                        onClick={() => onRevoke(share)}
                        busy={loading && revokingId === share.id}
                        data-testid="revoke-share"
                      >
                        Revoke<span className="tf-visually-hidden"> share with {share.recipientAgency.acronym}</span>
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
