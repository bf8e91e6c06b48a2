import type { OperationBoardData, PresenceViewer } from '@taskforce/web-data-access';
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
}

/**
 * The heading block of an operation page: name, status, who is viewing it now, agencies, countries, scope,
 * coordinators and the escalation time of urgent tasks (coordinators change it here).
 */
export function OperationOverview({ operation, live, viewers, viewerId }: OperationOverviewProps) {
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
              editable={operation.viewerIsCoordinator}
            />
          </dd>
        </div>
      </dl>
    </div>
  );
}
