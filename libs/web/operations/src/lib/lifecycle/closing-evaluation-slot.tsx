import { Card, formatDateTime, Link } from '@taskforce/web-ui';

/**
 * SLOT — closing evaluation. The closing evaluation (written together, one section per party, finalised before the
 * joint operation may be closed) is built separately at /operations/:id/evaluation; this card only says whether it
 * is finalised and links there. Replace its body with that screen's summary component when it lands.
 */
export function ClosingEvaluationSlot({ operationId, finalisedAt }: { operationId: string; finalisedAt: string | null }) {
  return (
    <Card title="Closing evaluation" headingLevel={2} className="tf-section" data-testid="closing-evaluation-slot">
      <p className="tf-small">
        {finalisedAt
          ? `Finalised ${formatDateTime(finalisedAt)}.`
          : 'Not finalised yet: the joint operation can be closed only once it is.'}{' '}
        <Link to={`/operations/${encodeURIComponent(operationId)}/evaluation`}>Open the closing evaluation</Link>
      </p>
    </Card>
  );
}
