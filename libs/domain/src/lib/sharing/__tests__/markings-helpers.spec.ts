/**
 * TLP 2.0 labels, colours and STIX ids (FIRST TLP 2.0 §2; OASIS cti-stix-common-objects, as listed in
 * ../shared/data/README.md), Admiralty grading labels (MISP admiralty-scale taxonomy) and UTC instants.
 */
import { admiraltyGrade, INFORMATION_CREDIBILITY_LABELS, parseAdmiraltyGrade, SOURCE_RELIABILITY_LABELS } from '../admiralty';
import { parseInstant, windowPosition } from '../instants';
import { markedCopy, mostRestrictiveTlp, parseTlpLabel, TLP_COLOURS, TLP_STIX_MARKING_DEFINITION_IDS, tlpDisplayLabel, tlpMarking } from '../tlp';
import { InformationCredibility, SourceReliability, TlpLabel } from '../types';

describe('TLP labels', () => {
  it('writes AMBER+STRICT with its plus sign while the enum key stays GraphQL-safe', () => {
    expect(TlpLabel.AMBER_STRICT).toBe('AMBER_STRICT');
    expect(tlpDisplayLabel(TlpLabel.AMBER_STRICT)).toBe('AMBER+STRICT');
    expect(tlpMarking(TlpLabel.AMBER_STRICT)).toBe('TLP:AMBER+STRICT');
    expect(tlpMarking(TlpLabel.CLEAR)).toBe('TLP:CLEAR');
    for (const key of Object.keys(TlpLabel)) expect(key).toMatch(/^[_A-Za-z][_0-9A-Za-z]*$/);
  });

  it('uses the FIRST TLP 2.0 colours on black', () => {
    expect(TLP_COLOURS).toEqual({
      CLEAR: { text: '#FFFFFF', background: '#000000' },
      GREEN: { text: '#33FF00', background: '#000000' },
      AMBER: { text: '#FFC000', background: '#000000' },
      AMBER_STRICT: { text: '#FFC000', background: '#000000' },
      RED: { text: '#FF2B2B', background: '#000000' },
    });
  });

  it('carries the OASIS STIX 2.1 marking-definition ids', () => {
    expect(TLP_STIX_MARKING_DEFINITION_IDS).toEqual({
      CLEAR: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
      GREEN: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
      AMBER: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
      AMBER_STRICT: 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
      RED: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
    });
  });

  it('reads written labels and rejects legacy ones', () => {
    expect(parseTlpLabel('TLP:AMBER+STRICT')).toBe(TlpLabel.AMBER_STRICT);
    expect(parseTlpLabel('tlp:amber+strict')).toBe(TlpLabel.AMBER_STRICT);
    expect(parseTlpLabel(' red ')).toBe(TlpLabel.RED);
    expect(parseTlpLabel('AMBER_STRICT')).toBe(TlpLabel.AMBER_STRICT);
    expect(parseTlpLabel('TLP:WHITE')).toBeNull();
    expect(parseTlpLabel('TLP:EX:CHR')).toBeNull();
    expect(parseTlpLabel('TLP:UNCLEAR')).toBeNull();
  });

  it('ranks labels', () => {
    expect(mostRestrictiveTlp(TlpLabel.AMBER, TlpLabel.AMBER_STRICT)).toBe(TlpLabel.AMBER_STRICT);
    expect(mostRestrictiveTlp(TlpLabel.RED, TlpLabel.GREEN)).toBe(TlpLabel.RED);
  });
});

describe('Admiralty grading', () => {
  it('writes and reads grades such as B2', () => {
    expect(admiraltyGrade(SourceReliability.B, InformationCredibility.PROBABLY_TRUE)).toBe('B2');
    expect(parseAdmiraltyGrade('f6')).toEqual({ source: 'F', information: '6' });
    expect(parseAdmiraltyGrade('G1')).toBeNull();
    expect(parseAdmiraltyGrade('A7')).toBeNull();
  });

  it('labels every grade A–F and 1–6 and nothing else', () => {
    expect(Object.keys(SOURCE_RELIABILITY_LABELS)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(Object.keys(INFORMATION_CREDIBILITY_LABELS)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(SOURCE_RELIABILITY_LABELS.F).toBe('Reliability cannot be judged');
    expect(INFORMATION_CREDIBILITY_LABELS[InformationCredibility.CONFIRMED]).toBe('Confirmed by other sources');
  });
});

describe('UTC instants', () => {
  it('reads dates as whole UTC days and date-times only with a zone', () => {
    expect(parseInstant('2024-12-31')).toEqual({ ms: Date.UTC(2024, 11, 31), dateOnly: true });
    expect(parseInstant('2017-03-08T07:00:00+07:00')).toEqual({ ms: Date.UTC(2017, 2, 8), dateOnly: false });
    expect(parseInstant('2025-03-01T09:00:00.123456Z')?.ms).toBe(Date.UTC(2025, 2, 1, 9, 0, 0, 123));
    expect(parseInstant('2025-03-01T09:00:00')).toBeNull();
    expect(parseInstant('2023-02-29')).toBeNull();
    expect(parseInstant('2024-02-29')).not.toBeNull();
  });

  it('includes the whole last day of a date-only window and the exact instant of a timestamp end', () => {
    const lastSecond = Date.UTC(2024, 11, 31, 23, 59, 59);
    expect(windowPosition(lastSecond, '2015-01-01', '2024-12-31')).toBe('INSIDE');
    expect(windowPosition(lastSecond + 1000, '2015-01-01', '2024-12-31')).toBe('AFTER');
    expect(windowPosition(Date.UTC(2014, 11, 31, 23, 59, 59), '2015-01-01', null)).toBe('BEFORE');
    expect(windowPosition(Date.UTC(2024, 0, 1, 12), null, '2024-01-01T12:00:00Z')).toBe('INSIDE');
    expect(windowPosition(Date.UTC(2024, 0, 1, 12, 0, 0, 1), null, '2024-01-01T12:00:00Z')).toBe('AFTER');
    expect(windowPosition(0, 'yesterday', null)).toBe('INVALID');
  });
});

describe('markings on copied text', () => {
  it.each([
    ['Bank records requested', TlpLabel.AMBER, null, '[TLP:AMBER] Bank records requested'],
    ['Safe house in Rotterdam', TlpLabel.AMBER_STRICT, 'H2', '[TLP:AMBER+STRICT H2] Safe house in Rotterdam'],
    ['The informant', TlpLabel.RED, 'H3', '[TLP:RED H3] The informant'],
  ])('%p under %p and %p copies as %p', (text, label, code, copied) => {
    expect(markedCopy(text, label, code)).toBe(copied);
  });
});
