import {
  HANDLING_CODE_TEXT,
  HandlingCode,
  INFORMATION_CREDIBILITY_LABELS,
  InformationCredibility,
  SharingOutcome,
  SOURCE_RELIABILITY_LABELS,
  SourceReliability,
  TLP_AUDIENCE,
  TLP_COLOURS,
  TlpLabel,
  tlpMarking,
} from '@taskforce/domain';
import { Badge, type BadgeTone } from './badge';
import { SHARING_OUTCOME_LABELS } from '../format/lead-labels';
import { labelOf } from '../format/labels';

/**
 * A TLP 2.0 marking in its standard colours (FIRST TLP 2.0 §2: the label's colour on black), written exactly as
 * the standard does (`TLP:AMBER+STRICT`) and never translated; the audience goes in the tooltip.
 */
export function TlpBadge({ tlp }: { tlp: `${TlpLabel}` }) {
  const colours = TLP_COLOURS[tlp] ?? TLP_COLOURS[TlpLabel.CLEAR];
  return (
    <span
      className="tf-tlp-badge"
      style={{ color: colours.text, backgroundColor: colours.background }}
      title={TLP_AUDIENCE[tlp]}
      data-testid="tlp-badge"
      data-tlp={tlp}
      translate="no"
    >
      {tlpMarking(tlp)}
    </span>
  );
}

/** Name of a credibility value as the API sends it ("PROBABLY_TRUE") → its digit ("2"). */
function credibilityDigit(value: string): string {
  return (InformationCredibility as Record<string, string>)[value] ?? value;
}

/**
 * The Admiralty grading of a lead, e.g. "B2", with both parts spelled out for screen readers and in the tooltip.
 * Accepts the credibility as the API's enum name (PROBABLY_TRUE) or as its digit.
 */
export function AdmiraltyGradeBadge({
  grade,
  sourceReliability,
  informationCredibility,
}: {
  grade: string;
  sourceReliability: string;
  informationCredibility: string;
}) {
  const digit = credibilityDigit(informationCredibility);
  const source = SOURCE_RELIABILITY_LABELS[sourceReliability as SourceReliability] ?? sourceReliability;
  const information = INFORMATION_CREDIBILITY_LABELS[digit as InformationCredibility] ?? informationCredibility;
  const description = `Source ${sourceReliability}: ${source}; information ${digit}: ${information}`;
  return (
    <Badge tone="neutral" className="tf-badge--outline tf-grade-badge" title={description} data-testid="grade-badge">
      <span aria-hidden="true">{grade}</span>
      <span className="tf-visually-hidden">
        Grading {grade} — {description}
      </span>
    </Badge>
  );
}

/** A handling code (H0 … H3), with what it asks of the recipient as its tooltip. */
export function HandlingCodeBadge({ code }: { code: `${HandlingCode}` }) {
  return (
    <Badge tone="warning" title={HANDLING_CODE_TEXT[code] ?? code} data-testid="handling-badge">
      {code}
      <span className="tf-visually-hidden"> — {HANDLING_CODE_TEXT[code] ?? ''}</span>
    </Badge>
  );
}

const OUTCOME_TONES: Record<SharingOutcome, BadgeTone> = {
  [SharingOutcome.ALLOW]: 'success',
  [SharingOutcome.ALLOW_REDACTED]: 'accent',
  [SharingOutcome.REQUIRES_APPROVAL]: 'warning',
  [SharingOutcome.DENY]: 'danger',
};

/** A sharing decision (ALLOW, ALLOW_REDACTED, REQUIRES_APPROVAL, DENY), with the engine's code kept visible. */
export function SharingOutcomeBadge({ outcome }: { outcome: `${SharingOutcome}` }) {
  return (
    <Badge tone={OUTCOME_TONES[outcome] ?? 'neutral'} data-testid="sharing-outcome" data-outcome={outcome}>
      {outcome}
      <span className="tf-visually-hidden"> ({labelOf(SHARING_OUTCOME_LABELS, outcome)})</span>
    </Badge>
  );
}
