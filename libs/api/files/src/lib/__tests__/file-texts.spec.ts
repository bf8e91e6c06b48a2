import { storageErrorText } from '../file-texts';

describe('a storage failure in words', () => {
  it.each([
    [new Error('EACCES: permission denied'), 'EACCES: permission denied'],
    [{ status_code: 404, body: 'The file for this url was not found\n' }, 'The file for this url was not found'],
    [{ Code: 'NoSuchKey', message: '' }, 'NoSuchKey'],
    [{ code: 'ECONNREFUSED' }, 'ECONNREFUSED'],
    ['disk full', 'disk full'],
    [{ status: 500 }, '{"status":500}'],
    [undefined, 'undefined'],
  ])('%j reads "%s"', (error, text) => {
    expect(storageErrorText(error)).toBe(text);
  });
});
