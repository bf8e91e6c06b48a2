import { skipToken, useQuery } from '@apollo/client/react';
import { LEGAL_BASIS_AGREEMENTS_QUERY, type OperationBoardData, type PresenceViewer } from '@taskforce/web-data-access';
import {
  AgencyBadge,
  Badge,
  FORM_OF_EXPLOITATION_LABEL_IDS,
  formatList,
  labelFrom,
  OperationStatusBadge,
  useLingui,
} from '@taskforce/web-ui';
import { describePeriod } from './operation-period';
import { EscalationSetting } from './escalation/escalation-setting';
import { PresenceList } from './presence/presence-list';

interface OperationOverviewProps {
  operation: OperationBoardData;
  live: boolean;
  /** Who is viewing the operation now (from `presence`). */
  viewers: readonly PresenceViewer[];
  viewerId: string | undefined;
  /** False when the operation is closed: nothing may change. */
  writable?: boolean;
}

/** The legal basis in words: the agreement's title and article when it is known, else its id, or the citation. */
function LegalBasis({ operation }: { operation: OperationBoardData }) {
  const { _ } = useLingui();
  const agreements = useQuery(LEGAL_BASIS_AGREEMENTS_QUERY, operation.legalBasisAgreementId ? { fetchPolicy: 'cache-first' } : skipToken);
  if (operation.legalBasisAgreementId) {
    const agreement = agreements.data?.agreements.find((a) => a.id === operation.legalBasisAgreementId);
    return <>{agreement ? `${agreement.title}${agreement.article ? `, ${agreement.article}` : ''}` : _('operation.agreementId', { id: operation.legalBasisAgreementId })}</>;
  }
  if (operation.legalBasisCitation) return <>{operation.legalBasisCitation}</>;
  return <span className="tf-muted">{_('operation.legalBasisMissing')}</span>;
}

/**
 * The heading block of an operation page: name, status, who is viewing it now, purpose, agencies, period, legal
 * basis, countries, scope, coordinators and the escalation time of urgent tasks (coordinators change it here while
 * the operation is open).
 */
export function OperationOverview({ operation, live, viewers, viewerId, writable = true }: OperationOverviewProps) {
  const { _ } = useLingui();
  const period = describePeriod(operation.startsOn, operation.endsOn);
  return (
    <div className="tf-page__heading tf-operation-overview">
      <p className="tf-eyebrow">{_('operation.eyebrow')}</p>
      <div className="tf-operation-overview__title-row">
        <h1 className="tf-page__title" data-testid="operation-name">
          {operation.name}
        </h1>
        <OperationStatusBadge status={operation.status} />
        {operation.viewerIsCoordinator && <Badge tone="accent">{_('operation.youCoordinate')}</Badge>}
        <Badge tone={live ? 'success' : 'neutral'} data-testid="board-live">
          {live ? _('operation.boardLive') : _('operation.boardNotLive')}
        </Badge>
      </div>
      <PresenceList viewers={viewers} viewerId={viewerId} />
      {operation.purpose && (
        <p className="tf-operation-overview__description" data-testid="operation-purpose-text">
          <strong>{_('operation.purpose')}</strong> {operation.purpose}
        </p>
      )}
      {operation.description && <p className="tf-operation-overview__description">{operation.description}</p>}
      <dl className="tf-facts tf-facts--inline">
        <div>
          <dt>{_('operation.leadAgency')}</dt>
          <dd>
            <AgencyBadge agency={operation.leadAgency} />
          </dd>
        </div>
        <div>
          <dt>{_('operation.participatingAgencies')}</dt>
          <dd className="tf-chip-list">
            {operation.participatingAgencies.map((agency) => (
              <AgencyBadge key={agency.id} agency={agency} />
            ))}
          </dd>
        </div>
        {period && (
          <div>
            <dt>{_('operation.plannedPeriod')}</dt>
            <dd data-testid="operation-period">{_(period.id, period.values)}</dd>
          </div>
        )}
        <div>
          <dt>{_('operation.legalBasis')}</dt>
          <dd className="tf-break" data-testid="operation-legal-basis">
            <LegalBasis operation={operation} />
          </dd>
        </div>
        {operation.countries.length > 0 && (
          <div>
            <dt>{_('operation.countries')}</dt>
            <dd>{formatList(operation.countries, 'unit')}</dd>
          </div>
        )}
        {operation.formsOfExploitation.length > 0 && (
          <div>
            <dt>{_('operation.formsOfExploitation')}</dt>
            <dd>{formatList(operation.formsOfExploitation.map((form) => labelFrom(_, FORM_OF_EXPLOITATION_LABEL_IDS, form)), 'unit')}</dd>
          </div>
        )}
        <div>
          <dt>{_('operation.coordinators')}</dt>
          <dd>
            {formatList(operation.coordinators.map((person) => `${person.displayName} (${person.agency.acronym})`), 'unit') || '—'}
          </dd>
        </div>
        <div>
          <dt>{_('operation.escalatesAfter')}</dt>
          <dd>
            <EscalationSetting
              operationId={operation.id}
              escalationMinutes={operation.escalationMinutes}
              editable={operation.viewerIsCoordinator && writable}
            />
          </dd>
        </div>
      </dl>
    </div>
  );
}
