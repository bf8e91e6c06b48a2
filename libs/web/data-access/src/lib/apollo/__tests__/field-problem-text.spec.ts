/// <reference types="node" />
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { getConfig } from '@lingui/conf';
import { setupI18n, type I18n } from '@lingui/core';
import { join } from 'node:path';
import { fieldProblemText } from '../field-problem-text';
import { describeApiError, invalidFields } from '../graphql-errors';

// Lingui's own catalogue reader and ICU compiler, as the catalogue check uses them (their types come through `exports`).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { getCatalogs } = require('@lingui/cli/api') as {
  getCatalogs(config: unknown): Promise<Array<{ path: string; read(locale: string): Promise<Record<string, { translation?: string }> | undefined> }>>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compileMessageOrThrow } = require('@lingui/message-utils/compileMessage') as { compileMessageOrThrow(message: string): unknown };

const ROOT = join(__dirname, '../../../../../../..');

/** The real `shell` catalogue of `locale`, compiled, in a Lingui instance. */
async function shellIn(locale: string): Promise<I18n> {
  const config = getConfig({ configPath: join(ROOT, 'lingui.config.ts'), skipValidation: true });
  const shell = (await getCatalogs(config)).find((c) => c.path.endsWith('/shell'));
  const messages = Object.fromEntries(Object.entries((await shell?.read(locale)) ?? {}).map(([id, m]) => [id, compileMessageOrThrow(m.translation ?? '')]));
  const i18n = setupI18n();
  i18n.load(locale, messages as never);
  i18n.activate(locale);
  return i18n;
}

const badInput = (fields: unknown[]) => new CombinedGraphQLErrors({ data: null, errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields } }] });

describe('field problems written in the person’s language from their code and values', () => {
  let fr: I18n;
  let ar: I18n;
  beforeAll(async () => {
    fr = await shellIn('fr');
    ar = await shellIn('ar');
  }, 60_000);
  const french = (id: string, values?: Record<string, unknown>) => fr._(id, values);

  it.each([
    [{ code: 'required' }, 'Ce champ est obligatoire.'],
    [{ code: 'minLength', values: { min: 3 } }, 'Au moins 3 caractères.'],
    [{ code: 'minLength', values: { min: 1 } }, 'Au moins 1 caractère.'],
    [{ code: 'maxLength', values: { max: 200 } }, 'Au plus 200 caractères.'],
    [{ code: 'isLength', values: { min: 2, max: 4 } }, 'De 2 à 4 caractères.'],
    [{ code: 'max', values: { max: 365 } }, 'Doit être inférieur ou égal à 365.'],
    [{ code: 'arrayMinSize', values: { min: 2 } }, 'Choisissez au moins 2 valeurs.'],
    [{ code: 'isIn', values: { values: 'en, fr' } }, 'Doit être l’une des valeurs suivantes\u00a0: en, fr.'],
    [{ code: 'dateRange', values: { from: '1800-01-01', to: '2100-12-31' } }, 'Doit être une date du 1800-01-01 au 2100-12-31.'],
    [{ code: 'dateRangeToToday', values: { from: '1900-01-01' } }, 'Doit être une date comprise entre le 1900-01-01 et aujourd’hui (UTC).'],
    [{ code: 'oneLineText' }, 'Doit tenir sur une ligne, sans saut de ligne, tabulation ni autre caractère de contrôle.'],
    [{ code: 'isCountryCode' }, 'Saisissez un code pays ISO 3166-1 à deux lettres, par exemple NL.'],
    [{ code: 'handlingConditionRequired' }, 'Le code de traitement H3 exige la restriction indiquée par le fournisseur.'],
  ])('%p in French', (problem, expected) => {
    expect(fieldProblemText(french, { field: 'x', message: 'English from the API', ...problem })).toBe(expected);
  });

  it('uses Arabic plural forms', () => {
    expect(fieldProblemText((id, v) => ar._(id, v), { field: 'title', message: 'x', code: 'minLength', values: { min: 3 } })).toBe('3 أحرف على الأقل.');
  });

  it('falls back to the English message for an unknown code, no code, or a code without the values it needs', () => {
    expect(fieldProblemText(french, { field: 'x', message: 'the share has already ended', code: 'shareEnded' })).toBe('the share has already ended');
    expect(fieldProblemText(french, { field: 'x', message: 'no agency with this id' })).toBe('no agency with this id');
    expect(fieldProblemText(french, { field: 'x', message: 'title must be at least 3 characters', code: 'minLength' })).toBe('title must be at least 3 characters');
  });

  it('invalidFields and describeApiError write every field of an error in the person’s language', () => {
    const error = badInput([
      { field: 'title', message: 'title must be at least 3 characters', code: 'minLength', values: { min: 3 } },
      { field: 'title', message: 'title must be one line', code: 'oneLineText' },
      { field: 'agencyId', message: 'the agency already takes part in this joint operation' },
    ]);
    expect(invalidFields(error, french)).toEqual({
      title: 'Au moins 3 caractères. Doit tenir sur une ligne, sans saut de ligne, tabulation ni autre caractère de contrôle.',
      agencyId: 'the agency already takes part in this joint operation',
    });
    expect(invalidFields(error)['title']).toBe('title must be at least 3 characters title must be one line');
    expect(describeApiError(badInput([{ field: 'days', message: 'days must not be greater than 365', code: 'max', values: { max: 365 } }]), 'Échec.', french)).toBe(
      'Doit être inférieur ou égal à 365.',
    );
  });

  it('describeApiError with the screen’s translator writes the other codes from the catalogue too', () => {
    const forbidden = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'Only coordinators may do this', extensions: { code: 'FORBIDDEN' } }] });
    expect(describeApiError(forbidden, 'Échec.', french)).toBe('Vous n’êtes pas autorisé à faire cela.');
    const unknown = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'relation "x" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(describeApiError(unknown, 'Échec.', french)).toBe('Échec.');
  });
});
