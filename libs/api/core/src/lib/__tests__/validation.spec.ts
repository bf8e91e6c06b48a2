import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsString } from 'class-validator';
import { IsIsoDate, todayUtc } from '../dates';
import { AppError } from '../app-error';
import { createValidationPipe, IsOneLineText, IsSafeText, readInput } from '../validation';

class Sample {
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsString({ each: true })
  dimensions!: string[];

  @IsIsoDate({ from: '1900-01-01', to: 'today' })
  born!: string;

  @IsIsoDate()
  due!: string;
}

const valid = { dimensions: ['SEX'], born: '1990-05-01', due: '2030-01-01' };

/** The problems the global pipe reports for `value`, or [] when it accepts it. */
async function problems(value: Record<string, unknown>): Promise<Array<{ field: string; message: string }>> {
  try {
    await createValidationPipe().transform(value, { type: 'body', metatype: Sample });
    return [];
  } catch (error) {
    // The English messages only: their codes are field-problem-codes.spec.ts's subject.
    return ((error as AppError).extensions['fields'] as Array<{ field: string; message: string }>).map(({ field, message }) => ({ field, message }));
  }
}

describe('the validation pipe says what is wrong in plain words, naming the field', () => {
  it('accepts a valid input', async () => {
    expect(await problems(valid)).toEqual([]);
  });

  it.each([
    [['SEX', 'SEX'], 'dimensions must not list the same value twice'],
    [[], 'dimensions must list at least 1 value'],
    [['SEX', 'AGE_GROUP', 'YEAR'], 'dimensions must list at most 2 values'],
  ])('dimensions %p: "%s"', async (dimensions, message) => {
    expect(await problems({ ...valid, dimensions })).toEqual([{ field: 'dimensions', message }]);
  });

  it.each([
    ['0999-01-01', 'born must be from 1900-01-01 to today (UTC)'],
    ['1899-12-31', 'born must be from 1900-01-01 to today (UTC)'],
    ['1990-02-30', 'born must be a real calendar date YYYY-MM-DD'],
    ['1990-5-1', 'born must be a real calendar date YYYY-MM-DD'],
  ])('a date of birth %p: "%s"', async (born, message) => {
    expect(await problems({ ...valid, born })).toEqual([{ field: 'born', message }]);
  });

  it('a date that must not be in the future takes today (UTC) and refuses tomorrow', async () => {
    const tomorrow = todayUtc(new Date(Date.now() + 24 * 3600 * 1000));
    expect(await problems({ ...valid, born: todayUtc() })).toEqual([]);
    expect(await problems({ ...valid, born: tomorrow })).toEqual([{ field: 'born', message: 'born must be from 1900-01-01 to today (UTC)' }]);
  });

  it.each([
    ['1900-01-01', []],
    ['2100-12-31', []],
    ['1899-12-31', [{ field: 'due', message: 'due must be from 1900-01-01 to 2100-12-31' }]],
    ['2101-01-01', [{ field: 'due', message: 'due must be from 1900-01-01 to 2100-12-31' }]],
  ])('the default range of a calendar date: %p', async (due, expected) => {
    expect(await problems({ ...valid, due })).toEqual(expected);
  });
});

describe('shared text rules refuse a lone UTF-16 surrogate', () => {
  class Texts {
    @IsSafeText()
    body!: string;

    @IsOneLineText()
    subject!: string;
  }
  const fieldsOf = async (value: Record<string, unknown>) => (await readInput(Texts, value)).problems;

  it('names each field holding a lone high or low surrogate', async () => {
    expect(await fieldsOf({ body: 'a\ud800b', subject: 'x\udc00' })).toEqual([
      { field: 'body', message: 'body must be valid Unicode text', code: 'wellFormedText' },
      { field: 'subject', message: 'subject must be valid Unicode text', code: 'wellFormedText' },
    ]);
  });

  it('accepts a surrogate pair (an emoji) and plain text', async () => {
    expect(await fieldsOf({ body: 'parcel \ud83d\udce6 seized', subject: 'Ζ \ud83d\udce6' })).toEqual([]);
  });
});
