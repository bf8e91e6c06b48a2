import { LeadPersonRole, LeadStatus, RouteRole } from '@taskforce/api-leads';
import { AgencyKind, DataCategory, FormOfExploitation, HandlingCode, InformationCredibility, OperationStatus, Role, SharingPurpose, SourceReliability, TlpLabel } from '@taskforce/domain';
import { AgencySpec, LeadSpec, OperationSpec, PersonSpec } from './fixture-builder';

const { VICTIM_PERSONAL_DATA: VICTIM, SUSPECT_PERSONAL_DATA: SUSPECT, HEALTH_DATA: HEALTH, FINANCIAL_DATA: FINANCIAL, LOCATION_DATA: LOCATION, COMMUNICATIONS_DATA: COMMS } = DataCategory;

/**
 * The sample task force the lead specs build (fictional): agencies, people, the two joint operations and the sample
 * leads, each written once. A spec picks the entries it relies on (`f.agency(AGENCIES['NL-POL'])`,
 * `f.lead(LEADS.recruiters)`) and overrides what differs with spread (`{ ...LEADS.recruiters, shares: [] }`), or writes
 * a variant in full. The sharing law that decides the shares is in `sharing-law.ts`.
 *
 * Agencies by acronym, in the order the specs add them.
 */
export const AGENCIES = {
  'NL-POL': { acronym: 'NL-POL', country: 'NL' },
  'RO-DIOC': { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' },
  'BE-SIS': { acronym: 'BE-SIS', kind: AgencyKind.LABOUR_INSPECTORATE, country: 'BE' },
  'ES-BIP': { acronym: 'ES-BIP', kind: AgencyKind.BORDER_IMMIGRATION, country: 'ES' },
  SPF: { acronym: 'SPF', kind: AgencyKind.NGO, country: 'NL' },
  IOM: { acronym: 'IOM', kind: AgencyKind.INTERNATIONAL_ORGANIZATION, country: null },
  Europol: { acronym: 'Europol', kind: AgencyKind.INTERNATIONAL_ORGANIZATION, country: null },
  'NG-NATA': { acronym: 'NG-NATA', kind: AgencyKind.GOVERNMENT, country: 'NG' },
  'TH-AHTD': { acronym: 'TH-AHTD', country: 'TH' },
  RPSA: { acronym: 'RPSA', kind: AgencyKind.OTHER, country: 'NL' },
  'JTF-SEC': { acronym: 'JTF-SEC', kind: AgencyKind.GOVERNMENT, country: 'BE' },
} satisfies Record<string, AgencySpec>;

/** People by e-mail (see `AGENCIES`); a person's e-mail is how specs sign in and name them. */
export const PEOPLE = {
  'coordinator@nl.test': { email: 'coordinator@nl.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
  'member@nl.test': { email: 'member@nl.test', name: 'Pieter Jansen', agency: 'NL-POL' },
  'analyst@nl.test': { email: 'analyst@nl.test', name: 'Sanne Mulder', agency: 'NL-POL', roles: [Role.ANALYST] },
  'liaison@nl.test': { email: 'liaison@nl.test', name: 'Daan Meijer', agency: 'NL-POL', roles: [Role.LIAISON_OFFICER] },
  'liaison@ro.test': { email: 'liaison@ro.test', name: 'Ioana Popescu', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
  'member@ro.test': { email: 'member@ro.test', name: 'Andrei Ionescu', agency: 'RO-DIOC' },
  'admin@ro.test': { email: 'admin@ro.test', name: 'Elena Marin', agency: 'RO-DIOC', roles: [Role.AGENCY_ADMIN] },
  'liaison@be.test': { email: 'liaison@be.test', name: 'Lucas Peeters', agency: 'BE-SIS', roles: [Role.LIAISON_OFFICER] },
  'liaison@es.test': { email: 'liaison@es.test', name: 'Carmen García', agency: 'ES-BIP', roles: [Role.LIAISON_OFFICER] },
  'liaison@spf.test': { email: 'liaison@spf.test', name: 'Sophie Bakker', agency: 'SPF', roles: [Role.LIAISON_OFFICER] },
  'liaison@iom.test': { email: 'liaison@iom.test', name: 'Amina Yusuf', agency: 'IOM', roles: [Role.LIAISON_OFFICER] },
  'analyst@europol.test': { email: 'analyst@europol.test', name: 'Marek Nowak', agency: 'Europol', roles: [Role.ANALYST, Role.LIAISON_OFFICER] },
  'member@ng.test': { email: 'member@ng.test', name: 'Chinedu Okafor', agency: 'NG-NATA' },
  'coordinator@th.test': { email: 'coordinator@th.test', name: 'Somchai Wongsa', agency: 'TH-AHTD', roles: [Role.COORDINATOR, Role.LIAISON_OFFICER] },
  'liaison@rpsa.test': { email: 'liaison@rpsa.test', name: 'Jan Visser', agency: 'RPSA', roles: [Role.LIAISON_OFFICER] },
  'admin@jtf.test': { email: 'admin@jtf.test', name: 'Claire Dubois', agency: 'JTF-SEC', roles: [Role.PLATFORM_ADMIN] },
} satisfies Record<string, PersonSpec>;

/** The two joint operations: Danube Route (NL-POL's, active) and Coastal Harvest (TH-AHTD's, planned). */
export const OPERATIONS = {
  danube: { name: 'Joint Operation Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC', 'BE-SIS', 'ES-BIP', 'SPF'], participants: ['Europol', 'IOM'], coordinators: ['coordinator@nl.test'], countries: ['NL', 'RO', 'BE', 'ES'] },
  coastal: { name: 'Joint Operation Coastal Harvest', lead: 'TH-AHTD', agencies: ['NG-NATA'], participants: ['IOM'], coordinators: ['coordinator@th.test'], status: OperationStatus.PLANNED, countries: ['TH', 'NG'] },
} satisfies Record<string, OperationSpec>;

/**
 * The sample leads, with the shares they usually carry (decided by the sharing law a spec adds):
 *
 *   recruiters — NL-POL's, Danube Route, TLP:AMBER, H2, victim+suspect+location data, UNDER_ASSESSMENT; shared with
 *                RO-DIOC and BE-SIS (investigation)
 *   brokers    — TH-AHTD's, Coastal Harvest, TLP:GREEN, C/POSSIBLY_TRUE, suspect+location+communications data;
 *                shared with NG-NATA (investigation)
 *   organs     — RO-DIOC's, no operation, TLP:RED naming ES-BIP, A/CONFIRMED, H1+H3, victim+health+financial data;
 *                no share
 *   barge      — NL-POL's, no operation, TLP:AMBER+STRICT, no handling code, victim+suspect+location data, ACTIONED;
 *                shared with SPF (victim assistance)
 */
export const LEADS = {
  recruiters: {
    summary: 'Recruiters moving Romanian women through Rotterdam to Valencia',
    by: 'coordinator@nl.test',
    operation: OPERATIONS.danube.name,
    details: 'Two recruiters advertise hospitality jobs in Constanța; the women travel by minibus via Rotterdam to Valencia. A potential victim called the shelter hotline.',
    formOfExploitation: FormOfExploitation.SEXUAL_EXPLOITATION,
    route: [{ country: 'RO', role: RouteRole.ORIGIN }, { country: 'NL', role: RouteRole.TRANSIT }, { country: 'ES', role: RouteRole.DESTINATION }],
    dataCategories: [VICTIM, SUSPECT, LOCATION],
    handlingCodes: [HandlingCode.H2],
    status: LeadStatus.UNDER_ASSESSMENT,
    persons: [{ role: LeadPersonRole.SUSPECT, name: 'Dorin Vlasic (fictional)', description: 'recruiter, Constanța' }, { role: LeadPersonRole.POTENTIAL_VICTIM, description: 'woman, 20–24' }],
    shares: [{ to: 'RO-DIOC', purpose: SharingPurpose.INVESTIGATION }, { to: 'BE-SIS', purpose: SharingPurpose.INVESTIGATION }],
  },
  brokers: {
    summary: 'Brokers recruiting Nigerian deckhands for long-haul fishing vessels',
    by: 'coordinator@th.test',
    operation: OPERATIONS.coastal.name,
    details: 'A broker known as "Captain Sunny" collects passports in Lagos; vessels sail from Songkhla. Phone numbers from recruitment chats attached.',
    route: [{ country: 'NG', role: RouteRole.ORIGIN }, { country: 'TH', role: RouteRole.DESTINATION }],
    dataCategories: [SUSPECT, LOCATION, COMMS],
    tlp: TlpLabel.GREEN,
    sourceReliability: SourceReliability.C,
    informationCredibility: InformationCredibility.POSSIBLY_TRUE,
    persons: [{ role: LeadPersonRole.SUSPECT, name: '"Captain Sunny" (fictional)', description: 'broker, Lagos' }],
    shares: [{ to: 'NG-NATA', purpose: SharingPurpose.INVESTIGATION }],
  },
  organs: {
    summary: 'Kidney sale offers to indebted workers, surgery arranged in Spain',
    by: 'liaison@ro.test',
    details: 'Debt collectors offer to clear debts against a kidney; medical screening in Bucharest, payments through a money-transfer shop.',
    formOfExploitation: FormOfExploitation.REMOVAL_OF_ORGANS,
    route: [{ country: 'RO', role: RouteRole.ORIGIN }, { country: 'ES', role: RouteRole.DESTINATION }],
    dataCategories: [VICTIM, HEALTH, FINANCIAL],
    tlp: TlpLabel.RED,
    sourceReliability: SourceReliability.A,
    informationCredibility: InformationCredibility.CONFIRMED,
    handlingCodes: [HandlingCode.H1, HandlingCode.H3],
    handlingCondition: 'Not to be acted on before the joint action day; contact RO-DIOC first.',
    named: ['ES-BIP'],
    persons: [{ role: LeadPersonRole.POTENTIAL_VICTIM, description: 'man, 30–34' }],
  },
  barge: {
    summary: 'Forced labour on a Rotterdam-registered barge; crew recruited in Nigeria',
    by: 'coordinator@nl.test',
    details: 'Crew work 16-hour shifts without pay; the skipper keeps their papers. Two crew members were referred to the shelter.',
    route: [{ country: 'NG', role: RouteRole.ORIGIN }, { country: 'ES', role: RouteRole.TRANSIT }, { country: 'NL', role: RouteRole.DESTINATION }],
    dataCategories: [VICTIM, SUSPECT, LOCATION],
    tlp: TlpLabel.AMBER_STRICT,
    informationCredibility: InformationCredibility.POSSIBLY_TRUE,
    handlingCodes: [],
    status: LeadStatus.ACTIONED,
    persons: [{ role: LeadPersonRole.SUSPECT, name: 'Hendrik Dekkers (fictional)', description: 'skipper' }, { role: LeadPersonRole.POTENTIAL_VICTIM, description: 'man, 25–29' }],
    shares: [{ to: 'SPF', purpose: SharingPurpose.VICTIM_ASSISTANCE }],
  },
} satisfies Record<string, LeadSpec>;
