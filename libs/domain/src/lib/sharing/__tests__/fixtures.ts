/**
 * The hand-made world of the decision tables: fictional agencies in real countries, real instruments (plus two
 * bilateral instruments marked as fictional), and demo jurisdiction rules citing the instruments of
 * ../shared/LEGAL-CONTEXT.md. Expected outcomes in the specs are worked out by hand from this file and
 * ../README.md — never by calling the engine.
 */
import { AgencyKind, FormOfExploitation } from '../../enums';
import { decideSharing } from '../decide-sharing';
import {
  AgencyRef,
  Agreement,
  AgreementKind,
  DataCategory,
  HandlingCode,
  InformationCredibility,
  JurisdictionRule,
  LeadForSharing,
  RecipientAgency,
  RuleFlow,
  SharingDecision,
  SharingInput,
  SharingPurpose,
  SourceReliability,
  TlpLabel,
  TransferKind,
} from '../types';

/** Default decision instant of every scenario unless it says otherwise. */
export const AT = '2025-03-01T09:00:00Z';

const { VICTIM_PERSONAL_DATA: VICTIM, SUSPECT_PERSONAL_DATA: SUSPECT, HEALTH_DATA: HEALTH, FINANCIAL_DATA: FINANCIAL, LOCATION_DATA: LOCATION, COMMUNICATIONS_DATA: COMMS } =
  DataCategory;
const { INVESTIGATION, PROSECUTION, VICTIM_ASSISTANCE, PREVENTION, ANALYSIS } = SharingPurpose;

function agency(id: string, name: string, kind: AgencyKind, country: string | null): AgencyRef {
  return { id, name, kind, country };
}

// ---- Agencies (fictional names) ---------------------------------------------------------------------------------
export const NL_POLICE = agency('nl-police', 'Noordzee Regional Police', AgencyKind.LAW_ENFORCEMENT, 'NL');
export const NL_PROSECUTION = agency('nl-prosecution', 'Havenstad Public Prosecution Office', AgencyKind.PROSECUTION, 'NL');
export const NL_LABOUR = agency('nl-labour', 'Delta Labour Inspectorate', AgencyKind.LABOUR_INSPECTORATE, 'NL');
export const NL_SHELTER = agency('nl-shelter', 'Stichting Veilige Haven', AgencyKind.NGO, 'NL');
export const NL_OUTREACH = agency('nl-outreach', 'Stichting Noorderlicht Outreach', AgencyKind.NGO, 'NL');
export const NL_MUNICIPALITY = agency('nl-municipality', 'Municipality of Havenstad', AgencyKind.GOVERNMENT, 'NL');
export const RO_POLICE = agency('ro-police', 'Carpathian Anti-Trafficking Directorate', AgencyKind.LAW_ENFORCEMENT, 'RO');
export const RO_TRANSPLANT = agency('ro-transplant', 'Danube Transplant Ethics Board', AgencyKind.OTHER, 'RO');
export const TH_POLICE = agency('th-police', 'Chao Phraya Anti-Trafficking Division', AgencyKind.LAW_ENFORCEMENT, 'TH');
export const TH_SOCIAL = agency('th-social', 'Andaman Social Protection Office', AgencyKind.GOVERNMENT, 'TH');
export const PH_POLICE = agency('ph-police', 'Visayas Anti-Trafficking Task Group', AgencyKind.LAW_ENFORCEMENT, 'PH');
export const ZA_POLICE = agency('za-police', 'Highveld Organised Crime Unit', AgencyKind.LAW_ENFORCEMENT, 'ZA');
export const ZA_LABOUR = agency('za-labour', 'Gauteng Labour Inspectorate', AgencyKind.LABOUR_INSPECTORATE, 'ZA');
export const ZA_SHELTER = agency('za-shelter', 'Ubuntu Safe House Network', AgencyKind.NGO, 'ZA');
export const IO_BUREAU = agency('io-tcab', 'Transnational Crime Analysis Bureau', AgencyKind.INTERNATIONAL_ORGANIZATION, null);
export const DE_CUSTOMS = agency('de-customs', 'Rhine Customs Investigation Office', AgencyKind.LAW_ENFORCEMENT, 'DE');

/** Agencies registered in the workspace (the TLP:GREEN community); the municipality and DE customs are not. */
const NON_MEMBERS = new Set([NL_MUNICIPALITY.id, DE_CUSTOMS.id]);

/** The agency as a recipient, with its task-force membership. */
export function asRecipient(a: AgencyRef): RecipientAgency {
  return { ...a, taskForceMember: !NON_MEMBERS.has(a.id) };
}

// ---- Agreements --------------------------------------------------------------------------------------------------
export const AGREEMENTS: readonly Agreement[] = [
  {
    id: 'UNTOC',
    kind: AgreementKind.MULTILATERAL,
    title: 'United Nations Convention against Transnational Organized Crime',
    article: 'art. 18 and 27',
    parties: ['NL', 'RO', 'TH', 'PH', 'ZA'].map((country) => ({ kind: 'COUNTRY' as const, country })),
    dataCategories: [SUSPECT, FINANCIAL, LOCATION, COMMS],
    purposes: [INVESTIGATION, PROSECUTION, ANALYSIS],
    inForceFrom: '2003-09-29',
    inForceTo: null,
  },
  {
    id: 'EU-2023-977',
    kind: AgreementKind.MULTILATERAL,
    title: 'Directive (EU) 2023/977 on the exchange of information between the law enforcement authorities of Member States',
    article: null,
    parties: [
      { kind: 'COUNTRY', country: 'NL' },
      { kind: 'COUNTRY', country: 'RO' },
    ],
    dataCategories: [VICTIM, SUSPECT, FINANCIAL, LOCATION, COMMS],
    purposes: [INVESTIGATION, PREVENTION, ANALYSIS],
    // the Member States' transposition deadline
    inForceFrom: '2024-12-12',
  },
  {
    id: 'MLAT-NL-TH',
    kind: AgreementKind.BILATERAL,
    title: 'Treaty on mutual legal assistance in criminal matters, Netherlands–Thailand (fictional test instrument)',
    article: 'art. 1',
    parties: [
      { kind: 'COUNTRY', country: 'NL' },
      { kind: 'COUNTRY', country: 'TH' },
    ],
    dataCategories: [VICTIM, SUSPECT, FINANCIAL, LOCATION, COMMS],
    purposes: [INVESTIGATION, PROSECUTION],
    inForceFrom: '2015-01-01',
    inForceTo: '2024-12-31',
  },
  {
    id: 'ACTIP',
    kind: AgreementKind.MULTILATERAL,
    title: 'ASEAN Convention against Trafficking in Persons, Especially Women and Children',
    parties: [
      { kind: 'COUNTRY', country: 'TH' },
      { kind: 'COUNTRY', country: 'PH' },
    ],
    dataCategories: [VICTIM, SUSPECT, LOCATION, COMMS],
    purposes: [INVESTIGATION, PROSECUTION, VICTIM_ASSISTANCE],
    inForceFrom: '2017-03-08',
  },
  {
    id: 'MOU-NLPOL-SHELTER',
    kind: AgreementKind.MOU,
    title: 'Memorandum of understanding on victim referral, Noordzee Regional Police – Stichting Veilige Haven',
    parties: [
      { kind: 'AGENCY', agencyId: 'nl-police' },
      { kind: 'AGENCY', agencyId: 'nl-shelter' },
    ],
    dataCategories: [VICTIM, HEALTH, LOCATION],
    purposes: [VICTIM_ASSISTANCE],
    inForceFrom: '2022-01-01',
  },
  {
    id: 'MOU-NLPOL-TCAB',
    kind: AgreementKind.MOU,
    title: 'Memorandum of understanding on strategic analysis, Noordzee Regional Police – Transnational Crime Analysis Bureau',
    parties: [
      { kind: 'AGENCY', agencyId: 'nl-police' },
      { kind: 'AGENCY', agencyId: 'io-tcab' },
    ],
    dataCategories: [SUSPECT, FINANCIAL, COMMS],
    purposes: [ANALYSIS],
    inForceFrom: '2021-01-01',
  },
  {
    id: 'MOU-ROPOL-TCAB',
    kind: AgreementKind.MOU,
    title: 'Memorandum of understanding on strategic analysis, Carpathian Anti-Trafficking Directorate – Transnational Crime Analysis Bureau',
    parties: [
      { kind: 'AGENCY', agencyId: 'ro-police' },
      { kind: 'AGENCY', agencyId: 'io-tcab' },
    ],
    dataCategories: [SUSPECT, FINANCIAL],
    purposes: [ANALYSIS],
    inForceFrom: '2020-01-01',
    suspended: true,
  },
  {
    id: 'COOP-NL-ZA',
    kind: AgreementKind.BILATERAL,
    title: 'Police cooperation arrangement, Netherlands–South Africa (fictional test instrument)',
    parties: [
      { kind: 'COUNTRY', country: 'NL' },
      { kind: 'COUNTRY', country: 'ZA' },
    ],
    dataCategories: [VICTIM, SUSPECT],
    purposes: [INVESTIGATION, VICTIM_ASSISTANCE],
    inForceFrom: '2026-01-01',
  },
];

// ---- Jurisdiction rules (demo texts citing LEGAL-CONTEXT.md) -----------------------------------------------------
export const RULES: readonly JurisdictionRule[] = [
  {
    id: 'NL-1',
    version: 1,
    scope: { kind: 'COUNTRY', country: 'NL' },
    flows: [RuleFlow.WITHIN],
    when: { recipientKinds: [AgencyKind.LAW_ENFORCEMENT, AgencyKind.PROSECUTION, AgencyKind.LABOUR_INSPECTORATE, AgencyKind.BORDER_IMMIGRATION, AgencyKind.GOVERNMENT] },
    condition: { kind: 'LEGAL_BASIS', law: 'Police Data Act (Wet politiegegevens), art. 16 ff.' },
    text: 'Within the Netherlands, police data may be provided to other competent authorities and public bodies under the Police Data Act (Wet politiegegevens), art. 16 ff., which transposes Directive (EU) 2016/680.',
  },
  {
    id: 'NL-2',
    version: 1,
    effectiveFrom: '2018-05-06',
    effectiveTo: '2024-06-30',
    scope: { kind: 'COUNTRY', country: 'NL' },
    flows: [RuleFlow.LEAVING],
    condition: { kind: 'REQUIRES_AGREEMENT', categories: [VICTIM], otherwise: 'REQUIRES_APPROVAL' },
    text: "Victims' personal data leaves the Netherlands only under an agreement that covers it; otherwise the originating agency decides case by case (Directive (EU) 2016/680 art. 35–38; Palermo Protocol art. 6).",
  },
  {
    id: 'NL-2',
    version: 2,
    effectiveFrom: '2024-07-01',
    scope: { kind: 'COUNTRY', country: 'NL' },
    flows: [RuleFlow.LEAVING],
    condition: { kind: 'REQUIRES_AGREEMENT', categories: [VICTIM], otherwise: 'REDACT' },
    text: "Victims' personal data leaves the Netherlands only under an agreement in force that covers it; without one it is removed (Directive (EU) 2016/680 art. 35–37; Palermo Protocol art. 6).",
  },
  {
    id: 'NL-3',
    version: 1,
    scope: { kind: 'COUNTRY', country: 'NL' },
    flows: [RuleFlow.WITHIN],
    when: { recipientKinds: [AgencyKind.NGO] },
    condition: { kind: 'REQUIRES_AGREEMENT', categories: [VICTIM, HEALTH], otherwise: 'REQUIRES_APPROVAL' },
    text: "Victims' personal and health data go to an NGO in the Netherlands only under a memorandum of understanding that covers them (GDPR (EU) 2016/679 art. 6 and 9; Palermo Protocol art. 6).",
  },
  {
    id: 'NL-4',
    version: 1,
    scope: { kind: 'COUNTRY', country: 'NL' },
    flows: [RuleFlow.ONWARD],
    when: { transfers: [TransferKind.CROSS_BORDER] },
    condition: { kind: 'RESTRICT_FLOW', effect: 'REQUIRES_APPROVAL' },
    text: 'An onward transfer of data received from the Netherlands to another country or an international organisation needs the prior authorisation of the Dutch authority that sent it (Directive (EU) 2016/680 art. 35(1)(e)).',
  },
  {
    id: 'NGO-1',
    version: 1,
    scope: { kind: 'AGENCY_KIND', agencyKind: AgencyKind.NGO },
    flows: [RuleFlow.ENTERING, RuleFlow.WITHIN],
    condition: { kind: 'RESTRICT_CATEGORIES', categories: [SUSPECT], effect: 'REDACT' },
    text: 'NGOs receive no suspect personal data: they fall under general data-protection law (GDPR (EU) 2016/679), not police law, and such data has no basis to reach them.',
  },
  {
    id: 'NGO-2',
    version: 1,
    scope: { kind: 'AGENCY_KIND', agencyKind: AgencyKind.NGO },
    flows: [RuleFlow.ENTERING, RuleFlow.WITHIN],
    condition: { kind: 'LIMIT_PURPOSES', purposes: [VICTIM_ASSISTANCE, PREVENTION], otherwise: 'DENY' },
    text: 'NGOs receive leads only for victim assistance or prevention (GDPR (EU) 2016/679 art. 5(1)(b), purpose limitation).',
  },
  {
    id: 'IO-1',
    version: 1,
    scope: { kind: 'AGENCY_KIND', agencyKind: AgencyKind.INTERNATIONAL_ORGANIZATION },
    flows: [RuleFlow.ENTERING],
    condition: { kind: 'LIMIT_PURPOSES', purposes: [INVESTIGATION, ANALYSIS], otherwise: 'DENY' },
    text: 'International organisations receive leads only within their mandate of investigation support and analysis (e.g. Europol Regulation (EU) 2016/794 art. 3–4).',
  },
  {
    id: 'RO-1',
    version: 1,
    scope: { kind: 'COUNTRY', country: 'RO' },
    flows: [RuleFlow.LEAVING, RuleFlow.WITHIN],
    when: { formsOfExploitation: [FormOfExploitation.REMOVAL_OF_ORGANS] },
    condition: { kind: 'RESTRICT_CATEGORIES', categories: [HEALTH], effect: 'REQUIRES_APPROVAL' },
    text: "Health data of organ-removal cases leaves a Romanian agency only with the originator's approval (Directive (EU) 2016/680 art. 10; GDPR (EU) 2016/679 art. 9; Council of Europe Convention against Trafficking in Human Organs, CETS 216).",
  },
  {
    id: 'RO-2',
    version: 1,
    scope: { kind: 'COUNTRY', country: 'RO' },
    flows: [RuleFlow.WITHIN],
    condition: { kind: 'LEGAL_BASIS', law: 'Law no. 678/2001 on preventing and combating trafficking in persons' },
    text: 'Within Romania, the authorities and bodies with duties under Law no. 678/2001 on preventing and combating trafficking in persons exchange information on cases.',
  },
  {
    id: 'TH-1',
    version: 1,
    scope: { kind: 'COUNTRY', country: 'TH' },
    flows: [RuleFlow.WITHIN],
    condition: { kind: 'LEGAL_BASIS', law: 'Anti-Trafficking in Persons Act B.E. 2551 (2008)' },
    text: 'Within Thailand, the agencies designated under the Anti-Trafficking in Persons Act B.E. 2551 (2008) exchange information on trafficking cases.',
  },
  {
    id: 'ZA-1',
    version: 1,
    scope: { kind: 'COUNTRY', country: 'ZA' },
    flows: [RuleFlow.LEAVING, RuleFlow.WITHIN],
    condition: { kind: 'RESTRICT_CATEGORIES', categories: [VICTIM], effect: 'REQUIRES_APPROVAL' },
    text: 'Information about victims held by a South African agency is disclosed only with the authorisation of the originator: unauthorised disclosure is an offence under the Prevention and Combating of Trafficking in Persons Act 7 of 2013, s. 23.',
  },
];

// ---- Leads and scenarios -----------------------------------------------------------------------------------------

/** What a scenario changes on the default lead (GREEN, B2, no handling code, no personal data, NL police). */
export interface LeadSpec {
  originator?: AgencyRef;
  tlp?: TlpLabel;
  handling?: HandlingCode[];
  condition?: string;
  categories?: DataCategory[];
  form?: FormOfExploitation;
  named?: string[];
  operation?: string[];
}

/** A lead as the decision tables write it. */
export function lead(spec: LeadSpec = {}): LeadForSharing {
  return {
    id: 'lead-1',
    originatingAgency: spec.originator ?? NL_POLICE,
    formOfExploitation: spec.form ?? FormOfExploitation.SEXUAL_EXPLOITATION,
    routeCountries: ['RO', 'NL'],
    dataCategories: spec.categories ?? [],
    markings: {
      tlp: spec.tlp ?? TlpLabel.GREEN,
      sourceReliability: SourceReliability.B,
      informationCredibility: InformationCredibility.PROBABLY_TRUE,
      handlingCodes: spec.handling ?? [],
      handlingCondition: spec.condition ?? null,
    },
    namedRecipientAgencyIds: spec.named ?? [],
    operationAgencyIds: spec.operation ?? [],
  };
}

/** One row of a decision table: the situation. */
export interface Scenario extends LeadSpec {
  to: AgencyRef;
  /** The agency passing the lead on (onward share); absent = the originator shares it. */
  via?: AgencyRef;
  purpose: SharingPurpose;
  at?: string;
  agreements?: readonly Agreement[];
  rules?: readonly JurisdictionRule[];
}

/** The engine input of a scenario, with the fixture's agreements and rules unless it brings its own. */
export function inputOf(s: Scenario): SharingInput {
  return {
    lead: lead(s),
    recipient: asRecipient(s.to),
    sender: s.via ?? null,
    agreements: s.agreements ?? AGREEMENTS,
    rules: s.rules ?? RULES,
    purpose: s.purpose,
    at: s.at ?? AT,
  };
}

/** One row of a decision table: the expected decision, written by hand. Reasons as `CODE ref`. */
export interface Expected {
  outcome: string;
  redacted: string[];
  basis: string | null;
  reasons: string[];
  conditions: string[];
}

/** The decision reduced to the columns of a decision table. */
export function row(d: SharingDecision): Expected {
  return {
    outcome: d.outcome,
    redacted: d.redactedCategories,
    basis: d.legalBasis?.id ?? null,
    reasons: d.reasons.map((r) => `${r.code} ${r.ref}`),
    conditions: d.conditions.map((r) => `${r.code} ${r.ref}`),
  };
}

/** Declares one decision-table row as a test named after the situation. */
export function scenario(name: string, given: Scenario, expected: Expected): void {
  it(name, () => {
    expect(row(decideSharing(inputOf(given)))).toEqual(expected);
  });
}
