/**
 * Decision table — agreements as the legal basis of a cross-border transfer: in force at the instant (UTC, end
 * date inclusive), not suspended, naming both sides, covering the purpose; the one covering most of the lead's
 * categories is used (then bilateral > multilateral > MOU, then id); what it does not cover is removed.
 * No agreement → REQUIRES_APPROVAL, never ALLOW (Directive (EU) 2016/680 art. 35–38; UNTOC art. 18 and 27).
 */
import { decideSharing } from '../decide-sharing';
import { DataCategory, SharingPurpose } from '../types';
import { inputOf, IO_BUREAU, PH_POLICE, RO_POLICE, scenario, TH_POLICE, ZA_POLICE, ZA_SHELTER } from './fixtures';

const { VICTIM_PERSONAL_DATA: VICTIM, SUSPECT_PERSONAL_DATA: SUSPECT, FINANCIAL_DATA: FINANCIAL, LOCATION_DATA: LOCATION } = DataCategory;
const { INVESTIGATION, PROSECUTION, VICTIM_ASSISTANCE, PREVENTION, ANALYSIS } = SharingPurpose;

describe('agreements across borders', () => {
  scenario(
    'victim-data-to-country-without-agreement',
    { categories: [VICTIM, SUSPECT], to: TH_POLICE, purpose: INVESTIGATION },
    { outcome: 'ALLOW_REDACTED', redacted: ['VICTIM_PERSONAL_DATA'], basis: 'UNTOC', reasons: ['AGREEMENT_APPLIES UNTOC', 'RULE_REDACTS NL-2'], conditions: [] },
  );

  scenario(
    'expired-mla-treaty',
    { categories: [VICTIM, SUSPECT], to: TH_POLICE, purpose: PROSECUTION },
    { outcome: 'ALLOW_REDACTED', redacted: ['VICTIM_PERSONAL_DATA'], basis: 'UNTOC', reasons: ['AGREEMENT_APPLIES UNTOC', 'RULE_REDACTS NL-2'], conditions: [] },
  );

  scenario(
    'mla-treaty-on-its-last-day-in-force',
    { categories: [VICTIM, SUSPECT], to: TH_POLICE, purpose: PROSECUTION, at: '2024-12-31T23:59:59Z' },
    { outcome: 'ALLOW', redacted: [], basis: 'MLAT-NL-TH', reasons: ['AGREEMENT_APPLIES MLAT-NL-TH', 'RULE_SATISFIED NL-2'], conditions: [] },
  );

  scenario(
    'expired-mla-treaty-and-no-basis-for-prevention',
    { categories: [SUSPECT], to: TH_POLICE, purpose: PREVENTION },
    {
      outcome: 'REQUIRES_APPROVAL',
      redacted: [],
      basis: null,
      reasons: ['AGREEMENT_EXPIRED MLAT-NL-TH', 'AGREEMENT_PURPOSE_NOT_COVERED UNTOC', 'NO_AGREEMENT default:no-basis'],
      conditions: [],
    },
  );

  scenario(
    'agreement-not-yet-in-force',
    { categories: [VICTIM], to: ZA_SHELTER, purpose: VICTIM_ASSISTANCE },
    {
      outcome: 'REQUIRES_APPROVAL',
      redacted: ['VICTIM_PERSONAL_DATA'],
      basis: null,
      reasons: ['AGREEMENT_NOT_YET_IN_FORCE COOP-NL-ZA', 'AGREEMENT_PURPOSE_NOT_COVERED UNTOC', 'NO_AGREEMENT default:no-basis', 'RULE_REDACTS NL-2'],
      conditions: [],
    },
  );

  scenario(
    'suspended-agreement',
    { originator: RO_POLICE, categories: [SUSPECT], to: IO_BUREAU, purpose: ANALYSIS },
    { outcome: 'REQUIRES_APPROVAL', redacted: [], basis: null, reasons: ['AGREEMENT_SUSPENDED MOU-ROPOL-TCAB', 'NO_AGREEMENT default:no-basis'], conditions: [] },
  );

  scenario(
    'eu-police-exchange-directive-does-not-cover-prosecution',
    { categories: [VICTIM, SUSPECT], to: RO_POLICE, purpose: PROSECUTION },
    { outcome: 'ALLOW_REDACTED', redacted: ['VICTIM_PERSONAL_DATA'], basis: 'UNTOC', reasons: ['AGREEMENT_APPLIES UNTOC', 'RULE_REDACTS NL-2'], conditions: [] },
  );

  scenario(
    'victim-data-to-eu-partner-under-police-exchange-directive',
    { categories: [VICTIM, SUSPECT], to: RO_POLICE, purpose: INVESTIGATION },
    { outcome: 'ALLOW', redacted: [], basis: 'EU-2023-977', reasons: ['AGREEMENT_APPLIES EU-2023-977', 'RULE_SATISFIED NL-2'], conditions: [] },
  );

  scenario(
    'agreement-covers-some-categories-only',
    { categories: [SUSPECT, FINANCIAL, LOCATION], to: IO_BUREAU, purpose: ANALYSIS },
    {
      outcome: 'ALLOW_REDACTED',
      redacted: ['LOCATION_DATA'],
      basis: 'MOU-NLPOL-TCAB',
      reasons: ['AGREEMENT_APPLIES MOU-NLPOL-TCAB', 'AGREEMENT_CATEGORY_NOT_COVERED MOU-NLPOL-TCAB'],
      conditions: [],
    },
  );

  scenario(
    'regional-convention-does-not-reach-non-party',
    { originator: TH_POLICE, categories: [VICTIM], to: RO_POLICE, purpose: VICTIM_ASSISTANCE },
    { outcome: 'REQUIRES_APPROVAL', redacted: [], basis: null, reasons: ['AGREEMENT_PURPOSE_NOT_COVERED UNTOC', 'NO_AGREEMENT default:no-basis'], conditions: [] },
  );

  scenario(
    'regional-convention-covers-victim-assistance',
    { originator: TH_POLICE, categories: [VICTIM, LOCATION], to: PH_POLICE, purpose: VICTIM_ASSISTANCE },
    { outcome: 'ALLOW', redacted: [], basis: 'ACTIP', reasons: ['AGREEMENT_APPLIES ACTIP'], conditions: [] },
  );

  scenario(
    'bilateral-treaty-preferred-over-convention',
    { categories: [SUSPECT], to: TH_POLICE, purpose: INVESTIGATION, at: '2024-06-01T00:00:00Z' },
    { outcome: 'ALLOW', redacted: [], basis: 'MLAT-NL-TH', reasons: ['AGREEMENT_APPLIES MLAT-NL-TH'], conditions: [] },
  );

  scenario(
    'transfer-to-international-organisation-without-agreement',
    { originator: ZA_POLICE, categories: [SUSPECT], to: IO_BUREAU, purpose: ANALYSIS },
    { outcome: 'REQUIRES_APPROVAL', redacted: [], basis: null, reasons: ['NO_AGREEMENT default:no-basis'], conditions: [] },
  );

  scenario(
    'international-organisation-outside-its-mandate',
    { categories: [], to: IO_BUREAU, purpose: PREVENTION },
    {
      outcome: 'DENY',
      redacted: [],
      basis: null,
      reasons: ['AGREEMENT_PURPOSE_NOT_COVERED MOU-NLPOL-TCAB', 'NO_AGREEMENT default:no-basis', 'RULE_DENIES IO-1'],
      conditions: [],
    },
  );

  scenario(
    'decision-instant-with-offset-is-read-in-utc',
    { originator: TH_POLICE, categories: [VICTIM], to: PH_POLICE, purpose: VICTIM_ASSISTANCE, at: '2017-03-08T06:59:59+07:00' },
    {
      outcome: 'REQUIRES_APPROVAL',
      redacted: [],
      basis: null,
      reasons: ['AGREEMENT_NOT_YET_IN_FORCE ACTIP', 'AGREEMENT_PURPOSE_NOT_COVERED UNTOC', 'NO_AGREEMENT default:no-basis'],
      conditions: [],
    },
  );

  scenario(
    'agreement-in-force-from-its-first-utc-day',
    { originator: TH_POLICE, categories: [VICTIM], to: PH_POLICE, purpose: VICTIM_ASSISTANCE, at: '2017-03-08T07:00:00+07:00' },
    { outcome: 'ALLOW', redacted: [], basis: 'ACTIP', reasons: ['AGREEMENT_APPLIES ACTIP'], conditions: [] },
  );

  it('explains the headline case in words the UI can show', () => {
    const decision = decideSharing(inputOf({ categories: [VICTIM, SUSPECT], to: TH_POLICE, purpose: INVESTIGATION }));
    expect(decision.summary).toBe(
      'Shared with redaction: victim personal data removed — rule NL-2, no agreement in force between NL and TH covers victim personal data for investigation',
    );
    expect(decision.legalBasis).toEqual({ kind: 'AGREEMENT', id: 'UNTOC', title: 'United Nations Convention against Transnational Organized Crime', article: 'art. 18 and 27' });
    // The English sentences; their values are reason-values.spec.ts's subject.
    expect(decision.reasons.map(({ code, source, ref, text }) => ({ code, source, ref, text }))).toEqual([
      {
        code: 'AGREEMENT_APPLIES',
        source: 'AGREEMENT',
        ref: 'UNTOC',
        text: 'Legal basis: United Nations Convention against Transnational Organized Crime, art. 18 and 27 (UNTOC), in force between NL and TH for investigation.',
      },
      {
        code: 'RULE_REDACTS',
        source: 'RULE',
        ref: 'NL-2',
        text:
          'Victim personal data removed — rule NL-2, no agreement in force between NL and TH covers victim personal data for investigation. ' +
          "Rule NL-2 (version 2): Victims' personal data leaves the Netherlands only under an agreement in force that covers it; without one it is removed " +
          '(Directive (EU) 2016/680 art. 35–37; Palermo Protocol art. 6).',
      },
    ]);
    expect(decision).toMatchObject({ shareKind: 'FIRST', transfer: 'CROSS_BORDER', purpose: 'INVESTIGATION', at: '2025-03-01T09:00:00.000Z' });
  });

  it('names the expired treaty and its end date when nothing else is left', () => {
    const decision = decideSharing(inputOf({ categories: [SUSPECT], to: TH_POLICE, purpose: PREVENTION }));
    expect(decision.reasons[0].text).toBe(
      'Treaty on mutual legal assistance in criminal matters, Netherlands–Thailand (fictional test instrument) (MLAT-NL-TH) is no longer in force: it applied until 2024-12-31.',
    );
    expect(decision.summary).toBe(
      "Needs the approval of the originating agency's liaison officer: no agreement in force between NL and TH covers prevention",
    );
  });
});
