import { FormOfExploitation as FormOfExploitationEnum, isPeriodExtension } from '@taskforce/domain';
import type { CreateOperationInput, FormOfExploitation, OperationBoardData, UpdateOperationInput } from '@taskforce/web-data-access';
import { messageId } from '@taskforce/web-ui';

/** Instruments a joint operation is commonly formed under, offered as citations (DESIGN.md, "Invitation"). */
export const SUGGESTED_LEGAL_BASES: readonly string[] = [
  'Art. 13 of the 2000 EU Convention on Mutual Assistance in Criminal Matters',
  'Council Framework Decision 2002/465/JHA on joint investigation teams',
  'Art. 19 UNTOC',
  'Art. 20 of the Second Additional Protocol to the 1959 Council of Europe Convention on Mutual Assistance in Criminal Matters',
];

/** How the legal basis is given: an agreement of the sharing law, a cited instrument, or not yet. */
export type LegalBasisKind = 'NONE' | 'AGREEMENT' | 'CITATION';

/** What the new/edit joint operation form holds while it is edited (texts as typed). */
export interface OperationFormState {
  name: string;
  purpose: string;
  description: string;
  /** ISO 3166-1 alpha-2 codes, in the order chosen. */
  countries: string[];
  formsOfExploitation: FormOfExploitation[];
  /** `<input type="date">` values, YYYY-MM-DD, '' for none. */
  startsOn: string;
  endsOn: string;
  legalBasisKind: LegalBasisKind;
  legalBasisAgreementId: string;
  legalBasisCitation: string;
  /** Minutes as typed (new operations only). */
  escalationMinutes: string;
  /** Why (edits only): required when the period is extended. */
  reason: string;
}

/** An empty form for a new joint operation (urgent tasks escalate after 15 minutes, the server's default). */
export function emptyOperationForm(): OperationFormState {
  return {
    name: '',
    purpose: '',
    description: '',
    countries: [],
    formsOfExploitation: [],
    startsOn: '',
    endsOn: '',
    legalBasisKind: 'CITATION',
    legalBasisAgreementId: '',
    legalBasisCitation: '',
    escalationMinutes: '15',
    reason: '',
  };
}

/** The edit form filled from an operation as the server has it. */
export function operationFormFrom(operation: OperationBoardData): OperationFormState {
  return {
    name: operation.name,
    purpose: operation.purpose ?? '',
    description: operation.description ?? '',
    countries: [...operation.countries],
    formsOfExploitation: [...operation.formsOfExploitation],
    startsOn: operation.startsOn ?? '',
    endsOn: operation.endsOn ?? '',
    legalBasisKind: operation.legalBasisAgreementId ? 'AGREEMENT' : operation.legalBasisCitation ? 'CITATION' : 'NONE',
    legalBasisAgreementId: operation.legalBasisAgreementId ?? '',
    legalBasisCitation: operation.legalBasisCitation ?? '',
    escalationMinutes: String(operation.escalationMinutes),
    reason: '',
  };
}

/** The forms of exploitation in the glossary's order (the domain's enum, which the schema's is printed from). */
const FORM_ORDER: readonly FormOfExploitation[] = Object.values(FormOfExploitationEnum);

/** Adds or removes a form of exploitation, keeping the glossary's order. */
export function toggleForm(selected: readonly FormOfExploitation[], form: FormOfExploitation): FormOfExploitation[] {
  const next = new Set(selected);
  if (next.has(form)) next.delete(form);
  else next.add(form);
  return FORM_ORDER.filter((f) => next.has(f));
}

function text(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/** The legal basis the form gives: at most one of agreement id and citation, the other null. */
function legalBasisOf(state: OperationFormState): { legalBasisAgreementId: string | null; legalBasisCitation: string | null } {
  if (state.legalBasisKind === 'AGREEMENT') return { legalBasisAgreementId: state.legalBasisAgreementId || null, legalBasisCitation: null };
  if (state.legalBasisKind === 'CITATION') return { legalBasisAgreementId: null, legalBasisCitation: text(state.legalBasisCitation) };
  return { legalBasisAgreementId: null, legalBasisCitation: null };
}

/**
 * What the browser checks before asking the server, as message ids (catalogue `operation`) keyed by the API's field names (so the server's
 * own messages land in the same places): name of 3+ characters, at least one country, an end on or after the start, escalation minutes
 * a whole number 1–1440 (new operations), a chosen agreement, and a reason when an edit extends the period.
 */
export function validateOperationForm(state: OperationFormState, original?: OperationBoardData): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = state.name.trim();
  if (!name) errors['name'] = messageId('operationForm.error.nameMissing');
  else if (name.length < 3) errors['name'] = messageId('operationForm.error.nameShort');
  if (!state.countries.length) errors['countries'] = messageId('operationForm.error.countries');
  if (state.startsOn && state.endsOn && state.endsOn < state.startsOn) errors['endsOn'] = messageId('operationForm.error.endBeforeStart');
  if (state.legalBasisKind === 'AGREEMENT' && !state.legalBasisAgreementId) errors['legalBasisAgreementId'] = messageId('operationForm.error.agreement');
  if (state.legalBasisKind === 'CITATION' && state.legalBasisCitation.trim().length > 500) errors['legalBasisCitation'] = messageId('operationForm.error.citationLong');
  if (!original) {
    const minutes = state.escalationMinutes.trim();
    if (!/^\d+$/.test(minutes) || Number(minutes) < 1 || Number(minutes) > 1440) {
      errors['escalationMinutes'] = messageId('operationForm.error.escalationMinutes');
    }
  } else if (extendsPeriod(state, original) && !state.reason.trim()) {
    errors['reason'] = messageId('operationForm.error.reason');
  }
  return errors;
}

/** The `createOperation` input for the form: trimmed texts, empty ones left out, one legal basis at most. */
export function createOperationInputFrom(state: OperationFormState): CreateOperationInput {
  const basis = legalBasisOf(state);
  const input: CreateOperationInput = {
    name: state.name.trim(),
    countries: [...state.countries],
    formsOfExploitation: [...state.formsOfExploitation],
    escalationMinutes: Number(state.escalationMinutes.trim()),
  };
  const purpose = text(state.purpose);
  const description = text(state.description);
  if (purpose) input.purpose = purpose;
  if (description) input.description = description;
  if (state.startsOn) input.startsOn = state.startsOn;
  if (state.endsOn) input.endsOn = state.endsOn;
  if (basis.legalBasisAgreementId) input.legalBasisAgreementId = basis.legalBasisAgreementId;
  if (basis.legalBasisCitation) input.legalBasisCitation = basis.legalBasisCitation;
  return input;
}

/** True when the edit moves the end of the period later (or removes it): an extension, which needs a reason. */
export function extendsPeriod(state: OperationFormState, original: Pick<OperationBoardData, 'startsOn' | 'endsOn'>): boolean {
  return isPeriodExtension(
    { startsOn: original.startsOn, endsOn: original.endsOn },
    { startsOn: state.startsOn || null, endsOn: state.endsOn || null },
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * The `updateOperation` input for the form: only the fields that differ from the operation as loaded (null clears
 * an optional one), with the version it was loaded at and the reason when one was given. `changed` is false when
 * nothing differs.
 */
export function updateOperationInputFrom(state: OperationFormState, original: OperationBoardData): { input: UpdateOperationInput; changed: boolean } {
  const input: UpdateOperationInput = { operationId: original.id, expectedVersion: original.version };
  let changed = false;
  const put = <K extends keyof UpdateOperationInput>(key: K, value: UpdateOperationInput[K], before: unknown) => {
    if (JSON.stringify(value ?? null) === JSON.stringify(before ?? null)) return;
    input[key] = value;
    changed = true;
  };
  put('name', state.name.trim(), original.name);
  put('purpose', text(state.purpose), original.purpose);
  put('description', text(state.description), original.description);
  if (!sameList(state.countries, original.countries)) put('countries', [...state.countries], null);
  if (!sameList(state.formsOfExploitation, original.formsOfExploitation)) put('formsOfExploitation', [...state.formsOfExploitation], null);
  put('startsOn', state.startsOn || null, original.startsOn);
  put('endsOn', state.endsOn || null, original.endsOn);
  const basis = legalBasisOf(state);
  put('legalBasisAgreementId', basis.legalBasisAgreementId, original.legalBasisAgreementId);
  put('legalBasisCitation', basis.legalBasisCitation, original.legalBasisCitation);
  const reason = text(state.reason);
  if (reason) input.reason = reason;
  return { input, changed };
}
