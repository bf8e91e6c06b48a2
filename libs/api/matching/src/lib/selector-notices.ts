import { SelectorKind } from '@taskforce/domain/matching';

/** Names of the selector kinds in notifications (English, as the other notification titles). */
export const KIND_NAMES: Record<SelectorKind, string> = {
  [SelectorKind.PHONE]: 'a phone number',
  [SelectorKind.EMAIL]: 'an e-mail address',
  [SelectorKind.IDENTITY_DOCUMENT]: 'an identity document',
  [SelectorKind.IBAN]: 'an IBAN',
  [SelectorKind.ACCOUNT_NUMBER]: 'an account number',
  [SelectorKind.VEHICLE_REGISTRATION]: 'a vehicle registration',
  [SelectorKind.CRYPTO_ADDRESS]: 'a crypto-currency address',
  [SelectorKind.ONLINE_HANDLE]: 'an online handle',
  [SelectorKind.WEB_DOMAIN]: 'a web domain',
};

/** The title of the notice a holder's liaison officers get when `querier` (an acronym, if known) hit `kind` of their lead. */
export function selectorQueriedTitle(querier: string | undefined, kind: SelectorKind): string {
  return `${querier ?? 'Another agency'} asked about ${KIND_NAMES[kind]} of one of your leads`;
}

/** The body of that notice, naming the deconfliction case `caseId`. */
export function selectorQueriedBody(caseId: string): string {
  return `Deconfliction case ${caseId}: decide whether to make contact.`;
}
