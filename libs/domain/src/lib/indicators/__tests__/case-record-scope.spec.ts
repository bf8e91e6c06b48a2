import { isCaseRecordInScope } from '../scope';

describe('the case records a viewer may count', () => {
  const visible = { visibleOperationIds: ['op-a'] };

  it('without an operation: records outside operations and those of the viewer agency’s operations', () => {
    expect(isCaseRecordInScope({ operationId: null }, visible)).toBe(true);
    expect(isCaseRecordInScope({}, visible)).toBe(true);
    expect(isCaseRecordInScope({ operationId: 'op-a' }, visible)).toBe(true);
    expect(isCaseRecordInScope({ operationId: 'op-b' }, visible)).toBe(false);
  });

  it('for one (checked) operation: its records only, none outside operations', () => {
    expect(isCaseRecordInScope({ operationId: 'op-a' }, { operationId: 'op-a' })).toBe(true);
    expect(isCaseRecordInScope({ operationId: 'op-b' }, { operationId: 'op-a' })).toBe(false);
    expect(isCaseRecordInScope({ operationId: null }, { operationId: 'op-a' })).toBe(false);
  });
});
