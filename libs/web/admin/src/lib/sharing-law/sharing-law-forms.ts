import { messageId, type BadgeTone } from '@taskforce/web-ui';
import type { AgreementKind, AgreementStatus, CreateAgreementInput, CreateJurisdictionRuleInput, DataCategory, RuleFlow, SharingPurpose } from '@taskforce/web-data-access';
import type { AgreementData, RuleVersionData } from './sharing-law.documents';

/** What the agreement form holds while it is edited; countries as typed ("NL, RO"). */
export interface AgreementFormState {
  id: string;
  kind: AgreementKind;
  title: string;
  article: string;
  countries: string;
  agencyIds: string[];
  dataCategories: DataCategory[];
  purposes: SharingPurpose[];
  inForceFrom: string;
  inForceTo: string;
  suspended: boolean;
}

/** The form for a new agreement, or filled from an existing one. */
export function agreementFormFrom(agreement?: AgreementData): AgreementFormState {
  if (!agreement) {
    return { id: '', kind: 'BILATERAL', title: '', article: '', countries: '', agencyIds: [], dataCategories: [], purposes: [], inForceFrom: '', inForceTo: '', suspended: false };
  }
  return {
    id: agreement.id,
    kind: agreement.kind,
    title: agreement.title,
    article: agreement.article ?? '',
    countries: agreement.parties.flatMap((p) => (p.kind === 'COUNTRY' && p.country ? [p.country] : [])).join(', '),
    agencyIds: agreement.parties.flatMap((p) => (p.kind === 'AGENCY' && p.agencyId ? [p.agencyId] : [])),
    dataCategories: [...agreement.dataCategories],
    purposes: [...agreement.purposes],
    inForceFrom: agreement.inForceFrom,
    inForceTo: agreement.inForceTo ?? '',
    suspended: agreement.suspended,
  };
}

/**
 * The API input for the form: countries split on commas, semicolons or spaces and upper-cased (the server checks
 * them against ISO 3166-1), then the agencies; empty texts become null. Nothing else is checked here.
 */
export function agreementInputFrom(state: AgreementFormState): CreateAgreementInput {
  const countries = state.countries
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  return {
    id: state.id.trim(),
    kind: state.kind,
    title: state.title.trim(),
    article: state.article.trim() || null,
    parties: [...countries.map((country) => ({ kind: 'COUNTRY' as const, country })), ...state.agencyIds.map((agencyId) => ({ kind: 'AGENCY' as const, agencyId }))],
    dataCategories: state.dataCategories,
    purposes: state.purposes,
    inForceFrom: state.inForceFrom.trim(),
    inForceTo: state.inForceTo.trim() || null,
    suspended: state.suspended,
  };
}

/** What the rule form holds: the common fields, and scope / filter / condition as JSON text. */
export interface RuleFormState {
  id: string;
  effectiveFrom: string;
  effectiveTo: string;
  scopeJson: string;
  flows: RuleFlow[];
  whenJson: string;
  conditionJson: string;
  text: string;
}

/** JSON written for people: two-space indentation. */
function pretty(json: string | null): string {
  if (!json) return '';
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

/** Starting points for the condition, one per kind the engine knows (libs/domain sharing README). */
export const CONDITION_TEMPLATES: Readonly<Record<string, string>> = {
  REQUIRES_AGREEMENT: pretty(JSON.stringify({ kind: 'REQUIRES_AGREEMENT', categories: ['VICTIM_PERSONAL_DATA'], otherwise: 'REDACT' })),
  RESTRICT_CATEGORIES: pretty(JSON.stringify({ kind: 'RESTRICT_CATEGORIES', categories: ['HEALTH_DATA'], effect: 'REQUIRES_APPROVAL' })),
  LIMIT_PURPOSES: pretty(JSON.stringify({ kind: 'LIMIT_PURPOSES', purposes: ['INVESTIGATION', 'PROSECUTION'], otherwise: 'REQUIRES_APPROVAL' })),
  RESTRICT_FLOW: pretty(JSON.stringify({ kind: 'RESTRICT_FLOW', effect: 'REQUIRES_APPROVAL' })),
  LEGAL_BASIS: pretty(JSON.stringify({ kind: 'LEGAL_BASIS', law: 'Name of the national law' })),
};

/** The form for a new rule, or for the next version of an existing one (filled from its current version). */
export function ruleFormFrom(version?: RuleVersionData): RuleFormState {
  if (!version) {
    return { id: '', effectiveFrom: '', effectiveTo: '', scopeJson: pretty('{"kind":"COUNTRY","country":"NL"}'), flows: ['LEAVING'], whenJson: '', conditionJson: CONDITION_TEMPLATES['RESTRICT_CATEGORIES'], text: '' };
  }
  return {
    id: version.ruleId,
    effectiveFrom: '',
    effectiveTo: version.effectiveTo ?? '',
    scopeJson: pretty(version.scopeJson),
    flows: [...version.flows],
    whenJson: pretty(version.whenJson),
    conditionJson: pretty(version.conditionJson),
    text: version.text,
  };
}

/** The API input for the rule form; empty dates and filter become null (a revision then starts now). */
export function ruleInputFrom(state: RuleFormState): CreateJurisdictionRuleInput {
  return {
    id: state.id.trim(),
    effectiveFrom: state.effectiveFrom.trim() || null,
    effectiveTo: state.effectiveTo.trim() || null,
    scopeJson: state.scopeJson.trim(),
    flows: state.flows,
    whenJson: state.whenJson.trim() || null,
    conditionJson: state.conditionJson.trim(),
    text: state.text.trim(),
  };
}

/**
 * The server's messages for one form field, joined: those naming the field itself and its parts
 * (`conditionJson.kind`, `parties.0.country` for `parties`); undefined when there are none.
 */
export function fieldError(fields: Readonly<Record<string, string>>, name: string): string | undefined {
  const messages = Object.entries(fields)
    .filter(([field]) => field === name || field.startsWith(`${name}.`))
    .map(([, message]) => message);
  return messages.length ? messages.join(' ') : undefined;
}

/** Label and badge tone of an agreement's status; an expired agreement is shown as such, never as in force. */
export const AGREEMENT_STATUS_DISPLAY: Readonly<Record<AgreementStatus, { label: string; tone: BadgeTone }>> = {
  IN_FORCE: { label: messageId('agreements.status.inForce'), tone: 'success' },
  NOT_YET_IN_FORCE: { label: messageId('agreements.status.notYetInForce'), tone: 'info' },
  EXPIRED: { label: messageId('agreements.status.expired'), tone: 'neutral' },
  SUSPENDED: { label: messageId('agreements.status.suspended'), tone: 'warning' },
};

/** Message ids (catalogue `admin`) of the agreement kinds' names. */
export const AGREEMENT_KIND_LABELS: Readonly<Record<AgreementKind, string>> = {
  MULTILATERAL: messageId('agreements.kind.multilateral'),
  BILATERAL: messageId('agreements.kind.bilateral'),
  MOU: messageId('agreements.kind.mou'),
};

/** Message ids (catalogue `admin`) of the directions of data a rule governs. */
export const RULE_FLOW_LABELS: Readonly<Record<RuleFlow, string>> = {
  LEAVING: messageId('rules.flow.leaving'),
  ENTERING: messageId('rules.flow.entering'),
  WITHIN: messageId('rules.flow.within'),
  ONWARD: messageId('rules.flow.onward'),
};

/** Message ids (catalogue `admin`) of the sharing purposes' names. */
export const PURPOSE_LABELS: Readonly<Record<SharingPurpose, string>> = {
  INVESTIGATION: messageId('agreements.purpose.investigation'),
  PROSECUTION: messageId('agreements.purpose.prosecution'),
  VICTIM_ASSISTANCE: messageId('agreements.purpose.victimAssistance'),
  PREVENTION: messageId('agreements.purpose.prevention'),
  ANALYSIS: messageId('agreements.purpose.analysis'),
};

/** Message ids (catalogue `admin`) of the personal-data categories' names (lower case, as in a list). */
export const CATEGORY_LABELS: Readonly<Record<DataCategory, string>> = {
  VICTIM_PERSONAL_DATA: messageId('agreements.category.victimPersonalData'),
  SUSPECT_PERSONAL_DATA: messageId('agreements.category.suspectPersonalData'),
  HEALTH_DATA: messageId('agreements.category.healthData'),
  FINANCIAL_DATA: messageId('agreements.category.financialData'),
  LOCATION_DATA: messageId('agreements.category.locationData'),
  COMMUNICATIONS_DATA: messageId('agreements.category.communicationsData'),
};
