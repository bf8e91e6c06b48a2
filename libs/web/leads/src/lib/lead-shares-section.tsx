import { useMutation } from '@apollo/client/react';
import { apiErrorParts, apiErrorText, REVOKE_LEAD_SHARE_MUTATION, type LeadShareData } from '@taskforce/web-data-access';
import { AgencyBadge, Alert, Button, Card, EmptyState, formatDateTime, labelFrom, messageId, SharingOutcomeBadge, useLingui } from '@taskforce/web-ui';
import { useState } from 'react';
import { LegalBasisText } from './lead-parts';
import { categoryListText, SHARING_PURPOSE_LABEL_IDS } from './lead-messages';
import { LeadShareStatusBadge } from './lead-status-labels';

/** Why the law ended a share, in words (docs/api-contract.md, "Sharing law"). */
const LAPSE_REASON_IDS: Readonly<Record<NonNullable<LeadShareData['lapseReason']>, string>> = {
  AGREEMENT_ENDED: messageId('lead.shares.lapse.agreementEnded'),
  LAW_CHANGED: messageId('lead.shares.lapse.lawChanged'),
  LEFT_OPERATION: messageId('lead.shares.lapse.leftOperation'),
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
  const { _ } = useLingui();
  const [revoke, { loading, error }] = useMutation(REVOKE_LEAD_SHARE_MUTATION);
  const [revokingId, setRevokingId] = useState<string | null>(null);

  const onRevoke = async (share: LeadShareData) => {
    if (!window.confirm(_('lead.shares.revokeConfirm', { agency: share.recipientAgency.name }))) return;
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
    <Card title={_('lead.shares.title')} headingLevel={2} data-testid="lead-shares">
      {error && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('lead.shares.revokeFailed'))}</Alert>}
      {shares.length === 0 ? (
        <EmptyState>{_('lead.shares.none')}</EmptyState>
      ) : (
        <div className="tf-table-wrap">
          <table className="tf-table">
            <thead>
              <tr>
                <th scope="col">{_('lead.shares.recipient')}</th>
                <th scope="col">{_('lead.shares.from')}</th>
                <th scope="col">{_('lead.shares.outcome')}</th>
                <th scope="col">{_('lead.shares.status')}</th>
                <th scope="col">{_('lead.shares.legalBasis')}</th>
                <th scope="col">{_('lead.shares.purpose')}</th>
                <th scope="col">
                  <span className="tf-visually-hidden">{_('lead.shares.actions')}</span>
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
                      <p className="tf-small">{_('lead.shares.without', { categories: categoryListText(_, share.redactedCategories) })}</p>
                    )}
                  </td>
                  <td>
                    <LeadShareStatusBadge status={share.status} />
                    {share.approvalReason && <p className="tf-small">“{share.approvalReason}”</p>}
                    {share.lapseReason && (
                      <p className="tf-small" data-testid="lead-share-lapse">
                        {share.lapsedAt
                          ? _('lead.shares.lapsedAt', { reason: labelFrom(_, LAPSE_REASON_IDS, share.lapseReason), at: formatDateTime(share.lapsedAt) })
                          : labelFrom(_, LAPSE_REASON_IDS, share.lapseReason)}
                      </p>
                    )}
                  </td>
                  <td>
                    <LegalBasisText basis={share.legalBasis} />
                  </td>
                  <td>{labelFrom(_, SHARING_PURPOSE_LABEL_IDS, share.purpose)}</td>
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
                        {_('lead.shares.revoke')}
                        <span className="tf-visually-hidden">{_('lead.shares.revokeWith', { acronym: share.recipientAgency.acronym })}</span>
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
