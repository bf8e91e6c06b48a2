/**
 * Decision table — malformed input fails closed: an unreadable instant, an unknown marking or a rule or
 * agreement that cannot be read yields DENY with the problem named, never a guess.
 */
import { decideSharing, validateSharingInput } from '../decide-sharing';
import { DataCategory, JurisdictionRule, SharingPurpose, TlpLabel } from '../types';
import { AGREEMENTS, inputOf, NL_PROSECUTION, RULES, scenario } from './fixtures';

const { SUSPECT_PERSONAL_DATA: SUSPECT } = DataCategory;
const { INVESTIGATION } = SharingPurpose;
const REFUSED = { outcome: 'DENY', redacted: [], basis: null, reasons: ['INVALID_INPUT default:fail-closed'], conditions: [] };

describe('fail closed on malformed input', () => {
  scenario('decision-instant-without-time-zone', { categories: [SUSPECT], to: NL_PROSECUTION, purpose: INVESTIGATION, at: '2025-03-01T09:00:00' }, REFUSED);

  scenario('impossible-decision-date', { categories: [SUSPECT], to: NL_PROSECUTION, purpose: INVESTIGATION, at: '2025-02-30T09:00:00Z' }, REFUSED);

  scenario('legacy-tlp-white-label', { tlp: 'WHITE' as TlpLabel, categories: [SUSPECT], to: NL_PROSECUTION, purpose: INVESTIGATION }, REFUSED);

  scenario(
    'agreement-with-unreadable-dates',
    { categories: [SUSPECT], to: NL_PROSECUTION, purpose: INVESTIGATION, agreements: [...AGREEMENTS, { ...AGREEMENTS[0], id: 'UNTOC-COPY', inForceFrom: '29/09/2003' }] },
    REFUSED,
  );

  scenario(
    'two-agreements-with-one-id',
    { categories: [SUSPECT], to: NL_PROSECUTION, purpose: INVESTIGATION, agreements: [...AGREEMENTS, { ...AGREEMENTS[0], suspended: true }] },
    REFUSED,
  );

  scenario(
    'two-entries-for-one-rule-version',
    { categories: [SUSPECT], to: NL_PROSECUTION, purpose: INVESTIGATION, rules: [...RULES, { ...(RULES.find((r) => r.id === 'NL-1') as JurisdictionRule) }] },
    REFUSED,
  );

  it('names the problem in the reason', () => {
    const decision = decideSharing(inputOf({ categories: [SUSPECT], to: NL_PROSECUTION, purpose: INVESTIGATION, at: '2025-03-01T09:00:00' }));
    expect(decision.reasons[0].text).toBe(
      'Refused: decision instant "2025-03-01T09:00:00" is not an ISO 8601 date-time with a time zone. The decision fails closed until the data is corrected.',
    );
    expect(decision.summary).toBe('Not shared: the input is invalid');
  });

  it('finds nothing wrong with the fixture', () => {
    expect(validateSharingInput(inputOf({ categories: [SUSPECT], to: NL_PROSECUTION, purpose: INVESTIGATION }))).toEqual([]);
  });
});
