/** crossTabulate: every record in exactly one cell; unknowns and multiple forms get their own category. */
import { crossTabulate, marginalsOf, valueOf } from '../cross-tabulate';
import { countIndicators } from '../indicators';
import { IndicatorKind, MULTIPLE, UNKNOWN } from '../types';
import { LABOUR, records, SEXUAL } from './fixtures';

describe('crossTabulate', () => {
  const data = [
    ...records(3, { sex: 'FEMALE', ageGroup: 'MINOR' }),
    ...records(5, { sex: 'FEMALE', ageGroup: 'ADULT' }),
    ...records(2, { sex: 'MALE', ageBand: '30-38' }), // age group derived from the band: ADULT
    ...records(1, { sex: null, ageBand: '9-17' }), // MINOR from the band, sex unknown
    ...records(4, {}), // nothing known
  ];

  it('counts each combination, zeros included, unknown last', () => {
    const t = crossTabulate(data, ['sex', 'ageGroup']);
    expect(t.categories).toEqual([
      ['FEMALE', 'MALE', UNKNOWN],
      ['ADULT', 'MINOR', UNKNOWN],
    ]);
    expect(t.cells.map((c) => `${c.key.join('/')}=${c.count}`)).toEqual([
      'FEMALE/ADULT=5',
      'FEMALE/MINOR=3',
      'FEMALE/UNKNOWN=0',
      'MALE/ADULT=2',
      'MALE/MINOR=0',
      'MALE/UNKNOWN=0',
      'UNKNOWN/ADULT=0',
      'UNKNOWN/MINOR=1',
      'UNKNOWN/UNKNOWN=4',
    ]);
    // 3 + 5 + 2 + 1 + 4 = 15 records, and the cells add up to it
    expect(t.total).toBe(15);
    expect(t.cells.reduce((s, c) => s + c.count, 0)).toBe(15);
    // rows: FEMALE 5+3 = 8, MALE 2, UNKNOWN 1+4 = 5; columns: ADULT 5+2 = 7, MINOR 3+1 = 4, UNKNOWN 4
    expect(marginalsOf(t, 0)).toEqual([8, 2, 5]);
    expect(marginalsOf(t, 1)).toEqual([7, 4, 4]);
  });

  it('lists requested categories even when empty, keeping unexpected values', () => {
    const t = crossTabulate(data, ['sex'], { categories: { sex: ['MALE', 'FEMALE', 'OTHER'] } });
    expect(t.categories[0]).toEqual(['MALE', 'FEMALE', 'OTHER', UNKNOWN]);
    expect(t.cells.map((c) => c.count)).toEqual([2, 8, 0, 5]);
  });

  it('orders age bands as CTDC does, not alphabetically', () => {
    const t = crossTabulate([...records(1, { ageBand: '48+' }), ...records(1, { ageBand: '9-17' }), ...records(1, { ageBand: '18-20' })], ['ageBand']);
    expect(t.categories[0]).toEqual(['9-17', '18-20', '48+']);
  });

  it('puts a record with several forms of exploitation in MULTIPLE, once', () => {
    const mixed = [
      ...records(2, { formsOfExploitation: [SEXUAL] }),
      ...records(1, { formsOfExploitation: [SEXUAL, LABOUR] }),
      ...records(1, { formsOfExploitation: [LABOUR, LABOUR] }), // duplicate entry = one form
      ...records(1, { formsOfExploitation: [] }),
    ];
    expect(valueOf(mixed[2], 'formOfExploitation')).toBe(MULTIPLE);
    const t = crossTabulate(mixed, ['formOfExploitation']);
    expect(t.cells.map((c) => `${c.key[0]}=${c.count}`)).toEqual(['FORCED_LABOUR=1', 'MULTIPLE=1', 'SEXUAL_EXPLOITATION=2', 'UNKNOWN=1']);
    expect(t.total).toBe(5);
  });

  it('breaks records down by region of citizenship and of exploitation, unknown regions last', () => {
    const regional = [
      ...records(4, { citizenshipRegion: 'Europe', exploitationRegion: 'Europe' }),
      ...records(2, { citizenshipRegion: 'Africa', exploitationRegion: 'Europe' }),
      ...records(1, { citizenshipRegion: 'Americas/Oceania' }),
      ...records(3, {}),
    ];
    const t = crossTabulate(regional, ['citizenshipRegion', 'exploitationRegion']);
    expect(t.categories).toEqual([
      ['Africa', 'Americas/Oceania', 'Europe', UNKNOWN],
      ['Europe', UNKNOWN],
    ]);
    expect(t.cells.filter((c) => c.count > 0).map((c) => `${c.key.join('>')}=${c.count}`)).toEqual([
      'Africa>Europe=2',
      'Americas/Oceania>UNKNOWN=1',
      'Europe>Europe=4',
      'UNKNOWN>UNKNOWN=3',
    ]);
    expect(marginalsOf(t, 0)).toEqual([2, 1, 4, 3]);
  });

  it('counts every indicator, zeros included', () => {
    const counts = countIndicators([...records(2), ...records(1, { indicator: IndicatorKind.CONVICTION })]);
    expect(counts).toEqual({
      VICTIM_IDENTIFIED: 2,
      VICTIM_REFERRED: 0,
      VICTIM_ASSISTED: 0,
      INVESTIGATION_OPENED: 0,
      PROSECUTION: 0,
      CONVICTION: 1,
    });
  });
});
