/**
 * Decision table — TLP 2.0 (FIRST): RED only to named recipients, AMBER+STRICT only inside the recipient
 * organisation, AMBER to the recipient organisation and those it needs to tell (agencies of the joint operations
 * the lead is linked to), GREEN to the task-force community, CLEAR public. Expectations worked out by hand.
 */
import { DataCategory, SharingPurpose, TlpLabel } from '../types';
import { NL_LABOUR, NL_MUNICIPALITY, NL_POLICE, NL_PROSECUTION, RO_POLICE, scenario } from './fixtures';

const { SUSPECT_PERSONAL_DATA: SUSPECT, LOCATION_DATA: LOCATION } = DataCategory;
const { INVESTIGATION, PREVENTION } = SharingPurpose;

describe('TLP 2.0 markings', () => {
  scenario(
    'clear-lead-to-municipality-outside-task-force',
    { tlp: TlpLabel.CLEAR, to: NL_MUNICIPALITY, purpose: PREVENTION },
    { outcome: 'ALLOW', redacted: [], basis: 'NL-1', reasons: ['RULE_LEGAL_BASIS NL-1'], conditions: [] },
  );

  scenario(
    'green-lead-to-municipality-outside-task-force',
    { tlp: TlpLabel.GREEN, to: NL_MUNICIPALITY, purpose: PREVENTION },
    { outcome: 'REQUIRES_APPROVAL', redacted: [], basis: 'NL-1', reasons: ['TLP_OUTSIDE_COMMUNITY TLP:GREEN', 'RULE_LEGAL_BASIS NL-1'], conditions: [] },
  );

  scenario(
    'green-lead-to-task-force-member-abroad',
    { tlp: TlpLabel.GREEN, categories: [SUSPECT, LOCATION], to: RO_POLICE, purpose: INVESTIGATION },
    { outcome: 'ALLOW', redacted: [], basis: 'EU-2023-977', reasons: ['AGREEMENT_APPLIES EU-2023-977'], conditions: [] },
  );

  scenario(
    'amber-strict-lead-first-share-to-member-abroad',
    { tlp: TlpLabel.AMBER_STRICT, categories: [SUSPECT], to: RO_POLICE, purpose: INVESTIGATION },
    { outcome: 'ALLOW', redacted: [], basis: 'EU-2023-977', reasons: ['AGREEMENT_APPLIES EU-2023-977'], conditions: [] },
  );

  scenario(
    'amber-lead-passed-on-to-operation-partner',
    {
      originator: RO_POLICE,
      via: NL_POLICE,
      tlp: TlpLabel.AMBER,
      operation: ['ro-police', 'nl-police', 'nl-labour'],
      categories: [SUSPECT],
      to: NL_LABOUR,
      purpose: INVESTIGATION,
    },
    { outcome: 'ALLOW', redacted: [], basis: 'NL-1', reasons: ['RULE_LEGAL_BASIS NL-1'], conditions: [] },
  );

  scenario(
    'amber-lead-passed-on-beyond-need-to-know',
    { originator: RO_POLICE, via: NL_POLICE, tlp: TlpLabel.AMBER, operation: ['ro-police', 'nl-police'], categories: [SUSPECT], to: NL_LABOUR, purpose: INVESTIGATION },
    {
      outcome: 'REQUIRES_APPROVAL',
      redacted: [],
      basis: 'NL-1',
      reasons: ['TLP_AMBER_BEYOND_NEED_TO_KNOW TLP:AMBER', 'RULE_LEGAL_BASIS NL-1'],
      conditions: [],
    },
  );

  scenario(
    'amber-strict-lead-passed-on-outside-recipient-organisation',
    {
      originator: RO_POLICE,
      via: NL_POLICE,
      tlp: TlpLabel.AMBER_STRICT,
      operation: ['ro-police', 'nl-police', 'nl-labour'],
      categories: [SUSPECT],
      to: NL_LABOUR,
      purpose: INVESTIGATION,
    },
    {
      outcome: 'REQUIRES_APPROVAL',
      redacted: [],
      basis: 'NL-1',
      reasons: ['TLP_AMBER_STRICT_OUTSIDE_ORGANISATION TLP:AMBER+STRICT', 'RULE_LEGAL_BASIS NL-1'],
      conditions: [],
    },
  );

  scenario(
    'amber-strict-lead-shared-within-recipient-organisation',
    { originator: RO_POLICE, via: NL_POLICE, tlp: TlpLabel.AMBER_STRICT, categories: [SUSPECT], to: NL_POLICE, purpose: INVESTIGATION },
    { outcome: 'ALLOW', redacted: [], basis: 'nl-police', reasons: ['SAME_AGENCY default:same-agency'], conditions: [] },
  );

  scenario(
    'red-lead-to-unnamed-recipient',
    { tlp: TlpLabel.RED, named: [], categories: [SUSPECT], to: NL_PROSECUTION, purpose: INVESTIGATION },
    { outcome: 'DENY', redacted: [], basis: null, reasons: ['TLP_RED_NOT_NAMED TLP:RED', 'RULE_LEGAL_BASIS NL-1'], conditions: [] },
  );

  scenario(
    'red-lead-to-named-recipient',
    { tlp: TlpLabel.RED, named: ['nl-prosecution'], categories: [SUSPECT], to: NL_PROSECUTION, purpose: INVESTIGATION },
    { outcome: 'ALLOW', redacted: [], basis: 'NL-1', reasons: ['TLP_RED_NAMED_RECIPIENT TLP:RED', 'RULE_LEGAL_BASIS NL-1'], conditions: [] },
  );

  scenario(
    'red-lead-passed-on-by-named-recipient',
    { tlp: TlpLabel.RED, named: ['nl-prosecution'], via: NL_PROSECUTION, categories: [SUSPECT], to: NL_LABOUR, purpose: INVESTIGATION },
    { outcome: 'DENY', redacted: [], basis: null, reasons: ['TLP_RED_NOT_NAMED TLP:RED', 'RULE_LEGAL_BASIS NL-1'], conditions: [] },
  );

  scenario(
    'green-lead-passed-on-within-community',
    { originator: RO_POLICE, via: NL_POLICE, tlp: TlpLabel.GREEN, operation: [], categories: [SUSPECT], to: NL_LABOUR, purpose: INVESTIGATION },
    { outcome: 'ALLOW', redacted: [], basis: 'NL-1', reasons: ['RULE_LEGAL_BASIS NL-1'], conditions: [] },
  );
});
