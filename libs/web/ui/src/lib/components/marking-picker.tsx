import { HANDLING_CONDITION_MAX_LENGTH, HandlingCode, TlpLabel, tlpMarking } from '@taskforce/domain';
import { messageId, useLingui } from '../i18n/messages';
import { Badge } from './badge';
import { SelectField, TextAreaField } from './field';

const TLP_OPTIONS = Object.values(TlpLabel).map((tlp) => ({ value: tlp, label: tlpMarking(tlp) }));

/** Message ids (catalogue `shell`) of what each handling code asks of a recipient (Europol wording, shortened; the codes stay as they are). */
export const HANDLING_CODE_TEXT_IDS: Readonly<Record<HandlingCode, string>> = {
  [HandlingCode.H0]: messageId('handling.h0'),
  [HandlingCode.H1]: messageId('handling.h1'),
  [HandlingCode.H2]: messageId('handling.h2'),
  [HandlingCode.H3]: messageId('handling.h3'),
};

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
  tlpLabel,
}: {
  value: Markings;
  onChange: (next: Markings) => void;
  problems?: Record<string, string | undefined>;
  testId: string;
  /** The TLP field's label; "TLP label" in the shown language when not given. */
  tlpLabel?: string;
}) {
  const { _ } = useLingui();
  const handlingOptions = Object.values(HandlingCode).map((code) => ({ value: code, label: _('handling.option', { code, text: _(HANDLING_CODE_TEXT_IDS[code]) }) }));
  return (
    <>
      <SelectField label={tlpLabel ?? _('marking.tlpLabel')} value={value.tlp} onChange={(event) => onChange({ ...value, tlp: event.target.value as `${TlpLabel}` })} options={TLP_OPTIONS} error={problems['tlp']} data-testid={`${testId}-tlp`} />
      <SelectField
        label={_('marking.handlingCode')}
        value={value.handlingCode}
        onChange={(event) => onChange({ ...value, handlingCode: event.target.value as Markings['handlingCode'] })}
        options={handlingOptions}
        placeholder={_('marking.none')}
        error={problems['handlingCode']}
        data-testid={`${testId}-handling`}
      />
      {(value.handlingCode === HandlingCode.H3 || problems['handlingCondition']) && (
        <TextAreaField
          label={_('marking.restrictionLabel')}
          hint={_('marking.restrictionHint', { max: HANDLING_CONDITION_MAX_LENGTH })}
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
  const { _ } = useLingui();
  if (!code) return null;
  const textId = HANDLING_CODE_TEXT_IDS[code as HandlingCode];
  return (
    <>
      <Badge tone="warning" title={textId ? _(textId) : undefined} data-testid={testId}>
        {code}
      </Badge>
      {restriction && (
        <span className="tf-small tf-handling-condition" data-testid="handling-condition">
          {' '}
          {_('marking.restriction', { restriction })}
        </span>
      )}
    </>
  );
}
