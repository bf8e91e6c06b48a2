import { caseRecordsScope, csvCommentValue, csvField, csvHeaderBlock, toCsv, toCsvWithHeader, utcSeconds } from '../csv';

describe('CSV writing', () => {
  it('quotes only what needs quoting, doubling quotes (RFC 4180)', () => {
    expect(csvField('Netherlands')).toBe('Netherlands');
    expect(csvField('Korea, Republic of')).toBe('"Korea, Republic of"');
    expect(csvField('the "Palermo" Protocol')).toBe('"the ""Palermo"" Protocol"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvField('+31 20')).toBe("'+31 20");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('-5')).toBe('-5');
  });

  it('ends every row with CRLF', () => {
    expect(toCsv([['sex', 'value'], ['FEMALE', 'suppressed (< 11)'], ['Total', '12']])).toBe('sex,value\r\nFEMALE,suppressed (< 11)\r\nTotal,12\r\n');
    expect(toCsv([])).toBe('');
  });
});

describe('CSV header block', () => {
  const at = new Date(Date.UTC(2026, 11, 4, 17, 30, 5, 250));

  it('names scope, operation id, k, each source and the UTC time, then one empty line before the table', () => {
    const text = toCsvWithHeader(
      { scope: 'Joint Operation Danube Route', operationId: 'op-1', k: 11, sources: ['Case records entered by task-force agencies', 'CTDC, IOM'], generatedAt: at },
      [['sex', 'value'], ['Total', '12']],
    );
    expect(text).toBe(
      '# scope: Joint Operation Danube Route\r\n' +
        '# operation id: op-1\r\n' +
        '# small-cell threshold k: 11\r\n' +
        '# source: Case records entered by task-force agencies\r\n' +
        '# source: CTDC, IOM\r\n' +
        '# generated at: 2026-12-04T17:30:05Z\r\n' +
        '\r\n' +
        'sex,value\r\nTotal,12\r\n',
    );
  });

  it('leaves out the operation id line without one, and says when no small-cell protection applies', () => {
    expect(csvHeaderBlock({ scope: 'Romania (RO), public data', k: null, sources: ['UNODC, Global Report on Trafficking in Persons'], generatedAt: at })).toBe(
      '# scope: Romania (RO), public data\r\n# small-cell threshold k: not applied (no small-cell protected figures)\r\n# source: UNODC, Global Report on Trafficking in Persons\r\n# generated at: 2026-12-04T17:30:05Z\r\n\r\n',
    );
  });

  it('refuses an export that cites no source, and leaves blank sources out', () => {
    expect(() => csvHeaderBlock({ scope: 'x', k: 11, sources: [], generatedAt: at })).toThrow(RangeError);
    expect(() => toCsvWithHeader({ scope: 'x', k: 11, sources: [' ', '\r\n'], generatedAt: at }, [['a']])).toThrow(/at least one source/);
    expect(csvHeaderBlock({ scope: 'x', k: 11, sources: ['', 'CTDC'], generatedAt: at }).split('\r\n').filter((l) => l.startsWith('# source'))).toEqual(['# source: CTDC']);
  });

  it('keeps every header value on its line and defuses formulas a spreadsheet would start after a comma', () => {
    expect(csvCommentValue('Op\r\nNew\u2028line\tname')).toBe('Op New line name');
    expect(csvCommentValue('Op, =HYPERLINK("x"),+1, @a')).toBe("Op, '=HYPERLINK(\"x\"),'+1, '@a");
    const block = csvHeaderBlock({ scope: 'a\nb', k: 11, sources: ['s\r\n1'], generatedAt: at });
    expect(block.split('\r\n')).toEqual(['# scope: a b', '# small-cell threshold k: 11', '# source: s 1', '# generated at: 2026-12-04T17:30:05Z', '', '']);
  });

  it('says after k that figures carry noise only when an adjustment is given', () => {
    const lines = (adjustment?: string | null) => csvHeaderBlock({ scope: 'x', k: 11, adjustment, sources: ['CTDC'], generatedAt: at }).split('\r\n');
    expect(lines('noise of at most 10, the same everywhere').slice(1, 3)).toEqual(['# small-cell threshold k: 11', '# adjustment: noise of at most 10, the same everywhere']);
    expect(lines(null).some((l) => l.startsWith('# adjustment'))).toBe(false);
    expect(lines(undefined).some((l) => l.startsWith('# adjustment'))).toBe(false);
  });

  it('writes UTC to the second with Z, whatever the time zone', () => {
    expect(utcSeconds(new Date('2026-12-04T18:30:05.999+01:00'))).toBe('2026-12-04T17:30:05Z');
  });
});

describe('caseRecordsScope', () => {
  it('agencies’ records: the task force as the viewer’s agency may see it; a public data set: the whole of it, for everyone', () => {
    expect(caseRecordsScope('agency', 'RO-DIOC')).toBe('Task force as RO-DIOC may see it (records outside joint operations and in those RO-DIOC takes part in)');
    expect(caseRecordsScope('ctdc', 'RO-DIOC')).toBe('Whole public data set ctdc (the same for every agency)');
    expect(caseRecordsScope('ctdc', 'NG-NATA')).toBe(caseRecordsScope('ctdc', 'RO-DIOC'));
  });
});
