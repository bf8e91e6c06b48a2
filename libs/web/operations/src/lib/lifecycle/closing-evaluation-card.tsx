import { Card, formatDateTime, Link, pathTo, useLingui } from '@taskforce/web-ui';

/**
 * Closing evaluation and report of a joint operation: whether the evaluation (one section per agency, finalised by
 * the coordinators before closing) is finalised, with links to the evaluation screen and the operation report.
 */
export function ClosingEvaluationCard({ operationId, finalisedAt }: { operationId: string; finalisedAt: string | null }) {
  const { _ } = useLingui();
  return (
    <Card title={_('lifecycle.evaluation.title')} headingLevel={2} className="tf-section" data-testid="closing-evaluation-card">
      <p className="tf-small">
        {finalisedAt ? _('lifecycle.evaluation.finalised', { time: formatDateTime(finalisedAt) }) : _('lifecycle.evaluation.notFinalised')}
      </p>
      <p className="tf-small">
        <Link to={pathTo('evaluation', { id: operationId })} data-testid="closing-evaluation-link">
          {_('lifecycle.evaluation.open')}
        </Link>
        {' · '}
        <Link to={pathTo('report', { id: operationId })} data-testid="operation-report-link">
          {_('lifecycle.evaluation.report')}
        </Link>
      </p>
    </Card>
  );
}
