/// <reference types="node" />
import { getConfig } from '@lingui/conf';
import { setupI18n, type I18n } from '@lingui/core';
import { join } from 'node:path';
import { sharingReasonText, type SharingReasonSource } from '../sharing-reason-text';

// Lingui's own catalogue reader and ICU compiler, as the catalogue check uses them (their types come through `exports`).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { getCatalogs } = require('@lingui/cli/api') as {
  getCatalogs(config: unknown): Promise<Array<{ path: string; read(locale: string): Promise<Record<string, { translation?: string }> | undefined> }>>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compileMessageOrThrow } = require('@lingui/message-utils/compileMessage') as { compileMessageOrThrow(message: string): unknown };

const ROOT = join(__dirname, '../../../../../..');

/** The real `leads` catalogue of `locale`, compiled, in a Lingui instance. */
async function leadsIn(locale: string): Promise<I18n> {
  const config = getConfig({ configPath: join(ROOT, 'lingui.config.ts'), skipValidation: true });
  const leads = (await getCatalogs(config)).find((c) => c.path.endsWith('/leads'));
  const messages = Object.fromEntries(Object.entries((await leads?.read(locale)) ?? {}).map(([id, m]) => [id, compileMessageOrThrow(m.translation ?? '')]));
  const i18n = setupI18n();
  i18n.load(locale, messages as never);
  i18n.activate(locale);
  return i18n;
}

const NBSP = '\u00a0';
const RULE_TEXT = "Victims' personal data leaves the Netherlands only under an agreement in force that covers it.";
const reason = (code: string, values: Record<string, string>, text = 'English sentence from the API'): SharingReasonSource => ({
  code,
  text,
  textValues: Object.entries(values).map(([name, value]) => ({ name, value })),
});

describe('sharing reasons written in the reader’s language from their code and values', () => {
  let fr: I18n;
  beforeAll(async () => {
    fr = await leadsIn('fr');
  }, 60_000);
  const write = (r: SharingReasonSource) => sharingReasonText((id, v) => fr._(id, v), r);

  it('the agreement used, with its article and the purpose by its French name', () => {
    const applies = reason('AGREEMENT_APPLIES', { agreement: 'UNTOC', title: 'United Nations Convention against Transnational Organized Crime', article: 'art. 18 and 27', sender: 'NL', recipient: 'TH', purpose: 'INVESTIGATION' });
    expect(write(applies)).toBe(
      `Base juridique${NBSP}: United Nations Convention against Transnational Organized Crime, art. 18 and 27 (UNTOC), en vigueur entre NL et TH pour la finalité «${NBSP}enquête${NBSP}».`,
    );
  });

  it('a rule that removes victim data, with why, quoting the rule as the administrator wrote it', () => {
    const redacts = reason('RULE_REDACTS', { why: 'NO_AGREEMENT', sender: 'NL', recipient: 'TH', purpose: 'INVESTIGATION', categories: 'VICTIM_PERSONAL_DATA', rule: 'NL-2', version: '2', ruleText: RULE_TEXT });
    expect(write(redacts)).toBe(
      `Données personnelles des victimes supprimées — règle NL-2, aucun accord en vigueur entre NL et TH ne couvre les données personnelles des victimes pour la finalité «${NBSP}enquête${NBSP}». Règle NL-2 (version 2)${NBSP}: ${RULE_TEXT}`,
    );
  });

  it('an approval a rule asks for the whole lead, and markings naming agencies', () => {
    expect(write(reason('RULE_REQUIRES_APPROVAL', { categories: '', rule: 'ZA-1', version: '1', ruleText: 'Ask first.' }))).toBe(
      `L’approbation de l’auteur est nécessaire — règle ZA-1. Règle ZA-1 (version 1)${NBSP}: Ask first.`,
    );
    expect(write(reason('TLP_RED_NOT_NAMED', { label: 'TLP:RED', recipient: 'Carpathian Anti-Trafficking Directorate' }))).toBe(
      `TLP:RED est réservé aux destinataires nommés, et l’auteur n’a pas nommé Carpathian Anti-Trafficking Directorate${NBSP}; seul l’auteur peut l’ajouter aux destinataires nommés.`,
    );
    expect(write(reason('H3_CONDITION', { originator: 'Noordzee Regional Police', condition: 'Only for the Danube case' }))).toBe(`H3${NBSP}: Only for the Danube case`);
    expect(write(reason('AGREEMENT_PURPOSE_NOT_COVERED', { agreement: 'UNTOC', title: 'UNTOC', from: '2003-09-29', to: '', purposes: 'INVESTIGATION,PROSECUTION' }))).toBe(
      `UNTOC (UNTOC) ne couvre pas cette finalité (il couvre${NBSP}: enquête, poursuites).`,
    );
  });

  it('shows the English text of a reason recorded without values, or of an unknown code', () => {
    expect(write({ code: 'RULE_REDACTS', text: 'Victim personal data removed — rule NL-2', textValues: [] })).toBe('Victim personal data removed — rule NL-2');
    expect(write(reason('SOMETHING_NEW', { a: 'b' }, 'A new kind of reason'))).toBe('A new kind of reason');
  });
});
