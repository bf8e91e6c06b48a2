import { Link, formatDateTime } from '@taskforce/web-ui';

/**
 * SLOT — closing evaluation. The closing evaluation (one section per party, finalised before the operation may be
 * closed) is built separately at /operations/:id/evaluation; this block only says whether it is finalised and links
 * there. Replace it with that screen's own summary component when it lands.
 */
export function ClosingEvaluationSlot({ operationId, finalisedAt }: { operationId: string; finalisedAt: string | null }) {
  return (
    <section className="tf-detail-section" aria-labelledby="closing-evaluation-title" data-testid="closing-evaluation-slot">
      <h3 id="closing-evaluation-title" className="tf-detail-section__title">
        Closing evaluation
      </h3>
      <p className="tf-small">
        {finalisedAt
          ? `Finalised ${formatDateTime(finalisedAt)}.`
          : 'Not finalised yet: the joint operation can be closed only once it is.'}{' '}
        <Link to={`/operations/${encodeURIComponent(operationId)}/evaluation`}>Open the closing evaluation</Link>
      </p>
    </section>
  );
}
