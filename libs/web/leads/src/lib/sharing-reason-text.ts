import type { Translate } from '@taskforce/web-data-access';
import { currentFormatLocale, labelFrom, messageId } from '@taskforce/web-ui';
import { categoryListText, SHARING_PURPOSE_LABEL_IDS } from './lead-messages';

/** What a sharing reason is written from: its code, the English sentence, and the values (API `textValues`). */
export interface SharingReasonSource {
  code: string;
  text: string;
  textValues?: ReadonlyArray<{ name: string; value: string }> | null;
}

// The sentence of each reason code (catalogue `leads`); the rule's own text is quoted after it as written.
const REASON_IDS: Readonly<Record<string, string>> = {
  SAME_AGENCY: messageId('lead.reason.SAME_AGENCY'),
  INVALID_INPUT: messageId('lead.reason.INVALID_INPUT'),
  TLP_RED_NAMED_RECIPIENT: messageId('lead.reason.TLP_RED_NAMED_RECIPIENT'),
  TLP_RED_NOT_NAMED: messageId('lead.reason.TLP_RED_NOT_NAMED'),
  TLP_OUTSIDE_COMMUNITY: messageId('lead.reason.TLP_OUTSIDE_COMMUNITY'),
  TLP_AMBER_STRICT_OUTSIDE_ORGANISATION: messageId('lead.reason.TLP_AMBER_STRICT_OUTSIDE_ORGANISATION'),
  TLP_AMBER_BEYOND_NEED_TO_KNOW: messageId('lead.reason.TLP_AMBER_BEYOND_NEED_TO_KNOW'),
  H0_PURPOSE_NOT_CRIME_FIGHTING: messageId('lead.reason.H0_PURPOSE_NOT_CRIME_FIGHTING'),
  H1_JUDICIAL_USE_NEEDS_PERMISSION: messageId('lead.reason.H1_JUDICIAL_USE_NEEDS_PERMISSION'),
  H2_ONWARD_NEEDS_PERMISSION: messageId('lead.reason.H2_ONWARD_NEEDS_PERMISSION'),
  H3_ONWARD_NEEDS_CHECK: messageId('lead.reason.H3_ONWARD_NEEDS_CHECK'),
  H0_PURPOSE_LIMITATION: messageId('lead.reason.H0_PURPOSE_LIMITATION'),
  H1_NO_JUDICIAL_USE: messageId('lead.reason.H1_NO_JUDICIAL_USE'),
  H2_NO_ONWARD_SHARING: messageId('lead.reason.H2_NO_ONWARD_SHARING'),
  H3_CONDITION: messageId('lead.reason.H3_CONDITION'),
  AGREEMENT_APPLIES: messageId('lead.reason.AGREEMENT_APPLIES'),
  AGREEMENT_CATEGORY_NOT_COVERED: messageId('lead.reason.AGREEMENT_CATEGORY_NOT_COVERED'),
  AGREEMENT_NOT_YET_IN_FORCE: messageId('lead.reason.AGREEMENT_NOT_YET_IN_FORCE'),
  AGREEMENT_EXPIRED: messageId('lead.reason.AGREEMENT_EXPIRED'),
  AGREEMENT_SUSPENDED: messageId('lead.reason.AGREEMENT_SUSPENDED'),
  AGREEMENT_PURPOSE_NOT_COVERED: messageId('lead.reason.AGREEMENT_PURPOSE_NOT_COVERED'),
  NO_AGREEMENT: messageId('lead.reason.NO_AGREEMENT'),
  NO_DOMESTIC_BASIS: messageId('lead.reason.NO_DOMESTIC_BASIS'),
  RULE_LEGAL_BASIS: messageId('lead.reason.RULE_LEGAL_BASIS'),
  RULE_SATISFIED: messageId('lead.reason.RULE_SATISFIED'),
  RULE_REDACTS: messageId('lead.reason.RULE_REDACTS'),
  RULE_REQUIRES_APPROVAL: messageId('lead.reason.RULE_REQUIRES_APPROVAL'),
  RULE_DENIES: messageId('lead.reason.RULE_DENIES'),
};

const WHY_IDS: Readonly<Record<string, string>> = {
  AGREEMENT_USED: messageId('lead.reason.why.AGREEMENT_USED'),
  NO_AGREEMENT: messageId('lead.reason.why.NO_AGREEMENT'),
  PURPOSE_NOT_PERMITTED: messageId('lead.reason.why.PURPOSE_NOT_PERMITTED'),
};

// Codes whose sentence needs no value; any other code sent without values (a reason recorded before they were kept)
// is shown as the server's English text.
const WITHOUT_VALUES = new Set(['INVALID_INPUT', 'H0_PURPOSE_LIMITATION']);

/** A purpose's name as read inside a sentence (lower case where the language has case). */
function purposeWord(translate: Translate, purpose: string): string {
  const label = labelFrom(translate, SHARING_PURPOSE_LABEL_IDS, purpose);
  return label.toLocaleLowerCase(currentFormatLocale() ?? 'en');
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase(currentFormatLocale() ?? 'en') + text.slice(1);
}

/**
 * A reason of a sharing decision in the reader's language, from its code and values (libs/domain `ReasonValues`):
 * data categories and purposes by their translated names, names, ids, dates and what people wrote (a rule's text, a
 * national law, an H3 condition) as they are; a rule's text quoted after the sentence. The server's English `text`
 * for a code this client does not know or a reason recorded without values.
 */
export function sharingReasonText(translate: Translate, reason: SharingReasonSource): string {
  const id = REASON_IDS[reason.code];
  const raw = Object.fromEntries((reason.textValues ?? []).map(({ name, value }) => [name, value]));
  if (!id || (!Object.keys(raw).length && !WITHOUT_VALUES.has(reason.code))) return reason.text;
  const list = (codes: string | undefined) => (codes ? codes.split(',').filter(Boolean) : []);
  const categories = list(raw['categories']);
  const values: Record<string, string> = {
    ...raw,
    categories: categoryListText(translate, categories),
    hasCategories: categories.length ? 'yes' : 'no',
    purpose: raw['purpose'] ? purposeWord(translate, raw['purpose']) : '',
    purposes: list(raw['purposes'])
      .map((p) => purposeWord(translate, p))
      .join(', '),
    recorded: raw['condition'] ? 'yes' : 'no',
    hasArticle: raw['article'] ? 'yes' : 'no',
  };
  const whyId = raw['why'] ? WHY_IDS[raw['why']] : undefined;
  values['why'] = whyId ? translate(messageId('lead.reason.because'), { why: translate(whyId, values) }) : '';
  const sentence = capitalised(translate(id, values));
  return raw['ruleText'] !== undefined ? `${sentence} ${translate(messageId('lead.reason.ruleQuote'), values)}` : sentence;
}
