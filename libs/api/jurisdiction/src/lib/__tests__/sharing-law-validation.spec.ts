import { windowProblems, parseCondition, parseScope, parseWhen, engineProblems } from '../sharing-law-validation';

const isCountry = (code: string) => ['NL', 'BE'].includes(code);
const fields = (problems: Array<{ field: string }>) => problems.map((p) => p.field);

describe('sharing-law validation (errors name the field and the part)', () => {
  it('dates: zone required, real dates, end not before start', () => {
    expect(windowProblems('from', '2025-01-01', 'to', '2025-01-01')).toEqual([]);
    expect(fields(windowProblems('from', '2025-01-01T10:00', 'to', null))).toEqual(['from']);
    expect(fields(windowProblems('from', null, 'to', '2025-02-29'))).toEqual(['to']);
    expect(fields(windowProblems('from', '2025-01-02', 'to', '2025-01-01T23:59:59Z'))).toEqual(['to']);
  });

  it('scope', () => {
    expect(parseScope('{"kind":"COUNTRY","country":"NL"}', isCountry)).toEqual({ value: { kind: 'COUNTRY', country: 'NL' }, problems: [] });
    expect(fields(parseScope('{"kind":"COUNTRY","country":"FR"}', isCountry).problems)).toEqual(['scopeJson.country']);
    expect(fields(parseScope('{"kind":"AGENCY_KIND","agencyKind":"NGO","extra":1}', isCountry).problems)).toEqual(['scopeJson.extra']);
    expect(fields(parseScope('[]', isCountry).problems)).toEqual(['scopeJson']);
    expect(fields(parseScope('{"kind":"REGION"}', isCountry).problems)).toEqual(['scopeJson.kind']);
  });

  it('when: empty means none; each key and value checked', () => {
    expect(parseWhen('  ')).toEqual({ value: null, problems: [] });
    expect(parseWhen('{"transfers":["CROSS_BORDER"]}')).toEqual({ value: { transfers: ['CROSS_BORDER'] }, problems: [] });
    expect(fields(parseWhen('{"transfers":["SAME_AGENCY"]}').problems)).toEqual(['whenJson.transfers.0']);
    expect(fields(parseWhen('{"purposes":[]}').problems)).toEqual(['whenJson.purposes']);
  });

  it('condition: the five kinds of the engine, with their own fields', () => {
    expect(parseCondition('{"kind":"LEGAL_BASIS","law":"Police Data Act"}').value).toEqual({ kind: 'LEGAL_BASIS', law: 'Police Data Act' });
    expect(parseCondition('{"kind":"LIMIT_PURPOSES","purposes":["INVESTIGATION"],"otherwise":"DENY"}').problems).toEqual([]);
    expect(fields(parseCondition('{"kind":"LIMIT_PURPOSES","purposes":["INVESTIGATION"],"otherwise":"REDACT"}').problems)).toEqual(['conditionJson.otherwise']);
    expect(fields(parseCondition('{"kind":"REQUIRES_AGREEMENT","categories":[],"otherwise":"REDACT"}').problems)).toEqual(['conditionJson.categories']);
    expect(fields(parseCondition('{"kind":"RESTRICT_FLOW","effect":"DENY","categories":["HEALTH_DATA"]}').problems)).toEqual(['conditionJson.categories']);
    expect(fields(parseCondition('not json').problems)).toEqual(['conditionJson']);
  });

  it("the engine's own validator is the last guard", () => {
    const agreement = { id: 'A', kind: 'BILATERAL' as never, title: 'A', parties: [], dataCategories: [], purposes: [], inForceFrom: '2025-01-01' };
    expect(engineProblems('input', [agreement], [])).toEqual([]);
    expect(fields(engineProblems('input', [agreement, { ...agreement }], []))).toEqual(['input']);
  });
});
