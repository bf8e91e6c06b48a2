import { Card, formatDateTime, Link } from '@taskforce/web-ui';

/**
 * Closing evaluation and report of a joint operation: whether the evaluation (one section per agency, finalised by
 * the coordinators before closing) is finalised, with links to the evaluation screen and the operation report.
 */
export function ClosingEvaluationCard({ operationId, finalisedAt }: { operationId: string; finalisedAt: string | null }) {
  const base = `/operations/${encodeURIComponent(operationId)}`;
  return (
    <Card title="Closing evaluation and report" headingLevel={2} className="tf-section" data-testid="closing-evaluation-card">
      <p className="tf-small">
        {finalisedAt ? `Evaluation finalised ${formatDateTime(finalisedAt)}.` : 'Evaluation not finalised yet: the joint operation can be closed only once it is.'}
      </p>
      <p className="tf-small">
        <Link to={`${base}/evaluation`} data-testid="closing-evaluation-link">
          Open the closing evaluation
        </Link>
        {' · '}
        <Link to={`${base}/report`} data-testid="operation-report-link">
          Operation report
        </Link>
      </p>
    </Card>
  );
}
