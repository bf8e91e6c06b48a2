import type { HandlingCode, LegalBasis, RouteStop, SharingReason } from '@taskforce/web-data-access';
import { countryName, HandlingCodeBadge, labelOf } from '@taskforce/web-ui';
import { ROUTE_ROLE_LABELS } from './lead-status-labels';

/** A lead's route as an ordered list: "RO Romania (origin) → NL Netherlands (transit) → …". */
export function RouteLine({ route }: { route: readonly RouteStop[] }) {
  if (route.length === 0) return <span className="tf-muted">No route given</span>;
  return (
    <ol className="tf-route" aria-label="Route" data-testid="lead-route">
      {route.map((stop, index) => (
        <li key={`${stop.country}-${index}`} className="tf-route__stop">
          <abbr title={countryName(stop.country)} className="tf-route__code">
            {stop.country}
          </abbr>{' '}
          {countryName(stop.country)} <span className="tf-muted">({labelOf(ROUTE_ROLE_LABELS, stop.role)})</span>
        </li>
      ))}
    </ol>
  );
}

/** The handling codes of a lead, or a dash when there are none. */
export function HandlingCodes({ codes }: { codes: readonly HandlingCode[] }) {
  if (codes.length === 0) return <span className="tf-muted">None</span>;
  return (
    <span className="tf-chip-list">
      {codes.map((code) => (
        <HandlingCodeBadge key={code} code={code} />
      ))}
    </span>
  );
}

/** The legal basis of a transfer, e.g. "UN Trafficking Protocol, art. 10 (agreement UN-TIP-PROTOCOL)". */
export function LegalBasisText({ basis }: { basis: LegalBasis | null }) {
  if (!basis) return <span className="tf-muted">None</span>;
  return (
    <span data-testid="legal-basis">
      {basis.title}
      {basis.article ? `, ${basis.article}` : ''}{' '}
      <span className="tf-muted">
        ({basis.kind.toLowerCase().replace(/_/g, ' ')} {basis.id})
      </span>
    </span>
  );
}

/** Every reason the sharing engine gave, with its source, reference and full text. */
export function ReasonList({ reasons, label = 'Reasons' }: { reasons: readonly SharingReason[]; label?: string }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="tf-reasons" aria-label={label} data-testid="reason-list">
      {reasons.map((reason, index) => (
        <li key={`${reason.ref}-${reason.code}-${index}`} className="tf-reasons__item" data-testid="reason" data-code={reason.code}>
          <span className="tf-reasons__ref">
            {reason.source === 'RULE' ? 'Rule ' : ''}
            {reason.ref}
          </span>{' '}
          <span className="tf-muted tf-small">{reason.code}</span>
          <p className="tf-reasons__text">{reason.text}</p>
        </li>
      ))}
    </ul>
  );
}
