import { TaskStatus } from '@taskforce/domain';
import { useSession, type OperationSummary } from '@taskforce/web-data-access';
import { AgencyBadge, Badge, Card, FORM_OF_EXPLOITATION_LABEL_IDS, formatList, labelFrom, Link, OperationStatusBadge, pathTo, useLingui } from '@taskforce/web-ui';

/** One joint operation on the dashboard: status, lead and participating agencies, scope and task progress. */
export function OperationCard({ operation }: { operation: OperationSummary }) {
  const viewerAgencyId = useSession()?.user.agency.id;
  const { _ } = useLingui();
  const href = pathTo('operation', { id: operation.id });
  const count = (statuses: readonly string[]) =>
    operation.taskColumns.filter((column) => statuses.includes(column.status)).reduce((sum, column) => sum + column.total, 0);
  const done = count([TaskStatus.DONE]);
  const open = count([TaskStatus.OPEN, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED]);
  const all = operation.taskColumns.reduce((sum, column) => sum + column.total, 0);

  return (
    <Card as="article" className="tf-operation-card" data-testid="operation-card" aria-labelledby={`op-${operation.id}`}>
      <div className="tf-operation-card__top">
        <OperationStatusBadge status={operation.status} />
        {operation.viewerIsCoordinator && <Badge tone="accent">{_('dashboard.youCoordinate')}</Badge>}
      </div>
      <h3 className="tf-operation-card__title" id={`op-${operation.id}`}>
        <Link to={href} className="tf-stretched-link" data-testid="operation-link">
          {operation.name}
        </Link>
      </h3>
      {operation.description && <p className="tf-operation-card__description">{operation.description}</p>}
      <dl className="tf-facts">
        <div>
          <dt>{_('dashboard.leadAgency')}</dt>
          <dd>
            <AgencyBadge agency={operation.leadAgency} />
          </dd>
        </div>
        <div>
          <dt>{_('dashboard.participatingAgencies')}</dt>
          <dd className="tf-chip-list" data-testid="participating-agencies">
            {operation.participatingAgencies.map((agency) => (
              <AgencyBadge key={agency.id} agency={agency} highlight={agency.id === viewerAgencyId} />
            ))}
          </dd>
        </div>
        {operation.formsOfExploitation.length > 0 && (
          <div>
            <dt>{_('dashboard.formsOfExploitation')}</dt>
            <dd>{formatList(operation.formsOfExploitation.map((form) => labelFrom(_, FORM_OF_EXPLOITATION_LABEL_IDS, form)), 'unit')}</dd>
          </div>
        )}
        {operation.countries.length > 0 && (
          <div>
            <dt>{_('nav.countries')}</dt>
            <dd>{formatList(operation.countries, 'unit')}</dd>
          </div>
        )}
        <div>
          <dt>{_('dashboard.tasks')}</dt>
          <dd>{_('dashboard.taskCounts', { open, done, all })}</dd>
        </div>
      </dl>
    </Card>
  );
}
