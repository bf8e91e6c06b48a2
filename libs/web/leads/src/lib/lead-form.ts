import { DataCategory, FormOfExploitation, HandlingCode, InformationCredibility, OperationStatus, SourceReliability, TlpLabel } from '@taskforce/domain';
import { messageId } from '@taskforce/web-ui';
import type { CreateLeadInput, InformationCredibility as InformationCredibilityName, LeadPersonRole, RouteRole } from '@taskforce/web-data-access';

/** One stop of the route as typed: the country code as entered, and its role. */
export interface RouteStopForm {
  country: string;
  role: RouteRole;
}

/** One person as typed; identity fields are offered for potential victims only. */
export interface LeadPersonForm {
  role: LeadPersonRole;
  name: string;
  dateOfBirth: string;
  nationality: string;
  description: string;
}

/** What the new-lead form holds while it is filled in; '' = not chosen yet. */
export interface LeadFormState {
  summary: string;
  details: string;
  operationId: string;
  formOfExploitation: FormOfExploitation | '';
  route: RouteStopForm[];
  dataCategories: DataCategory[];
  tlp: TlpLabel | '';
  namedRecipientAgencyIds: string[];
  sourceReliability: SourceReliability | '';
  informationCredibility: InformationCredibilityName | '';
  handlingCodes: HandlingCode[];
  handlingCondition: string;
  persons: LeadPersonForm[];
}

/** An empty form: one route stop (origin), nothing chosen. */
export function emptyLeadForm(): LeadFormState {
  return {
    summary: '',
    details: '',
    operationId: '',
    formOfExploitation: '',
    route: [{ country: '', role: 'ORIGIN' }],
    dataCategories: [],
    tlp: '',
    namedRecipientAgencyIds: [],
    sourceReliability: '',
    informationCredibility: '',
    handlingCodes: [],
    handlingCondition: '',
    persons: [],
  };
}

/** A person row to add: empty, of the given role. */
export function emptyPerson(role: LeadPersonRole): LeadPersonForm {
  return { role, name: '', dateOfBirth: '', nationality: '', description: '' };
}

/** Information-credibility grades as GraphQL names, 1 … 6, with their digit (the domain enum's values). */
export const INFORMATION_CREDIBILITY_NAMES: ReadonlyArray<{ name: InformationCredibilityName; digit: InformationCredibility }> = (
  Object.keys(InformationCredibility) as InformationCredibilityName[]
).map((name) => ({ name, digit: InformationCredibility[name] }));

/** The grade's digit for a GraphQL name ("PROBABLY_TRUE" → "2"). */
export function credibilityDigit(name: InformationCredibilityName): InformationCredibility {
  return InformationCredibility[name];
}

const orUndefined = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

/**
 * The `createLead` input for the form: texts trimmed, country codes upper-cased, empty optional texts left out,
 * route stops without a country dropped, the H3 condition sent only with H3, named recipients only with TLP:RED,
 * and identity fields (date of birth, nationality) only for potential victims. Nothing is validated here: the
 * server does it and names the fields (`route.0.country`, `persons.1.dateOfBirth`).
 * @throws Error when a required choice is still empty (check `missingRequired` first).
 */
export function leadInputFrom(state: LeadFormState): CreateLeadInput {
  if (!state.formOfExploitation || !state.tlp || !state.sourceReliability || !state.informationCredibility) {
    throw new Error('leadInputFrom: a required choice is empty');
  }
  const input: CreateLeadInput = {
    summary: state.summary.trim(),
    details: state.details.trim(),
    formOfExploitation: state.formOfExploitation,
    route: state.route.filter((s) => s.country.trim() !== '').map((s) => ({ country: s.country.trim().toUpperCase(), role: s.role })),
    dataCategories: [...state.dataCategories],
    tlp: state.tlp,
    sourceReliability: state.sourceReliability,
    informationCredibility: state.informationCredibility,
    handlingCodes: [...state.handlingCodes],
  };
  if (state.operationId) input.operationId = state.operationId;
  if (state.tlp === TlpLabel.RED && state.namedRecipientAgencyIds.length > 0) input.namedRecipientAgencyIds = [...state.namedRecipientAgencyIds];
  const condition = orUndefined(state.handlingCondition);
  if (state.handlingCodes.includes(HandlingCode.H3) && condition !== undefined) input.handlingCondition = condition;
  if (state.persons.length > 0) {
    input.persons = state.persons.map((p) => {
      const person: NonNullable<CreateLeadInput['persons']>[number] = { role: p.role };
      const name = orUndefined(p.name);
      const description = orUndefined(p.description);
      if (name !== undefined) person.name = name;
      if (description !== undefined) person.description = description;
      if (p.role === 'POTENTIAL_VICTIM') {
        const dateOfBirth = orUndefined(p.dateOfBirth);
        const nationality = orUndefined(p.nationality)?.toUpperCase();
        if (dateOfBirth !== undefined) person.dateOfBirth = dateOfBirth;
        if (nationality !== undefined) person.nationality = nationality;
      }
      return person;
    });
  }
  return input;
}

/** The message id (catalogue `leads`) for a required field left empty ("Required"). */
export const REQUIRED_MESSAGE = messageId('leadForm.required');

/**
 * The required fields still empty, keyed like the server's field names (`summary`, `route.0.country`, `tlp`, …),
 * each with the message id `REQUIRED_MESSAGE` (the screen translates it); empty when the form may be sent. Only presence is checked: lengths, codes and
 * dates are the server's to judge.
 */
export function missingRequired(state: LeadFormState): Record<string, string> {
  const missing: Record<string, string> = {};
  if (state.summary.trim() === '') missing['summary'] = REQUIRED_MESSAGE;
  if (!state.formOfExploitation) missing['formOfExploitation'] = REQUIRED_MESSAGE;
  if (state.route.every((s) => s.country.trim() === '')) missing['route.0.country'] = REQUIRED_MESSAGE;
  if (!state.tlp) missing['tlp'] = REQUIRED_MESSAGE;
  if (!state.sourceReliability) missing['sourceReliability'] = REQUIRED_MESSAGE;
  if (!state.informationCredibility) missing['informationCredibility'] = REQUIRED_MESSAGE;
  return missing;
}

/**
 * Where the server's field names land on the form: the stops and persons that `leadInputFrom` sends are
 * renumbered (stops without a country are dropped), so `route.<i>` of the input is the form's `route.<j>`.
 * Returns the server's `{ field: message }` rekeyed to the form's rows; other fields are kept as they are.
 */
export function formFieldsFrom(state: LeadFormState, fields: Readonly<Record<string, string>>): Record<string, string> {
  const sentStops = state.route.flatMap((s, j) => (s.country.trim() === '' ? [] : [j]));
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    const stop = /^route\.(\d+)(\..*)?$/.exec(field);
    const formIndex = stop ? sentStops[Number(stop[1])] : undefined;
    const key = stop && formIndex !== undefined ? `route.${formIndex}${stop[2] ?? ''}` : field;
    result[key] = result[key] ? `${result[key]} ${message}` : message;
  }
  return result;
}

/** Every field name the form shows a message next to, for a form with `stops` route stops and `persons` persons. */
export function placedFieldNames(stops: number, persons: number): Set<string> {
  const names = [
    'summary',
    'details',
    'operationId',
    'formOfExploitation',
    'route',
    'dataCategories',
    'tlp',
    'namedRecipientAgencyIds',
    'sourceReliability',
    'informationCredibility',
    'handlingCodes',
    'handlingCondition',
    'persons',
  ];
  for (let i = 0; i < stops; i++) names.push(`route.${i}`, `route.${i}.country`, `route.${i}.role`);
  for (let i = 0; i < persons; i++) names.push(`persons.${i}`, `persons.${i}.role`, `persons.${i}.name`, `persons.${i}.dateOfBirth`, `persons.${i}.nationality`, `persons.${i}.description`);
  return new Set(names);
}

/** Messages for fields the form has no place for (so none is lost), as "field: message". */
export function unplacedMessages(fields: Readonly<Record<string, string>>, placed: ReadonlySet<string>): string[] {
  return Object.entries(fields)
    .filter(([field]) => !placed.has(field))
    .map(([field, message]) => `${field}: ${message}`);
}

/** The joint operations a lead may be attached to: every one offered except CLOSED ones, by name. */
export function openOperations<T extends { name: string; status: OperationStatus | string }>(operations: readonly T[]): T[] {
  return operations.filter((o) => o.status !== OperationStatus.CLOSED).sort((a, b) => a.name.localeCompare(b.name));
}
