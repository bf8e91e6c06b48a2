import { FieldProblem } from '@taskforce/api-core';
import {
  AgencyKind,
  Agreement,
  DataCategory,
  FormOfExploitation,
  InformationCredibility,
  JurisdictionRule,
  parseInstant,
  RuleCondition,
  RuleFilter,
  RuleScope,
  SharingPurpose,
  SourceReliability,
  TlpLabel,
  TransferKind,
  validateSharingInput,
} from '@taskforce/domain';

/** Values the engine accepts for a rule's effect (README "Jurisdiction rules"). */
const EFFECTS = ['REDACT', 'REQUIRES_APPROVAL', 'DENY'] as const;
const STRICT_EFFECTS = ['REQUIRES_APPROVAL', 'DENY'] as const;

/** A JSON value parsed from an input field, with the problems found (each naming the field and part). */
export interface Parsed<T> {
  value: T | null;
  problems: FieldProblem[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseJson(field: string, text: string): { value: unknown; problems: FieldProblem[] } {
  try {
    return { value: JSON.parse(text) as unknown, problems: [] };
  } catch {
    return { value: null, problems: [{ field, message: `${field} is not valid JSON` }] };
  }
}

function unknownKeys(field: string, obj: Record<string, unknown>, allowed: string[]): FieldProblem[] {
  return Object.keys(obj)
    .filter((k) => !allowed.includes(k))
    .map((k) => ({ field: `${field}.${k}`, message: `${field}.${k} is not a known field (allowed: ${allowed.join(', ')})` }));
}

/** A list of values of one enum, each checked; problems name `field` (e.g. conditionJson.categories). */
function enumList<T extends string>(field: string, value: unknown, allowed: readonly T[], required: boolean): { list: T[]; problems: FieldProblem[] } {
  if (!Array.isArray(value)) return { list: [], problems: [{ field, message: `${field} must be a list of ${allowed.join(', ')}` }] };
  const problems: FieldProblem[] = [];
  value.forEach((v, i) => {
    if (!allowed.includes(v as T)) problems.push({ field: `${field}.${i}`, message: `${field} has an unknown value "${String(v)}" (allowed: ${allowed.join(', ')})` });
  });
  if (required && !value.length) problems.push({ field, message: `${field} must not be empty` });
  return { list: value as T[], problems };
}

/**
 * Problems with a date bound (UTC date `2024-12-31` or ISO 8601 instant with `Z` or an offset — the engine's
 * `parseInstant`); a date-time without a zone is refused since it would mean local time.
 */
export function boundProblems(field: string, value: string | null | undefined): FieldProblem[] {
  if (value == null) return [];
  if (parseInstant(value)) return [];
  return [{ field, message: `${field} must be a UTC date (2025-01-31) or an ISO 8601 date-time with Z or an offset (2025-01-31T09:00:00Z)` }];
}

/** Problems with a window `from`…`to` (each readable, and `to` not before `from`). */
export function windowProblems(fromField: string, from: string | null | undefined, toField: string, to: string | null | undefined): FieldProblem[] {
  const problems = [...boundProblems(fromField, from), ...boundProblems(toField, to)];
  if (!problems.length && from != null && to != null && parseInstant(to)!.ms < parseInstant(from)!.ms) {
    problems.push({ field: toField, message: `${toField} must not be before ${fromField}` });
  }
  return problems;
}

/** Parses and checks a rule scope: `{"kind":"COUNTRY","country":"NL"}` or `{"kind":"AGENCY_KIND","agencyKind":"NGO"}`. */
export function parseScope(text: string, isCountry: (code: string) => boolean, field = 'scopeJson'): Parsed<RuleScope> {
  const { value, problems } = parseJson(field, text);
  if (problems.length) return { value: null, problems };
  if (!isObject(value)) return { value: null, problems: [{ field, message: `${field} must be an object with a kind` }] };
  if (value['kind'] === 'COUNTRY') {
    const country = value['country'];
    const out = unknownKeys(field, value, ['kind', 'country']);
    if (typeof country !== 'string' || !isCountry(country)) out.push({ field: `${field}.country`, message: `${field}.country must be an ISO 3166-1 alpha-2 code such as NL` });
    return out.length ? { value: null, problems: out } : { value: { kind: 'COUNTRY', country: country as string }, problems: [] };
  }
  if (value['kind'] === 'AGENCY_KIND') {
    const out = unknownKeys(field, value, ['kind', 'agencyKind']);
    const kinds = Object.values(AgencyKind);
    if (!kinds.includes(value['agencyKind'] as AgencyKind)) out.push({ field: `${field}.agencyKind`, message: `${field}.agencyKind must be one of ${kinds.join(', ')}` });
    return out.length ? { value: null, problems: out } : { value: { kind: 'AGENCY_KIND', agencyKind: value['agencyKind'] as AgencyKind }, problems: [] };
  }
  return { value: null, problems: [{ field: `${field}.kind`, message: `${field}.kind must be COUNTRY or AGENCY_KIND` }] };
}

/** Parses and checks a rule filter (`when`); null or empty text = no filter. */
export function parseWhen(text: string | null | undefined, field = 'whenJson'): Parsed<RuleFilter | null> {
  if (text == null || !text.trim()) return { value: null, problems: [] };
  const { value, problems } = parseJson(field, text);
  if (problems.length) return { value: null, problems };
  if (value === null) return { value: null, problems: [] };
  if (!isObject(value)) return { value: null, problems: [{ field, message: `${field} must be an object` }] };
  const out = unknownKeys(field, value, ['purposes', 'formsOfExploitation', 'recipientKinds', 'transfers']);
  const filter: { -readonly [K in keyof RuleFilter]: RuleFilter[K] } = {};
  if (value['purposes'] !== undefined) {
    const r = enumList(`${field}.purposes`, value['purposes'], Object.values(SharingPurpose), true);
    out.push(...r.problems);
    filter.purposes = r.list;
  }
  if (value['formsOfExploitation'] !== undefined) {
    const r = enumList(`${field}.formsOfExploitation`, value['formsOfExploitation'], Object.values(FormOfExploitation), true);
    out.push(...r.problems);
    filter.formsOfExploitation = r.list;
  }
  if (value['recipientKinds'] !== undefined) {
    const r = enumList(`${field}.recipientKinds`, value['recipientKinds'], Object.values(AgencyKind), true);
    out.push(...r.problems);
    filter.recipientKinds = r.list;
  }
  if (value['transfers'] !== undefined) {
    const r = enumList(`${field}.transfers`, value['transfers'], [TransferKind.DOMESTIC, TransferKind.CROSS_BORDER] as const, true);
    out.push(...r.problems);
    filter.transfers = r.list;
  }
  return out.length ? { value: null, problems: out } : { value: Object.keys(filter).length ? filter : null, problems: [] };
}

/** Parses and checks a rule condition against the five kinds of the engine (README "Jurisdiction rules"). */
export function parseCondition(text: string, field = 'conditionJson'): Parsed<RuleCondition> {
  const { value, problems } = parseJson(field, text);
  if (problems.length) return { value: null, problems };
  if (!isObject(value)) return { value: null, problems: [{ field, message: `${field} must be an object with a kind` }] };
  const out: FieldProblem[] = [];
  const categories = () => {
    const r = enumList(`${field}.categories`, value['categories'], Object.values(DataCategory), true);
    out.push(...r.problems);
    return r.list;
  };
  const effect = (key: 'effect' | 'otherwise', allowed: readonly string[]) => {
    if (!allowed.includes(value[key] as string)) out.push({ field: `${field}.${key}`, message: `${field}.${key} must be one of ${allowed.join(', ')}` });
    return value[key] as never;
  };
  let condition: RuleCondition | null = null;
  switch (value['kind']) {
    case 'LEGAL_BASIS': {
      out.push(...unknownKeys(field, value, ['kind', 'law']));
      const law = value['law'];
      if (typeof law !== 'string' || law.trim().length < 3) out.push({ field: `${field}.law`, message: `${field}.law must name the national law (at least 3 characters)` });
      condition = { kind: 'LEGAL_BASIS', law: String(law ?? '').trim() };
      break;
    }
    case 'REQUIRES_AGREEMENT':
      out.push(...unknownKeys(field, value, ['kind', 'categories', 'otherwise']));
      condition = { kind: 'REQUIRES_AGREEMENT', categories: categories(), otherwise: effect('otherwise', EFFECTS) };
      break;
    case 'RESTRICT_CATEGORIES':
      out.push(...unknownKeys(field, value, ['kind', 'categories', 'effect']));
      condition = { kind: 'RESTRICT_CATEGORIES', categories: categories(), effect: effect('effect', EFFECTS) };
      break;
    case 'LIMIT_PURPOSES': {
      out.push(...unknownKeys(field, value, ['kind', 'purposes', 'otherwise']));
      const r = enumList(`${field}.purposes`, value['purposes'], Object.values(SharingPurpose), true);
      out.push(...r.problems);
      condition = { kind: 'LIMIT_PURPOSES', purposes: r.list, otherwise: effect('otherwise', STRICT_EFFECTS) };
      break;
    }
    case 'RESTRICT_FLOW':
      out.push(...unknownKeys(field, value, ['kind', 'effect']));
      condition = { kind: 'RESTRICT_FLOW', effect: effect('effect', STRICT_EFFECTS) };
      break;
    default:
      out.push({ field: `${field}.kind`, message: `${field}.kind must be one of LEGAL_BASIS, REQUIRES_AGREEMENT, RESTRICT_CATEGORIES, LIMIT_PURPOSES, RESTRICT_FLOW` });
  }
  return out.length ? { value: null, problems: out } : { value: condition, problems: [] };
}

/**
 * Last guard: the engine's own `validateSharingInput` on a probe decision holding only `agreements` and `rules`.
 * Anything it reports (which would make every decision DENY `INVALID_INPUT`) is returned as a problem of `field`.
 */
export function engineProblems(field: string, agreements: readonly Agreement[], rules: readonly JurisdictionRule[]): FieldProblem[] {
  const probe = { id: 'probe', name: 'probe', kind: AgencyKind.OTHER, country: 'NL' };
  const messages = validateSharingInput({
    lead: {
      id: 'probe',
      originatingAgency: probe,
      formOfExploitation: FormOfExploitation.OTHER,
      routeCountries: [],
      dataCategories: [],
      markings: { tlp: TlpLabel.CLEAR, sourceReliability: SourceReliability.F, informationCredibility: InformationCredibility.CANNOT_BE_JUDGED, handlingCodes: [] },
      namedRecipientAgencyIds: [],
      operationAgencyIds: [],
    },
    recipient: { ...probe, id: 'probe-recipient', taskForceMember: true },
    sender: null,
    agreements,
    rules,
    purpose: SharingPurpose.INVESTIGATION,
    at: '2000-01-01T00:00:00Z',
  });
  return messages.map((message) => ({ field, message }));
}
