import { plainFieldMessages } from '../plain-field-messages';

describe('server field messages in plain words', () => {
  it('names the fields as the form does and starts with a capital', () => {
    expect(
      plainFieldMessages({
        endsOn: 'endsOn must be on or after startsOn',
        legalBasisCitation: 'legalBasisCitation must be one line, without line breaks, tabs or other control characters',
      }),
    ).toEqual({
      endsOn: 'The end date must be on or after the start date',
      legalBasisCitation: 'The citation must be one line, without line breaks, tabs or other control characters',
    });
  });

  it('replaces a plain-word field name only where it opens the message', () => {
    expect(
      plainFieldMessages({
        userId: 'a co-coordinator must be an active person holding the COORDINATOR role in a participating agency',
        name: 'name must be at least 3 characters',
      }),
    ).toEqual({
      userId: 'A co-coordinator must be an active person holding the COORDINATOR role in a participating agency',
      name: 'The name must be at least 3 characters',
    });
  });

  it('leaves words that merely contain a field name, and unknown fields, as they are', () => {
    expect(plainFieldMessages({ countries: 'unknown ISO 3166-1 codes: QQ', other: 'renamed must differ' })).toEqual({
      countries: 'Unknown ISO 3166-1 codes: QQ',
      other: 'Renamed must differ',
    });
  });
});
