import { HandlingCode } from '@taskforce/domain';
import { ArrayMaxSize, ArrayNotEmpty, IsEmail, IsEnum, IsIn, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, MinLength } from 'class-validator';
import { AppError, FieldProblem } from '../app-error';
import { IsIsoDate } from '../dates';
import { HandlingConditionField } from '../handling-condition.field';
import { createValidationPipe, IsOneLineText, IsSafeText, readInput } from '../validation';
import { missingInputProblems, variableProblems } from '../format-error';

enum Colour {
  RED = 'RED',
}

class Sample {
  @IsString() @IsOneLineText() @MinLength(3, { message: 'title must be at least 3 characters' }) @MaxLength(10) title!: string;
  @IsOptional() @IsSafeText() body?: string;
  @IsOptional() @IsInt() @Min(1) @Max(365) days?: number;
  @IsOptional() @IsIn(['en', 'fr']) language?: string;
  @IsOptional() @IsEnum(Colour) colour?: Colour;
  @IsOptional() @IsEmail() email?: string;
  @IsOptional() @Length(2, 4) code?: string;
  @IsOptional() @ArrayMaxSize(2) tags?: string[];
  @IsOptional() @ArrayNotEmpty() roles?: string[];
  @IsOptional() @IsIsoDate({ from: '1900-01-01', to: 'today' }) born?: string;
  @IsOptional() @IsIsoDate({ from: '2000-01-01', to: '2030-12-31' }) due?: string;
  @IsOptional() @IsEnum(HandlingCode) handlingCode?: HandlingCode;
  @HandlingConditionField() handlingCondition?: string | null;
}

/** The problems the global pipe reports for `value` (as `extensions.fields`), or [] when it accepts it. */
async function problems(value: Record<string, unknown>): Promise<FieldProblem[]> {
  try {
    await createValidationPipe().transform(value, { type: 'body', metatype: Sample });
    return [];
  } catch (error) {
    return (error as AppError).extensions['fields'] as FieldProblem[];
  }
}

const codes = (list: FieldProblem[]) => list.map(({ field, code, values }) => ({ field, code, ...(values ? { values } : {}) }));

describe('each field problem carries a stable code and the values its sentence is written from', () => {
  it('names the constraint and the limits its decorator was given, the English message kept', async () => {
    const found = await problems({ title: 'ab', days: 400, language: 'de', colour: 'BLUE', email: 'x', code: 'abcdef', tags: ['a', 'b', 'c'], roles: [] });
    expect(codes(found)).toEqual([
      { field: 'title', code: 'minLength', values: { min: 3 } },
      { field: 'days', code: 'max', values: { max: 365 } },
      { field: 'language', code: 'isIn', values: { values: 'en, fr' } },
      { field: 'colour', code: 'isEnum' },
      { field: 'email', code: 'isEmail' },
      { field: 'code', code: 'isLength', values: { min: 2, max: 4 } },
      { field: 'tags', code: 'arrayMaxSize', values: { max: 2 } },
      { field: 'roles', code: 'arrayMinSize', values: { min: 1 } },
    ]);
    expect(found[0].message).toBe('title must be at least 3 characters');
  });

  it('gives this project’s own text rules their own codes', async () => {
    expect(codes(await problems({ title: 'a\tbcd', body: 'x\u0000' }))).toEqual([
      { field: 'title', code: 'oneLineText' },
      { field: 'body', code: 'safeText' },
    ]);
  });

  it('tells a date that is not one from a date out of range, with the range', async () => {
    expect(codes(await problems({ title: 'abc', born: '1990-02-30', due: '2031-01-01' }))).toEqual([
      { field: 'born', code: 'isIsoDate' },
      { field: 'due', code: 'dateRange', values: { from: '2000-01-01', to: '2030-12-31' } },
    ]);
    expect(codes(await problems({ title: 'abc', born: '1899-12-31' }))).toEqual([{ field: 'born', code: 'dateRangeToToday', values: { from: '1900-01-01' } }]);
  });

  it('says which rule of the H3 restriction failed', async () => {
    expect(codes(await problems({ title: 'abc', handlingCode: 'H3' }))).toEqual([{ field: 'handlingCondition', code: 'handlingConditionRequired' }]);
    expect(codes(await problems({ title: 'abc', handlingCode: 'H2', handlingCondition: 'only for court' }))).toEqual([{ field: 'handlingCondition', code: 'handlingConditionOnlyH3' }]);
  });

  it('codes the problems a service reads with readInput, as the pipe does', async () => {
    expect(codes((await readInput(Sample, { title: 'abcdefghijkl' })).problems)).toEqual([{ field: 'title', code: 'maxLength', values: { max: 10 } }]);
  });

  it('codes GraphQL’s own refusals', () => {
    expect(variableProblems('Variable "$id" of required type "ID!" was not provided.')).toEqual([{ field: 'id', message: 'id is required', code: 'required' }]);
    expect(variableProblems('Variable "$input" got invalid value 11.5 at "input.k"; Int cannot represent non-integer value: 11.5')[0]).toMatchObject({ field: 'k', code: 'invalidType' });
    expect(variableProblems('Variable "$input" got invalid value "BOGUS" at "input.priority"; Value "BOGUS" does not exist in "TaskPriority" enum.')[0]).toMatchObject({ field: 'priority', code: 'isEnum' });
    expect(variableProblems('Variable "$input" got invalid value {}; Field "x" is not defined by type "TableInput".')[0]).toMatchObject({ field: 'x', code: 'unknownField' });
    expect(missingInputProblems('Field "CreateTaskInput.title" of required type "String!" was not provided.')).toEqual([{ field: 'title', message: 'title is required', code: 'required' }]);
  });
});
