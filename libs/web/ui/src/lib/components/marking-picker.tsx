import { HANDLING_CODE_TEXT, HANDLING_CONDITION_MAX_LENGTH, HandlingCode, TlpLabel, tlpMarking } from '@taskforce/domain';
import { Badge } from './badge';
import { SelectField, TextAreaField } from './field';

const TLP_OPTIONS = Object.values(TlpLabel).map((tlp) => ({ value: tlp, label: tlpMarking(tlp) }));
const HANDLING_OPTIONS = Object.values(HandlingCode).map((code) => ({ value: code, label: `${code} — ${HANDLING_CODE_TEXT[code]}` }));

/** The markings a form asks for: a TLP 2.0 label, an optional handling code ('' for none) and the restriction H3 stands for. */
export interface Markings {
  tlp: `${TlpLabel}`;
  handlingCode: `${HandlingCode}` | '';
  handlingCondition: string;
}

/** TLP:AMBER, no handling code: what a new item is marked with until the person chooses. */
export const DEFAULT_MARKINGS: Markings = { tlp: TlpLabel.AMBER, handlingCode: '', handlingCondition: '' };

/**
 * The markings as an API input takes them: `handlingCode` null for none, `handlingCondition` only with H3 (what is
 * typed for it is dropped when another code is chosen), trimmed.
 */
export function markingsInput(markings: Markings): { tlp: `${TlpLabel}`; handlingCode: `${HandlingCode}` | null; handlingCondition: string | null } {
  const h3 = markings.handlingCode === HandlingCode.H3;
  return { tlp: markings.tlp, handlingCode: markings.handlingCode || null, handlingCondition: h3 ? markings.handlingCondition.trim() : null };
}

/**
 * The one picker of an item's markings in forms (channel messages, requests for information, evidence files): the TLP
 * label, the handling code (H0–H3 or none) and, when H3 is picked, the restriction it stands for (required by the API,
 * at most 500 characters). `problems` are the API's messages by field (`tlp`, `handlingCode`, `handlingCondition`);
 * `testId` prefixes the fields' test ids (`<testId>-tlp`, `-handling`, `-restriction`).
 */
export function MarkingPicker({
  value,
  onChange,
  problems = {},
  testId,
  tlpLabel = 'TLP label',
}: {
  value: Markings;
  onChange: (next: Markings) => void;
  problems?: Record<string, string | undefined>;
  testId: string;
  tlpLabel?: string;
}) {
  return (
    <>
      <SelectField label={tlpLabel} value={value.tlp} onChange={(event) => onChange({ ...value, tlp: event.target.value as `${TlpLabel}` })} options={TLP_OPTIONS} error={problems['tlp']} data-testid={`${testId}-tlp`} />
      <SelectField
        label="Handling code"
        value={value.handlingCode}
        onChange={(event) => onChange({ ...value, handlingCode: event.target.value as Markings['handlingCode'] })}
        options={HANDLING_OPTIONS}
        placeholder="None"
        error={problems['handlingCode']}
        data-testid={`${testId}-handling`}
      />
      {(value.handlingCode === HandlingCode.H3 || problems['handlingCondition']) && (
        <TextAreaField
          label="Restriction (H3)"
          hint={`The restriction the provider states, at most ${HANDLING_CONDITION_MAX_LENGTH} characters`}
          value={value.handlingCondition}
          onChange={(event) => onChange({ ...value, handlingCondition: event.target.value })}
          rows={2}
          maxLength={HANDLING_CONDITION_MAX_LENGTH}
          required
          error={problems['handlingCondition']}
          data-testid={`${testId}-restriction`}
        />
      )}
    </>
  );
}

/**
 * A handling code as a badge (its meaning in the tooltip; test id `testId`) and, for H3, the restriction it stands for
 * beside it (`handling-condition`); nothing when the item has no handling code.
 */
export function HandlingMarking({ code, restriction, testId = 'handling-code' }: { code: string | null | undefined; restriction?: string | null; testId?: string }) {
  if (!code) return null;
  return (
    <>
      <Badge tone="warning" title={HANDLING_CODE_TEXT[code as HandlingCode]} data-testid={testId}>
        {code}
      </Badge>
      {restriction && (
        <span className="tf-small tf-handling-condition" data-testid="handling-condition">
          {' '}
          Restriction: {restriction}
        </span>
      )}
    </>
  );
}
