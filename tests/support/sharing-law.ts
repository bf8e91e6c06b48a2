import { AgencyKind, AgreementKind, DataCategory, RuleFlow, SharingPurpose } from '@taskforce/domain';
import { AgreementSpec, RuleSpec } from './fixture-builder';

const { VICTIM_PERSONAL_DATA: VICTIM, SUSPECT_PERSONAL_DATA: SUSPECT, HEALTH_DATA: HEALTH, FINANCIAL_DATA: FINANCIAL, LOCATION_DATA: LOCATION, COMMUNICATIONS_DATA: COMMS } = DataCategory;

/**
 * The sample sharing law the lead specs state (fictional apart from the UN Protocol): agreements and jurisdiction
 * rules by id, each written once. A spec names the ones it relies on (`f.agreement(AGREEMENTS['NL-RO-MLA'])`) and
 * writes a variant in full where it needs one (another date, another version).
 */
export const AGREEMENTS = {
  'UN-TIP-PROTOCOL': { id: 'UN-TIP-PROTOCOL', kind: AgreementKind.MULTILATERAL, countries: ['BE', 'ES', 'NG', 'NL', 'RO', 'TH'], dataCategories: [SUSPECT, LOCATION, COMMS], purposes: [SharingPurpose.INVESTIGATION, SharingPurpose.PROSECUTION, SharingPurpose.PREVENTION, SharingPurpose.ANALYSIS], inForceFrom: '2013-01-01' },
  'NL-RO-MLA': { id: 'NL-RO-MLA', countries: ['NL', 'RO'], dataCategories: [VICTIM, SUSPECT, FINANCIAL, LOCATION, COMMS], purposes: [SharingPurpose.INVESTIGATION, SharingPurpose.PROSECUTION], inForceFrom: '2010-01-01' },
  'NLPOL-SPF-MOU': { id: 'NLPOL-SPF-MOU', kind: AgreementKind.MOU, agencies: ['NL-POL', 'SPF'], dataCategories: [VICTIM, HEALTH, LOCATION], purposes: [SharingPurpose.VICTIM_ASSISTANCE], inForceFrom: '2024-01-01' },
  'NL-TH-PILOT': { id: 'NL-TH-PILOT', countries: ['NL', 'TH'], dataCategories: [VICTIM, SUSPECT, HEALTH, FINANCIAL, LOCATION, COMMS], purposes: [SharingPurpose.INVESTIGATION], inForceFrom: '2019-01-01', inForceTo: '2023-12-31' },
} satisfies Record<string, AgreementSpec>;

/** Jurisdiction rules by id (see `AGREEMENTS`). */
export const RULES = {
  'NL-1': { id: 'NL-1', version: 1, effectiveFrom: null, effectiveTo: null, scope: { kind: 'COUNTRY', country: 'NL' }, flows: [RuleFlow.WITHIN], when: null, condition: { kind: 'LEGAL_BASIS', law: 'Police Data Act (Wet politiegegevens)' }, text: 'Inside the Netherlands, police data goes to partners under the Police Data Act.' },
  'NL-2': { id: 'NL-2', version: 1, effectiveFrom: '2025-01-01', effectiveTo: null, scope: { kind: 'COUNTRY', country: 'NL' }, flows: [RuleFlow.LEAVING], when: null, condition: { kind: 'REQUIRES_AGREEMENT', categories: [VICTIM], otherwise: 'REDACT' }, text: "Victims' personal data leaves the Netherlands only under an agreement covering it; otherwise it is removed." },
  'NL-3': { id: 'NL-3', version: 1, effectiveFrom: null, effectiveTo: null, scope: { kind: 'COUNTRY', country: 'NL' }, flows: [RuleFlow.LEAVING], when: null, condition: { kind: 'RESTRICT_CATEGORIES', categories: [HEALTH], effect: 'REQUIRES_APPROVAL' }, text: "Health data leaves the Netherlands only with the originator's approval." },
  'NGO-1': { id: 'NGO-1', version: 1, effectiveFrom: null, effectiveTo: null, scope: { kind: 'AGENCY_KIND', agencyKind: AgencyKind.NGO }, flows: [RuleFlow.ENTERING], when: null, condition: { kind: 'RESTRICT_CATEGORIES', categories: [SUSPECT], effect: 'REDACT' }, text: 'NGOs receive no suspect personal data.' },
  'RO-1': { id: 'RO-1', version: 1, effectiveFrom: null, effectiveTo: null, scope: { kind: 'COUNTRY', country: 'RO' }, flows: [RuleFlow.LEAVING], when: null, condition: { kind: 'REQUIRES_AGREEMENT', categories: [VICTIM, HEALTH], otherwise: 'REQUIRES_APPROVAL' }, text: 'Victim and health data leave Romania only under an agreement covering them, otherwise case by case.' },
} satisfies Record<string, RuleSpec>;
