import { Card, formatDateTime, Link, pathTo } from '@taskforce/web-ui';

/**
 * Closing evaluation and report of a joint operation: whether the evaluation (one section per agency, finalised by
 * the coordinators before closing) is finalised, with links to the evaluation screen and the operation report.
 */
export function ClosingEvaluationCard({ operationId, finalisedAt }: { operationId: string; finalisedAt: string | null }) {
  return (
    <Card title="Closing evaluation and report" headingLevel={2} className="tf-section" data-testid="closing-evaluation-card">
      <p className="tf-small">
        {finalisedAt ? `Evaluation finalised ${formatDateTime(finalisedAt)}.` : 'Evaluation not finalised yet: the joint operation can be closed only once it is.'}
      </p>
      <p className="tf-small">
        <Link to={pathTo('evaluation', { id: operationId })} data-testid="closing-evaluation-link">
          Open the closing evaluation
        </Link>
        {' · '}
        <Link to={pathTo('report', { id: operationId })} data-testid="operation-report-link">
          Operation report
        </Link>
      </p>
    </Card>
  );
}
