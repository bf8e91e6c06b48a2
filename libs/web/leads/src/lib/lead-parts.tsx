import type { HandlingCode, LegalBasis, RouteStop, SharingReason } from '@taskforce/web-data-access';
import { countryName, HandlingCodeBadge, labelFrom, messageId, useLingui } from '@taskforce/web-ui';
import { ROUTE_ROLE_LABEL_IDS } from './lead-status-labels';
import { sharingReasonText } from './sharing-reason-text';

/** A lead's route as an ordered list: "RO Romania (origin) → NL Netherlands (transit) → …". */
export function RouteLine({ route }: { route: readonly RouteStop[] }) {
  const { _ } = useLingui();
  if (route.length === 0) return <span className="tf-muted">{_('lead.route.none')}</span>;
  return (
    <ol className="tf-route" aria-label={_('lead.route.label')} data-testid="lead-route">
      {route.map((stop, index) => (
        <li key={`${stop.country}-${index}`} className="tf-route__stop">
          <abbr title={countryName(stop.country)} className="tf-route__code">
            {stop.country}
          </abbr>{' '}
          {countryName(stop.country)} <span className="tf-muted">({labelFrom(_, ROUTE_ROLE_LABEL_IDS, stop.role)})</span>
        </li>
      ))}
    </ol>
  );
}

/** The handling codes of a lead, or "None" when there are none. */
export function HandlingCodes({ codes }: { codes: readonly HandlingCode[] }) {
  const { _ } = useLingui();
  if (codes.length === 0) return <span className="tf-muted">{_('lead.none')}</span>;
  return (
    <span className="tf-chip-list">
      {codes.map((code) => (
        <HandlingCodeBadge key={code} code={code} />
      ))}
    </span>
  );
}

/**
 * The legal basis of a transfer, e.g. "UN Trafficking Protocol, art. 10 (agreement UN-TIP-PROTOCOL)". The title and
 * article are the agreement's own words (as recorded); the kind (AGREEMENT, NATIONAL_LAW, NO_TRANSFER) is translated.
 */
export function LegalBasisText({ basis }: { basis: LegalBasis | null }) {
  const { _ } = useLingui();
  if (!basis) return <span className="tf-muted">{_('lead.none')}</span>;
  const kind = LEGAL_BASIS_KIND_IDS[basis.kind];
  return (
    <span data-testid="legal-basis">
      {basis.title}
      {basis.article ? `, ${basis.article}` : ''}{' '}
      <span className="tf-muted">
        ({kind ? _(kind, { id: basis.id }) : `${basis.kind.toLowerCase().replace(/_/g, ' ')} ${basis.id}`})
      </span>
    </span>
  );
}

const LEGAL_BASIS_KIND_IDS: Readonly<Record<string, string>> = {
  AGREEMENT: messageId('lead.legalBasis.agreement'),
  NATIONAL_LAW: messageId('lead.legalBasis.nationalLaw'),
  NO_TRANSFER: messageId('lead.legalBasis.noTransfer'),
};

/**
 * Every reason the sharing engine gave, with its source, reference and full text, written in the reader's language
 * from its code and values (`sharingReasonText`); a rule's or agreement's own words are quoted as an administrator
 * wrote them.
 */
export function ReasonList({ reasons, label }: { reasons: readonly SharingReason[]; label?: string }) {
  const { _ } = useLingui();
  if (reasons.length === 0) return null;
  return (
    <ul className="tf-reasons" aria-label={label ?? _('lead.reasons.label')} data-testid="reason-list">
      {reasons.map((reason, index) => (
        <li key={`${reason.ref}-${reason.code}-${index}`} className="tf-reasons__item" data-testid="reason" data-code={reason.code}>
          <span className="tf-reasons__ref">{reason.source === 'RULE' ? _('lead.reasons.rule', { ref: reason.ref }) : reason.ref}</span>{' '}
          <span className="tf-muted tf-small">{reason.code}</span>
          <p className="tf-reasons__text">{sharingReasonText(_, reason)}</p>
        </li>
      ))}
    </ul>
  );
}
