import { downloadContentType, storedFileName } from '../files';

describe('stored file names', () => {
  it.each([
    ['witness-statement.pdf', 'witness-statement.pdf'],
    ['C:\\Users\\ana\\Desktop\\bank records 2025.xlsx', 'bank records 2025.xlsx'],
    ['../../etc/passwd', 'passwd'],
    ['phone:extraction?.zip', 'phone_extraction_.zip'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['line\nbreak.txt', 'line_break.txt'],
    ['..', 'file'],
    ['', 'file'],
    ['x'.repeat(250) + '.jpg', 'x'.repeat(200)],
  ])('%p is stored as %p', (sent, stored) => {
    expect(storedFileName(sent)).toBe(stored);
  });
});

describe('download content types', () => {
  it.each([
    ['image/jpeg', 'image/jpeg'],
    ['application/zip', 'application/zip'],
    ['image/svg+xml', 'application/octet-stream'],
    ['text/html', 'application/octet-stream'],
    ['application/xml', 'application/octet-stream'],
    ['application/pdf', 'application/octet-stream'],
    [null, 'application/octet-stream'],
  ])('%p goes as %p', (detected, sent) => {
    expect(downloadContentType(detected)).toBe(sent);
  });
});
