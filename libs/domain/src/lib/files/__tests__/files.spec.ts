import { canReattachFile, downloadContentType, FileAttachmentKind, fileDeletionReasonProblem, leadFilesReadable, storedFileName } from '../files';

describe('stored file names', () => {
  it.each([
    ['witness-statement.pdf', 'witness-statement.pdf'],
    ['C:\\Users\\ana\\Desktop\\bank records 2025.xlsx', 'bank records 2025.xlsx'],
    ['../../etc/passwd', 'passwd'],
    ['phone:extraction?.zip', 'phone_extraction_.zip'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['\u2067report\u2069\u200B.pdf\uFEFF', 'report.pdf'],
    ['تقرير\u200F.pdf', 'تقرير\u200F.pdf'],
    ['line\nbreak.txt', 'line_break.txt'],
    ['ledger\u007F2025.xlsx', 'ledger_2025.xlsx'],
    ['a\u0080b\u0085c\u009Fd.txt', 'a_b_c_d.txt'],
    ['kept\u00A0\u00E9.txt', 'kept\u00A0\u00E9.txt'],
    ['..', 'file'],
    ['', 'file'],
    // Over 200 characters: the base name is shortened and the extension (at most 16 characters with its dot) kept.
    ['x'.repeat(250) + '.jpg', 'x'.repeat(196) + '.jpg'],
    ['y'.repeat(199) + '.xlsx', 'y'.repeat(195) + '.xlsx'],
    ['z'.repeat(196) + '.pdf', 'z'.repeat(196) + '.pdf'],
    ['report ' + 'w'.repeat(200) + '.tar.gz', 'report ' + 'w'.repeat(190) + '.gz'],
    ['a'.repeat(190) + '.' + 'e'.repeat(15), 'a'.repeat(184) + '.' + 'e'.repeat(15)],
    ['a'.repeat(190) + '.' + 'e'.repeat(16), ('a'.repeat(190) + '.' + 'e'.repeat(16)).slice(0, 200)],
    // 255 bytes at most: '.txt' takes 4, each 📄 4 (UTF-8), so 62 of them fit (251 / 4).
    ['📄'.repeat(70) + '.txt', '📄'.repeat(62) + '.txt'],
    ['é'.repeat(150) + '.docx', 'é'.repeat(125) + '.docx'],
    ['.' + 'h'.repeat(250), '.' + 'h'.repeat(199)],
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

describe('files attached to a lead', () => {
  it.each([
    ['the originating agency (no share)', null, true],
    ['a recipient whose share removes nothing', { redactedCategories: [] }, true],
    ['a recipient whose share removes suspects', { redactedCategories: ['SUSPECT_PERSONAL_DATA'] }, false],
    ['a recipient whose share removes two categories', { redactedCategories: ['VICTIM_PERSONAL_DATA', 'LOCATION_DATA'] }, false],
  ])('%s reads them: %p', (_who, share, readable) => {
    expect(leadFilesReadable(share)).toBe(readable);
  });
});

describe('moving a file to another record', () => {
  const uploader = { userId: 'u-1' };
  it.each([
    ['its uploader, off a task', uploader, FileAttachmentKind.TASK, true],
    ['its uploader, off a request', uploader, FileAttachmentKind.INFORMATION_REQUEST, true],
    ['its uploader, off a lead', uploader, FileAttachmentKind.LEAD, false],
    ['someone else, off a task', { userId: 'u-2' }, FileAttachmentKind.TASK, false],
  ])('%s: %p', (_case, actor, attachedKind, allowed) => {
    expect(canReattachFile(actor, { uploadedById: 'u-1', attachedKind })).toBe(allowed);
  });
});

describe('the reason for deleting a file', () => {
  it.each([
    ['', 'reason must be at least 3 characters: why the content is deleted'],
    ['  ab ', 'reason must be at least 3 characters: why the content is deleted'],
    ['a\u200Bb', 'reason must be at least 3 characters: why the content is deleted'],
    ['abc', null],
    [' Uploaded twice ', null],
    ['r'.repeat(500), null],
    ['r'.repeat(501), 'reason must be at most 500 characters'],
  ])('%p: %p', (reason, problem) => {
    expect(fileDeletionReasonProblem(reason)).toBe(problem);
  });
});
