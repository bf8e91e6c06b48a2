import { readUploadMetadata } from '../upload-metadata';

describe('the metadata of a new upload', () => {
  const ID = '6f1c2f0e-3b8e-4a57-9d2a-0c5e1f7b8a90';

  it('reads the record, the name and the markings, AMBER and no handling code by default', () => {
    expect(readUploadMetadata({ filename: 'ledger.xlsx', attachedKind: 'TASK', attachedId: ID })).toEqual({ kind: 'TASK', attachedId: ID, filename: 'ledger.xlsx', tlp: 'AMBER', handlingCode: null, handlingCondition: null });
    expect(readUploadMetadata({ name: 'scan.png', attachedKind: 'LEAD', attachedId: ID, tlp: 'RED', handlingCode: 'H2' })).toEqual({ kind: 'LEAD', attachedId: ID, filename: 'scan.png', tlp: 'RED', handlingCode: 'H2', handlingCondition: null });
  });

  it('takes `name` when `filename` is empty or blank', () => {
    expect(readUploadMetadata({ filename: '', name: 'scan.png', attachedKind: 'TASK', attachedId: ID })).toMatchObject({ filename: 'scan.png' });
    expect(readUploadMetadata({ filename: '  ', name: 'scan.png', attachedKind: 'TASK', attachedId: ID })).toMatchObject({ filename: 'scan.png' });
    expect(readUploadMetadata({ filename: '', attachedKind: 'TASK', attachedId: ID })).toMatchObject({ filename: '' });
  });

  it('reads the restriction of a file marked H3, without invisible controls, trimmed', () => {
    expect(readUploadMetadata({ filename: 'a.pdf', attachedKind: 'TASK', attachedId: ID, handlingCode: 'H3', handlingCondition: ' Court use\u202E only ' })).toEqual({
      kind: 'TASK',
      attachedId: ID,
      filename: 'a.pdf',
      tlp: 'AMBER',
      handlingCode: 'H3',
      handlingCondition: 'Court use only',
    });
  });

  it.each([
    [{ attachedKind: 'OPERATION', attachedId: ID, handlingCode: 'H3' }, 'handlingCondition is required with handling code H3: the restriction the provider states'],
    [{ attachedKind: 'OPERATION', attachedId: ID, handlingCode: 'H1', handlingCondition: 'Court use only' }, 'handlingCondition is given only with handling code H3'],
    [{ attachedId: ID }, 'attachedKind must be one of OPERATION, TASK, INFORMATION_REQUEST, OPERATION_MESSAGE, LEAD'],
    [{ attachedKind: 'OPERATION' }, 'attachedId is required: the id of the record the file is attached to'],
    [{ attachedKind: 'OPERATION', attachedId: null }, 'attachedId is required: the id of the record the file is attached to'],
    [{ attachedKind: 'OPERATION', attachedId: 'op-1' }, 'attachedId must be a UUID'],
    [{ attachedKind: 'OPERATION', attachedId: ID, tlp: 'PURPLE' }, 'tlp must be one of CLEAR, GREEN, AMBER, AMBER_STRICT, RED'],
    [{ attachedKind: 'OPERATION', attachedId: ID, handlingCode: 'H9' }, 'handlingCode must be one of H0, H1, H2, H3'],
  ])('refuses %j naming the field', (meta, refusal) => {
    expect(readUploadMetadata(meta)).toEqual({ refusal, problems: [{ field: refusal.split(' ')[0], message: refusal }] });
  });

  it('names every bad field at once, their messages joined', () => {
    const refused = readUploadMetadata({ attachedKind: 'BOX', tlp: 'PURPLE', handlingCode: 'H3' });
    expect(refused).toEqual({
      refusal: [
        'attachedKind must be one of OPERATION, TASK, INFORMATION_REQUEST, OPERATION_MESSAGE, LEAD',
        'attachedId is required: the id of the record the file is attached to',
        'tlp must be one of CLEAR, GREEN, AMBER, AMBER_STRICT, RED',
        'handlingCondition is required with handling code H3: the restriction the provider states',
      ].join('; '),
      problems: [
        { field: 'attachedKind', message: 'attachedKind must be one of OPERATION, TASK, INFORMATION_REQUEST, OPERATION_MESSAGE, LEAD' },
        { field: 'attachedId', message: 'attachedId is required: the id of the record the file is attached to' },
        { field: 'tlp', message: 'tlp must be one of CLEAR, GREEN, AMBER, AMBER_STRICT, RED' },
        { field: 'handlingCondition', message: 'handlingCondition is required with handling code H3: the restriction the provider states' },
      ],
    });
  });
});
