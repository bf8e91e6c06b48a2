/**
 * CTDC victim records: BOM, blanks = unknown, year bands, flags `1` or blank, `;`-joined perpetrator values,
 * identical synthetic lines kept as distinct victims; then the indicator maths on them.
 */
import { crossTabulate, FormOfExploitation, percentages } from '@taskforce/domain';
import { createHash } from 'node:crypto';
import { ctdcToCaseRecords, parseCtdcCsv } from '../ctdc';

/** The documented key rule, written out here: SHA-256 of the 16 values joined by U+001F, hex, first 32. */
const keyOf = (line: string, nth: number) => `ctdc:${createHash('sha256').update(line.split(',').join('\u001f')).digest('hex').slice(0, 32)}:${nth}`;
const LINE_2 = ',Female,Adult,1,,Europe,Europe,1,Female;Male,,Europe,StrangerUnknownOther,No;Yes,1,1,1';

const HEADER =
  'yearRegister,gender,majorityStatus,isForcedLabour,isSexualExploit,UN_COO_Region,UN_COE_Region,IP_Exploiter,IP_Gender,IP_ageBroad,IP_citizen_UNRegion,IP_Relation,IP_PayMoney,IP_RecruiterBroker,IP_TransactionProcess,IP_ControlAbuseKidnap';

const fixture = [
  `\uFEFF${HEADER}`,
  ',Female,Adult,1,,Europe,Europe,1,Female;Male,,Europe,StrangerUnknownOther,No;Yes,1,1,1', // line 2
  ',Female,Adult,1,,Europe,Europe,1,Female;Male,,Europe,StrangerUnknownOther,No;Yes,1,1,1', // line 3: identical, kept
  '2014-2018,Male,Minor,,1,Asia,Americas/Oceania,,,30--38;39--47,,,,,,', // line 4
  '2019,,,1,1,,,,,,,,,,,', // line 5: both forms, sex and age unknown
  '2005-2013,Female,,,,Africa,,,,,,,,,,', // line 6: form unknown
  '2021-2022,Female,Adult,yes,,Europe,Europe,,,,,,,,,', // line 7: flag "yes" → rejected
  '2018-2014,Other,Child,,,Mars,,,,,,,,,,', // line 8: four problems in one row
  '2019,Female,Adult,1', // line 9: short row
].join('\n');

describe('parseCtdcCsv', () => {
  const { rows, rejected } = parseCtdcCsv(fixture);

  it('reads BOM, blanks, bands, flags and lists', () => {
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect(rows[0]).toMatchObject({
      key: keyOf(LINE_2, 1),
      yearRegister: null,
      sex: 'FEMALE',
      ageGroup: 'ADULT',
      formsOfExploitation: [FormOfExploitation.FORCED_LABOUR],
      citizenshipRegion: 'Europe',
      perpetrator: { exploiter: true, gender: ['Female', 'Male'], payMoney: ['No', 'Yes'], ageBroad: [], controlAbuseKidnap: true },
    });
    expect(rows[1].key).toBe(keyOf(LINE_2, 2)); // identical synthetic record: a second victim, not a duplicate
    expect(rows[2].yearRegister).toEqual({ label: '2014-2018', from: 2014, to: 2018 });
    expect(rows[2].exploitationRegion).toBe('Americas/Oceania');
    expect(rows[2].perpetrator.ageBroad).toEqual(['30--38', '39--47']);
    expect(rows[3]).toMatchObject({ yearRegister: { label: '2019', from: 2019, to: 2019 }, sex: null, ageGroup: null });
    expect(rows[3].formsOfExploitation).toEqual([FormOfExploitation.SEXUAL_EXPLOITATION, FormOfExploitation.FORCED_LABOUR]);
    expect(rows[4].formsOfExploitation).toEqual([]);
  });

  it('keys a record by its content, so a reordered file keeps every key', () => {
    const lines = fixture.split('\n');
    const reordered = [lines[0], lines[5], lines[3], lines[2], lines[4], lines[1]].join('\n');
    const again = parseCtdcCsv(reordered).rows;
    expect(again.map((r) => r.key).sort()).toEqual(rows.map((r) => r.key).sort());
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('rejects bad rows with every reason and carries on', () => {
    expect(rejected).toEqual([
      { line: 7, reason: 'isForcedLabour "yes" is not 1 or blank' },
      {
        line: 8,
        reason:
          'yearRegister "2018-2014" is not a year or a band like 2014-2018; gender "Other" is not one of Female, Male or blank; ' +
          'majorityStatus "Child" is not one of Adult, Minor or blank; UN_COO_Region "Mars" is not one of Africa, Americas/Oceania, Asia, Europe or blank',
      },
      { line: 9, reason: 'expected 16 fields, found 4' },
    ]);
  });

  it('feeds the indicator maths, with unknowns out of the denominator', () => {
    const p = percentages(crossTabulate(ctdcToCaseRecords(rows), ['sex']));
    // FEMALE lines 2, 3, 6 = 3; MALE line 4 = 1; unknown line 5 = 1 → known 4: 3/4 = 75 %, 1/4 = 25 %
    expect(p.rows).toEqual([
      { category: 'FEMALE', count: 3, percent: 75 },
      { category: 'MALE', count: 1, percent: 25 },
    ]);
    expect(p.unknown).toBe(1);
    const forms = crossTabulate(ctdcToCaseRecords(rows), ['formOfExploitation']);
    // labour: lines 2, 3; multiple: line 5; sexual: line 4; unknown: line 6
    expect(forms.cells.map((c) => `${c.key[0]}=${c.count}`)).toEqual(['FORCED_LABOUR=2', 'MULTIPLE=1', 'SEXUAL_EXPLOITATION=1', 'UNKNOWN=1']);
  });

  it('also reads a file without BOM and reports a wrong header', () => {
    expect(parseCtdcCsv(fixture.replace('\uFEFF', '')).rows).toHaveLength(5);
    expect(parseCtdcCsv('year,gender\n2019,Female\n').rejected[0].reason).toMatch(/^missing columns: yearRegister, majorityStatus/);
  });
});
