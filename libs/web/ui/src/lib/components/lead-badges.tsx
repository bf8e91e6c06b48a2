import { HandlingCode, InformationCredibility, SharingOutcome, SourceReliability, TLP_COLOURS, TlpLabel, tlpMarking } from '@taskforce/domain';
import { Badge, type BadgeTone } from './badge';
import { labelFrom } from '../format/labels';
import { messageId, useLingui } from '../i18n/messages';
import { HANDLING_CODE_TEXT_IDS } from './marking-picker';

/** Message ids (catalogue `shell`) of each TLP label's audience in this workspace (the labels themselves are never translated). */
const TLP_AUDIENCE_IDS: Readonly<Record<TlpLabel, string>> = {
  [TlpLabel.CLEAR]: messageId('tlp.audience.clear'),
  [TlpLabel.GREEN]: messageId('tlp.audience.green'),
  [TlpLabel.AMBER]: messageId('tlp.audience.amber'),
  [TlpLabel.AMBER_STRICT]: messageId('tlp.audience.amberStrict'),
  [TlpLabel.RED]: messageId('tlp.audience.red'),
};

/** Message ids (catalogue `shell`) of the Admiralty source-reliability grades (letters unchanged). */
const SOURCE_RELIABILITY_IDS: Readonly<Record<string, string>> = {
  [SourceReliability.A]: messageId('admiralty.source.a'),
  [SourceReliability.B]: messageId('admiralty.source.b'),
  [SourceReliability.C]: messageId('admiralty.source.c'),
  [SourceReliability.D]: messageId('admiralty.source.d'),
  [SourceReliability.E]: messageId('admiralty.source.e'),
  [SourceReliability.F]: messageId('admiralty.source.f'),
};

/** Message ids (catalogue `shell`) of the Admiralty information-credibility grades, by digit. */
const INFORMATION_CREDIBILITY_IDS: Readonly<Record<string, string>> = {
  [InformationCredibility.CONFIRMED]: messageId('admiralty.information.1'),
  [InformationCredibility.PROBABLY_TRUE]: messageId('admiralty.information.2'),
  [InformationCredibility.POSSIBLY_TRUE]: messageId('admiralty.information.3'),
  [InformationCredibility.DOUBTFUL]: messageId('admiralty.information.4'),
  [InformationCredibility.IMPROBABLE]: messageId('admiralty.information.5'),
  [InformationCredibility.CANNOT_BE_JUDGED]: messageId('admiralty.information.6'),
};

/** Message ids (catalogue `shell`) of the sharing decisions' names. */
const SHARING_OUTCOME_IDS: Readonly<Record<string, string>> = {
  [SharingOutcome.ALLOW]: messageId('sharingOutcome.allow'),
  [SharingOutcome.ALLOW_REDACTED]: messageId('sharingOutcome.allowRedacted'),
  [SharingOutcome.REQUIRES_APPROVAL]: messageId('sharingOutcome.requiresApproval'),
  [SharingOutcome.DENY]: messageId('sharingOutcome.deny'),
};

/**
 * A TLP 2.0 marking in its standard colours (FIRST TLP 2.0 §2: the label's colour on black), written exactly as
 * the standard does (`TLP:AMBER+STRICT`) and never translated; the audience goes in the tooltip.
 */
export function TlpBadge({ tlp }: { tlp: `${TlpLabel}` }) {
  const { _ } = useLingui();
  const audienceId = TLP_AUDIENCE_IDS[tlp as TlpLabel];
  const colours = TLP_COLOURS[tlp] ?? TLP_COLOURS[TlpLabel.CLEAR];
  return (
    <span
      className="tf-tlp-badge"
      style={{ color: colours.text, backgroundColor: colours.background }}
      title={audienceId ? _(audienceId) : undefined}
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
  const { _ } = useLingui();
  const digit = credibilityDigit(informationCredibility);
  const source = labelFrom(_, SOURCE_RELIABILITY_IDS, sourceReliability);
  const informationId = INFORMATION_CREDIBILITY_IDS[digit];
  const information = informationId ? _(informationId) : informationCredibility;
  const description = _('admiralty.description', { letter: sourceReliability, source, digit, information });
  return (
    <Badge tone="neutral" className="tf-badge--outline tf-grade-badge" title={description} data-testid="grade-badge">
      <span aria-hidden="true">{grade}</span>
      <span className="tf-visually-hidden">
        {_('admiralty.grading', { grade, description })}
      </span>
    </Badge>
  );
}

/** A handling code (H0 … H3), with what it asks of the recipient as its tooltip. */
export function HandlingCodeBadge({ code }: { code: `${HandlingCode}` }) {
  const { _ } = useLingui();
  const textId = HANDLING_CODE_TEXT_IDS[code as HandlingCode];
  const text = textId ? _(textId) : '';
  return (
    <Badge tone="warning" title={text || code} data-testid="handling-badge">
      {code}
      <span className="tf-visually-hidden"> — {text}</span>
    </Badge>
  );
}

const OUTCOME_TONES: Record<SharingOutcome, BadgeTone> = {
  [SharingOutcome.ALLOW]: 'success',
  [SharingOutcome.ALLOW_REDACTED]: 'accent',
  [SharingOutcome.REQUIRES_APPROVAL]: 'warning',
  [SharingOutcome.DENY]: 'danger',
};

/**
 * A sharing decision by its name in the shown language ("Allowed, redacted"); the engine's code (ALLOW,
 * ALLOW_REDACTED, REQUIRES_APPROVAL, DENY) stays in `data-outcome`.
 */
export function SharingOutcomeBadge({ outcome }: { outcome: `${SharingOutcome}` }) {
  const { _ } = useLingui();
  return (
    <Badge tone={OUTCOME_TONES[outcome] ?? 'neutral'} data-testid="sharing-outcome" data-outcome={outcome}>
      {labelFrom(_, SHARING_OUTCOME_IDS, outcome)}
    </Badge>
  );
}
