/**
 * Decision table — what a hit on a lead's selector reveals, for every TLP label × handling code × holder's mode,
 * and the default mode the lead gets from its markings. Rows written by hand from the rules: TLP:RED and H3 never
 * reveal the holder; the default reveals only for CLEAR, GREEN and AMBER without H2 or H3.
 */
import { HandlingCode, TlpLabel } from '../../sharing/types';
import { defaultHitMode, HitDisclosureReason as Why, HitFact, hitDisclosure, HitMode, HitModeDefaultReason as Default } from '../hit-disclosure';

const { CLEAR, GREEN, AMBER, AMBER_STRICT, RED } = TlpLabel;
const { H0, H1, H2, H3 } = HandlingCode;
const { REVEAL_HOLDER: REVEAL, NOTIFY_HOLDER_ONLY: NOTIFY } = HitMode;

type Row = [tlp: TlpLabel, codes: HandlingCode[], byDefault: [HitMode, Default], chosenReveal: [HitMode, Why], chosenNotify: [HitMode, Why]];

const OPEN: [HitMode, Default] = [REVEAL, Default.OPEN_MARKINGS];
const REVEALS: [HitMode, Why] = [REVEAL, Why.HOLDER_CHOSE_REVEAL];
const NOTIFIES: [HitMode, Why] = [NOTIFY, Why.HOLDER_CHOSE_NOTIFY];
const RED_ONLY: [HitMode, Why] = [NOTIFY, Why.TLP_RED_NEVER_REVEALS];
const H3_ONLY: [HitMode, Why] = [NOTIFY, Why.H3_NEVER_REVEALS];

// prettier-ignore
const TABLE: Row[] = [
  [CLEAR, [], OPEN, REVEALS, NOTIFIES],
  [CLEAR, [H0], OPEN, REVEALS, NOTIFIES],
  [CLEAR, [H1], OPEN, REVEALS, NOTIFIES],
  [CLEAR, [H2], [NOTIFY, Default.H2_NO_PASSING_ON], REVEALS, NOTIFIES],
  [CLEAR, [H3], [NOTIFY, Default.H3_OTHER_RESTRICTIONS], H3_ONLY, H3_ONLY],
  [GREEN, [], OPEN, REVEALS, NOTIFIES],
  [GREEN, [H0], OPEN, REVEALS, NOTIFIES],
  [GREEN, [H1], OPEN, REVEALS, NOTIFIES],
  [GREEN, [H2], [NOTIFY, Default.H2_NO_PASSING_ON], REVEALS, NOTIFIES],
  [GREEN, [H3], [NOTIFY, Default.H3_OTHER_RESTRICTIONS], H3_ONLY, H3_ONLY],
  [AMBER, [], OPEN, REVEALS, NOTIFIES],
  [AMBER, [H0], OPEN, REVEALS, NOTIFIES],
  [AMBER, [H1], OPEN, REVEALS, NOTIFIES],
  [AMBER, [H2], [NOTIFY, Default.H2_NO_PASSING_ON], REVEALS, NOTIFIES],
  [AMBER, [H3], [NOTIFY, Default.H3_OTHER_RESTRICTIONS], H3_ONLY, H3_ONLY],
  [AMBER_STRICT, [], [NOTIFY, Default.TLP_AMBER_STRICT], REVEALS, NOTIFIES],
  [AMBER_STRICT, [H0], [NOTIFY, Default.TLP_AMBER_STRICT], REVEALS, NOTIFIES],
  [AMBER_STRICT, [H1], [NOTIFY, Default.TLP_AMBER_STRICT], REVEALS, NOTIFIES],
  [AMBER_STRICT, [H2], [NOTIFY, Default.TLP_AMBER_STRICT], REVEALS, NOTIFIES],
  [AMBER_STRICT, [H3], [NOTIFY, Default.H3_OTHER_RESTRICTIONS], H3_ONLY, H3_ONLY],
  [RED, [], [NOTIFY, Default.TLP_RED], RED_ONLY, RED_ONLY],
  [RED, [H0], [NOTIFY, Default.TLP_RED], RED_ONLY, RED_ONLY],
  [RED, [H1], [NOTIFY, Default.TLP_RED], RED_ONLY, RED_ONLY],
  [RED, [H2], [NOTIFY, Default.TLP_RED], RED_ONLY, RED_ONLY],
  [RED, [H3], [NOTIFY, Default.TLP_RED], RED_ONLY, RED_ONLY],
  // Several codes: the most restrictive one decides.
  [GREEN, [H0, H1], OPEN, REVEALS, NOTIFIES],
  [GREEN, [H1, H2], [NOTIFY, Default.H2_NO_PASSING_ON], REVEALS, NOTIFIES],
  [AMBER, [H2, H3], [NOTIFY, Default.H3_OTHER_RESTRICTIONS], H3_ONLY, H3_ONLY],
  [AMBER_STRICT, [H0, H2], [NOTIFY, Default.TLP_AMBER_STRICT], REVEALS, NOTIFIES],
];

describe('what a hit reveals, per TLP × handling code × mode', () => {
  it('covers every TLP label with no code and with each single handling code', () => {
    const covered = new Set(TABLE.filter(([, codes]) => codes.length <= 1).map(([tlp, codes]) => `${tlp}/${codes.join('')}`));
    expect(covered.size).toBe(Object.values(TlpLabel).length * (Object.values(HandlingCode).length + 1));
  });

  describe.each(TABLE)('TLP:%s with handling codes %j', (tlp, handlingCodes, byDefault, chosenReveal, chosenNotify) => {
    it(`defaults to ${byDefault[0]} (${byDefault[1]})`, () => {
      const result = defaultHitMode({ tlp, handlingCodes });
      expect([result.mode, result.reason]).toEqual(byDefault);
      expect(result.explanation).toMatch(/^[A-Z].*\.$/);
    });

    it(`with REVEAL_HOLDER chosen: ${chosenReveal[0]} (${chosenReveal[1]})`, () => {
      const result = hitDisclosure({ tlp, handlingCodes, mode: REVEAL });
      expect([result.mode, result.reason]).toEqual(chosenReveal);
    });

    it(`with NOTIFY_HOLDER_ONLY chosen: ${chosenNotify[0]} (${chosenNotify[1]})`, () => {
      const result = hitDisclosure({ tlp, handlingCodes, mode: NOTIFY });
      expect([result.mode, result.reason]).toEqual(chosenNotify);
    });
  });
});

describe('who learns what', () => {
  it('a revealing hit tells the querier the holder agency and the selector kind only', () => {
    const result = hitDisclosure({ tlp: GREEN, handlingCodes: [], mode: REVEAL });
    expect(result.querierLearns).toEqual([HitFact.HOLDER_AGENCY, HitFact.SELECTOR_KIND]);
    expect(result.holderLearns).toEqual([HitFact.QUERYING_AGENCY, HitFact.MATCHED_SELECTOR, HitFact.QUERY_TIME]);
  });

  it('a notify-only hit tells the querier nothing, and the holder who asked, about what and when', () => {
    for (const markings of [
      { tlp: GREEN, handlingCodes: [], mode: NOTIFY },
      { tlp: RED, handlingCodes: [], mode: REVEAL },
      { tlp: AMBER, handlingCodes: [H3], mode: REVEAL },
    ]) {
      const result = hitDisclosure(markings);
      expect(result.querierLearns).toEqual([]);
      expect(result.holderLearns).toEqual([HitFact.QUERYING_AGENCY, HitFact.MATCHED_SELECTOR, HitFact.QUERY_TIME]);
    }
  });

  it('explains each outcome in one sentence naming the marking that decided', () => {
    expect(hitDisclosure({ tlp: RED, handlingCodes: [], mode: REVEAL }).explanation).toContain('TLP:RED');
    expect(hitDisclosure({ tlp: GREEN, handlingCodes: [H3], mode: REVEAL }).explanation).toContain('H3');
    expect(hitDisclosure({ tlp: GREEN, handlingCodes: [], mode: NOTIFY }).explanation).toContain('no-hit');
    expect(defaultHitMode({ tlp: AMBER_STRICT, handlingCodes: [] }).explanation).toContain('TLP:AMBER+STRICT');
    expect(defaultHitMode({ tlp: GREEN, handlingCodes: [H2] }).explanation).toContain('H2');
    const sentences = [REVEAL, NOTIFY].flatMap((mode) => [RED, GREEN].map((tlp) => hitDisclosure({ tlp, handlingCodes: [H0], mode }).explanation));
    for (const sentence of sentences) expect(sentence.split(/[.;:] [A-Z]/).length).toBe(1);
  });
});
