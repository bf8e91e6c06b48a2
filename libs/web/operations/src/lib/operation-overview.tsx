import { skipToken, useQuery } from '@apollo/client/react';
import { LEGAL_BASIS_AGREEMENTS_QUERY, type OperationBoardData, type PresenceViewer } from '@taskforce/web-data-access';
import {
  AgencyBadge,
  Badge,
  FORM_OF_EXPLOITATION_LABELS,
  labelOf,
  OperationStatusBadge,
} from '@taskforce/web-ui';
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

/** "1 Mar 2027 – 31 Aug 2027 (UTC)", open ends named. */
function describePeriod(startsOn: string | null, endsOn: string | null): string | null {
  if (!startsOn && !endsOn) return null;
  return `${startsOn ?? 'not set'} – ${endsOn ?? 'open-ended'} (UTC dates)`;
}

/** The legal basis in words: the agreement's title and article when it is known, else its id, or the citation. */
function LegalBasis({ operation }: { operation: OperationBoardData }) {
  const agreements = useQuery(LEGAL_BASIS_AGREEMENTS_QUERY, operation.legalBasisAgreementId ? { fetchPolicy: 'cache-first' } : skipToken);
  if (operation.legalBasisAgreementId) {
    const agreement = agreements.data?.agreements.find((a) => a.id === operation.legalBasisAgreementId);
    return <>{agreement ? `${agreement.title}${agreement.article ? `, ${agreement.article}` : ''}` : `Agreement ${operation.legalBasisAgreementId}`}</>;
  }
  if (operation.legalBasisCitation) return <>{operation.legalBasisCitation}</>;
  return <span className="tf-muted">Not cited yet (needed to activate)</span>;
}

/**
 * The heading block of an operation page: name, status, who is viewing it now, purpose, agencies, period, legal
 * basis, countries, scope, coordinators and the escalation time of urgent tasks (coordinators change it here while
 * the operation is open).
 */
export function OperationOverview({ operation, live, viewers, viewerId, writable = true }: OperationOverviewProps) {
  const period = describePeriod(operation.startsOn, operation.endsOn);
  return (
    <div className="tf-page__heading tf-operation-overview">
      <p className="tf-eyebrow">Joint operation</p>
      <div className="tf-operation-overview__title-row">
        <h1 className="tf-page__title" data-testid="operation-name">
          {operation.name}
        </h1>
        <OperationStatusBadge status={operation.status} />
        {operation.viewerIsCoordinator && <Badge tone="accent">You coordinate</Badge>}
        <Badge tone={live ? 'success' : 'neutral'} data-testid="board-live">
          {live ? 'Live board' : 'Board not live'}
        </Badge>
      </div>
      <PresenceList viewers={viewers} viewerId={viewerId} />
      {operation.purpose && (
        <p className="tf-operation-overview__description" data-testid="operation-purpose-text">
          <strong>Purpose:</strong> {operation.purpose}
        </p>
      )}
      {operation.description && <p className="tf-operation-overview__description">{operation.description}</p>}
      <dl className="tf-facts tf-facts--inline">
        <div>
          <dt>Lead agency</dt>
          <dd>
            <AgencyBadge agency={operation.leadAgency} />
          </dd>
        </div>
        <div>
          <dt>Participating agencies</dt>
          <dd className="tf-chip-list">
            {operation.participatingAgencies.map((agency) => (
              <AgencyBadge key={agency.id} agency={agency} />
            ))}
          </dd>
        </div>
        {period && (
          <div>
            <dt>Planned period</dt>
            <dd data-testid="operation-period">{period}</dd>
          </div>
        )}
        <div>
          <dt>Legal basis</dt>
          <dd className="tf-break" data-testid="operation-legal-basis">
            <LegalBasis operation={operation} />
          </dd>
        </div>
        {operation.countries.length > 0 && (
          <div>
            <dt>Countries</dt>
            <dd>{operation.countries.join(', ')}</dd>
          </div>
        )}
        {operation.formsOfExploitation.length > 0 && (
          <div>
            <dt>Forms of exploitation</dt>
            <dd>{operation.formsOfExploitation.map((form) => labelOf(FORM_OF_EXPLOITATION_LABELS, form)).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>Coordinators</dt>
          <dd>
            {operation.coordinators.map((person) => `${person.displayName} (${person.agency.acronym})`).join(', ') || '—'}
          </dd>
        </div>
        <div>
          <dt>Urgent tasks escalate after</dt>
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
