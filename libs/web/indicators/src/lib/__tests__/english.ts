/// <reference types="node" />
import { setupI18n } from '@lingui/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '../translate';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compileMessage } = require('@lingui/message-utils/compileMessage') as { compileMessage(message: string): unknown };

const LOCALES = join(__dirname, '../../../../ui/src/locales/en');

/** The msgid → msgstr pairs of one English catalogue (single-line entries, as the catalogues are written). */
function readPo(area: string): Record<string, string> {
  const text = readFileSync(join(LOCALES, `${area}.po`), 'utf8');
  const pairs: Record<string, string> = {};
  for (const match of text.matchAll(/^msgid "((?:[^"\\]|\\.)+)"\nmsgstr "((?:[^"\\]|\\.)*)"$/gm)) pairs[match[1]] = JSON.parse(`"${match[2]}"`);
  return pairs;
}

/** A translator into English from the shell and indicators catalogues, as the screens' `_` is once they are loaded. */
export function englishTranslator(): Translate {
  const i18n = setupI18n();
  i18n.setMessagesCompiler(compileMessage as never);
  i18n.loadAndActivate({ locale: 'en', messages: { ...readPo('shell'), ...readPo('indicators') } });
  return (id, values) => i18n._(id, values);
}
