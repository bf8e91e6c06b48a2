import { PassThrough } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { csvContentTypeRefusal, readListBody } from '../selector-list-body';

/** A request whose body is `chunks`, with `headers`. */
function request(chunks: Buffer[], headers: Record<string, string> = {}): IncomingMessage {
  const stream = new PassThrough() as unknown as IncomingMessage & PassThrough;
  Object.assign(stream, { headers, complete: false });
  stream.on('end', () => Object.assign(stream, { complete: true }));
  setImmediate(() => {
    for (const c of chunks) stream.write(c);
    stream.end();
  });
  return stream;
}

describe('the body of a selector list upload', () => {
  it('takes text/csv without a charset or in UTF-8, and refuses anything else with 415', () => {
    for (const type of ['text/csv', 'TEXT/CSV; charset=UTF-8', 'text/csv;charset="utf-8"', 'text/csv; header=present']) expect(csvContentTypeRefusal(type)).toBeNull();
    for (const type of [undefined, '', 'application/json', 'text/plain', 'multipart/form-data; boundary=x', 'text/csv; charset=latin1']) {
      expect(csvContentTypeRefusal(type)).toMatchObject({ status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    }
  });

  it('reads a body of exactly the limit, a BOM kept for the CSV reader', async () => {
    const text = '\uFEFFkind,value\nEMAIL,ana.pop@example.ro\n';
    const bytes = Buffer.byteLength(text);
    await expect(readListBody(request([Buffer.from(text.slice(0, 5)), Buffer.from(text.slice(5))]), bytes)).resolves.toEqual({ text });
  });

  it('refuses one byte more with 413 naming the limit, declared or not', async () => {
    const refusal = { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: 'The CSV file is larger than the 1 KiB (1024 bytes) a list may have' } };
    await expect(readListBody(request([Buffer.alloc(1000, 'a'), Buffer.alloc(25, 'a')]), 1024)).resolves.toEqual({ refusal });
    await expect(readListBody(request([], { 'content-length': '1025' }), 1024)).resolves.toEqual({ refusal });
  });

  it('refuses bytes that are not UTF-8, naming csv', async () => {
    const res = await readListBody(request([Buffer.from([0x6b, 0x69, 0xff, 0x0a])]), 1024);
    expect(res).toEqual({ refusal: { status: 400, body: { code: 'BAD_USER_INPUT', message: 'Invalid input — csv: The CSV file is not UTF-8 text', fields: [{ field: 'csv', message: 'The CSV file is not UTF-8 text' }] } } });
  });
});
