/**
 * Decision table — jurisdiction rules: a country's or an agency kind's condition on data leaving, entering or
 * moving within it; the highest version in effect at the instant applies. Approval asked for a category that is
 * removed anyway is moot (approval cannot give data a basis it lacks).
 */
import { FormOfExploitation } from '../../enums';
import { DataCategory, SharingPurpose } from '../types';
import { NL_OUTREACH, NL_POLICE, NL_SHELTER, RO_POLICE, RO_TRANSPLANT, scenario, TH_POLICE, ZA_POLICE, ZA_SHELTER } from './fixtures';

const { VICTIM_PERSONAL_DATA: VICTIM, SUSPECT_PERSONAL_DATA: SUSPECT, HEALTH_DATA: HEALTH, LOCATION_DATA: LOCATION } = DataCategory;
const { INVESTIGATION, VICTIM_ASSISTANCE, ANALYSIS } = SharingPurpose;
const ORGANS = FormOfExploitation.REMOVAL_OF_ORGANS;

describe('jurisdiction rules', () => {
  scenario(
    'ngo-receives-no-suspect-data',
    { categories: [VICTIM, SUSPECT, LOCATION], to: NL_SHELTER, purpose: VICTIM_ASSISTANCE },
    {
      outcome: 'ALLOW_REDACTED',
      redacted: ['SUSPECT_PERSONAL_DATA'],
      basis: 'MOU-NLPOL-SHELTER',
      reasons: ['AGREEMENT_APPLIES MOU-NLPOL-SHELTER', 'RULE_REDACTS NGO-1', 'RULE_SATISFIED NL-3'],
      conditions: [],
    },
  );

  scenario(
    'ngo-asked-for-lead-for-investigation',
    { categories: [LOCATION], to: NL_SHELTER, purpose: INVESTIGATION },
    {
      outcome: 'DENY',
      redacted: [],
      basis: null,
      reasons: ['AGREEMENT_PURPOSE_NOT_COVERED MOU-NLPOL-SHELTER', 'NO_DOMESTIC_BASIS default:no-basis', 'RULE_DENIES NGO-2'],
      conditions: [],
    },
  );

  scenario(
    'victim-data-to-shelter-under-referral-mou',
    { categories: [VICTIM, HEALTH, LOCATION], to: NL_SHELTER, purpose: VICTIM_ASSISTANCE },
    { outcome: 'ALLOW', redacted: [], basis: 'MOU-NLPOL-SHELTER', reasons: ['AGREEMENT_APPLIES MOU-NLPOL-SHELTER', 'RULE_SATISFIED NL-3'], conditions: [] },
  );

  scenario(
    'victim-data-to-ngo-without-mou',
    { categories: [VICTIM, LOCATION], to: NL_OUTREACH, purpose: VICTIM_ASSISTANCE },
    { outcome: 'REQUIRES_APPROVAL', redacted: [], basis: null, reasons: ['NO_DOMESTIC_BASIS default:no-basis', 'RULE_REQUIRES_APPROVAL NL-3'], conditions: [] },
  );

  scenario(
    'organ-removal-health-data-needs-originator-approval',
    { originator: RO_POLICE, form: ORGANS, categories: [VICTIM, HEALTH], to: RO_TRANSPLANT, purpose: VICTIM_ASSISTANCE },
    { outcome: 'REQUIRES_APPROVAL', redacted: [], basis: 'RO-2', reasons: ['RULE_LEGAL_BASIS RO-2', 'RULE_REQUIRES_APPROVAL RO-1'], conditions: [] },
  );

  scenario(
    'organ-removal-health-data-abroad-without-covering-agreement',
    { originator: RO_POLICE, form: ORGANS, categories: [HEALTH, SUSPECT], to: NL_POLICE, purpose: INVESTIGATION },
    {
      outcome: 'ALLOW_REDACTED',
      redacted: ['HEALTH_DATA'],
      basis: 'EU-2023-977',
      reasons: ['AGREEMENT_APPLIES EU-2023-977', 'AGREEMENT_CATEGORY_NOT_COVERED EU-2023-977'],
      conditions: [],
    },
  );

  scenario(
    'south-african-victim-information-to-local-shelter',
    { originator: ZA_POLICE, categories: [VICTIM], to: ZA_SHELTER, purpose: VICTIM_ASSISTANCE },
    { outcome: 'REQUIRES_APPROVAL', redacted: [], basis: null, reasons: ['NO_DOMESTIC_BASIS default:no-basis', 'RULE_REQUIRES_APPROVAL ZA-1'], conditions: [] },
  );

  scenario(
    'victim-data-removed-so-south-african-authorisation-is-moot',
    { originator: ZA_POLICE, categories: [VICTIM, SUSPECT], to: NL_POLICE, purpose: INVESTIGATION },
    {
      outcome: 'ALLOW_REDACTED',
      redacted: ['VICTIM_PERSONAL_DATA'],
      basis: 'UNTOC',
      reasons: ['AGREEMENT_APPLIES UNTOC', 'AGREEMENT_CATEGORY_NOT_COVERED UNTOC'],
      conditions: [],
    },
  );

  scenario(
    'earlier-rule-version-applies-before-its-successor',
    { categories: [VICTIM, SUSPECT], to: TH_POLICE, purpose: ANALYSIS, at: '2024-03-01T12:00:00Z' },
    { outcome: 'REQUIRES_APPROVAL', redacted: [], basis: 'UNTOC', reasons: ['AGREEMENT_APPLIES UNTOC', 'RULE_REQUIRES_APPROVAL NL-2'], conditions: [] },
  );

  scenario(
    'current-rule-version-redacts-victim-data',
    { categories: [VICTIM, SUSPECT], to: TH_POLICE, purpose: ANALYSIS },
    { outcome: 'ALLOW_REDACTED', redacted: ['VICTIM_PERSONAL_DATA'], basis: 'UNTOC', reasons: ['AGREEMENT_APPLIES UNTOC', 'RULE_REDACTS NL-2'], conditions: [] },
  );
});
