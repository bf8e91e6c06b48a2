import { messageId, type MessageRef } from '@taskforce/web-ui';
import type { CryptoNetwork, HandlePlatform, HitMode, IdentityDocumentType, QuerySelectorInput, SelectorKind } from '@taskforce/web-data-access';

/** One choice of a selector field's menu: a message id to translate, or a proper name shown as it is ("Telegram"). */
export interface SelectorOption {
  value: string;
  labelId?: string;
  name?: string;
}

/**
 * An input field of a selector kind (docs/hit-no-hit.md, "API"; libs/domain matching README, "Normalisation"); its
 * label and hint are message ids (catalogue `leads`).
 */
export interface SelectorFieldSpec {
  name: Exclude<keyof QuerySelectorInput, 'kind'>;
  labelId: string;
  hintId?: string;
  /** The kind's main field (the `value` column of a CSV list). */
  main?: boolean;
  optional?: boolean;
  /** An ISO 3166-1 alpha-2 code: sent upper-cased. */
  country?: boolean;
  options?: SelectorOption[];
}

/** Message ids (catalogue `leads`) of the kinds of selector. */
export const SELECTOR_KIND_LABEL_IDS: Record<SelectorKind, string> = {
  PHONE: messageId('selector.kind.phone'),
  EMAIL: messageId('selector.kind.email'),
  IDENTITY_DOCUMENT: messageId('selector.kind.identityDocument'),
  IBAN: messageId('selector.kind.iban'),
  ACCOUNT_NUMBER: messageId('selector.kind.accountNumber'),
  VEHICLE_REGISTRATION: messageId('selector.kind.vehicleRegistration'),
  CRYPTO_ADDRESS: messageId('selector.kind.cryptoAddress'),
  ONLINE_HANDLE: messageId('selector.kind.onlineHandle'),
  WEB_DOMAIN: messageId('selector.kind.webDomain'),
};

const DOCUMENT_TYPES: Record<IdentityDocumentType, SelectorOption> = {
  PASSPORT: { value: 'PASSPORT', labelId: messageId('selector.documentType.passport') },
  NATIONAL_ID: { value: 'NATIONAL_ID', labelId: messageId('selector.documentType.nationalId') },
  RESIDENCE_PERMIT: { value: 'RESIDENCE_PERMIT', labelId: messageId('selector.documentType.residencePermit') },
  OTHER: { value: 'OTHER', labelId: messageId('selector.other') },
};
const NETWORKS: Record<CryptoNetwork, SelectorOption> = {
  BITCOIN: { value: 'BITCOIN', name: 'Bitcoin' },
  LITECOIN: { value: 'LITECOIN', name: 'Litecoin' },
  ETHEREUM: { value: 'ETHEREUM', name: 'Ethereum' },
  EVM_OTHER: { value: 'EVM_OTHER', labelId: messageId('selector.network.evmOther') },
  TRON: { value: 'TRON', name: 'Tron' },
  SOLANA: { value: 'SOLANA', name: 'Solana' },
  MONERO: { value: 'MONERO', name: 'Monero' },
  OTHER: { value: 'OTHER', labelId: messageId('selector.other') },
};
const PLATFORMS: Record<HandlePlatform, SelectorOption> = {
  TELEGRAM: { value: 'TELEGRAM', name: 'Telegram' },
  SIGNAL: { value: 'SIGNAL', name: 'Signal' },
  INSTAGRAM: { value: 'INSTAGRAM', name: 'Instagram' },
  FACEBOOK: { value: 'FACEBOOK', name: 'Facebook' },
  TIKTOK: { value: 'TIKTOK', name: 'TikTok' },
  X: { value: 'X', name: 'X' },
  SNAPCHAT: { value: 'SNAPCHAT', name: 'Snapchat' },
  ONLYFANS: { value: 'ONLYFANS', name: 'OnlyFans' },
  OTHER: { value: 'OTHER', labelId: messageId('selector.platform.other') },
};
const COUNTRY_HINT = messageId('selector.countryHint');

/** The fields of each kind, in form order. */
export const SELECTOR_KIND_FIELDS: Record<SelectorKind, SelectorFieldSpec[]> = {
  PHONE: [
    { name: 'phone', labelId: messageId('selector.kind.phone'), main: true, hintId: messageId('selector.field.phoneHint') },
    { name: 'region', labelId: messageId('selector.field.region'), optional: true, country: true, hintId: messageId('selector.field.regionHint') },
  ],
  EMAIL: [{ name: 'email', labelId: messageId('selector.kind.email'), main: true }],
  IDENTITY_DOCUMENT: [
    { name: 'number', labelId: messageId('selector.field.documentNumber'), main: true },
    { name: 'issuingCountry', labelId: messageId('selector.field.issuingCountry'), country: true, hintId: COUNTRY_HINT },
    { name: 'documentType', labelId: messageId('selector.field.documentType'), options: Object.values(DOCUMENT_TYPES) },
  ],
  IBAN: [{ name: 'iban', labelId: messageId('selector.kind.iban'), main: true }],
  ACCOUNT_NUMBER: [
    { name: 'number', labelId: messageId('selector.kind.accountNumber'), main: true },
    { name: 'country', labelId: messageId('selector.field.country'), optional: true, country: true, hintId: COUNTRY_HINT },
    { name: 'bankCode', labelId: messageId('selector.field.bankCode'), optional: true, hintId: messageId('selector.field.bankCodeHint') },
  ],
  VEHICLE_REGISTRATION: [
    { name: 'country', labelId: messageId('selector.field.registrationCountry'), country: true, hintId: COUNTRY_HINT },
    { name: 'plate', labelId: messageId('selector.field.plate'), main: true },
  ],
  CRYPTO_ADDRESS: [
    { name: 'network', labelId: messageId('selector.field.network'), options: Object.values(NETWORKS) },
    { name: 'address', labelId: messageId('selector.field.address'), main: true },
  ],
  ONLINE_HANDLE: [
    { name: 'platform', labelId: messageId('selector.field.platform'), options: Object.values(PLATFORMS) },
    { name: 'handle', labelId: messageId('selector.field.handle'), main: true },
    { name: 'platformName', labelId: messageId('selector.field.platformName'), optional: true, hintId: messageId('selector.field.platformNameHint') },
  ],
  WEB_DOMAIN: [{ name: 'domain', labelId: messageId('selector.field.domain'), main: true }],
};

/** Values typed in a selector form, by field name. */
export type SelectorFormValues = Partial<Record<SelectorFieldSpec['name'], string>>;

/**
 * The GraphQL input of `kind` from the form's values: that kind's fields only (others typed before a change of kind
 * are dropped), trimmed, country codes upper-cased; an empty optional field left out, an empty required one sent so
 * that the server's error names it.
 */
export function selectorInput(kind: SelectorKind, values: SelectorFormValues): QuerySelectorInput {
  const input: Record<string, string> = {};
  for (const field of SELECTOR_KIND_FIELDS[kind]) {
    const value = (values[field.name] ?? '').trim();
    if (!value && field.optional) continue;
    input[field.name] = field.country ? value.toUpperCase() : value;
  }
  return { kind, ...input } as QuerySelectorInput;
}

/** A list line's errors as shown: each under its CSV column, the line as a whole under "line". */
export function fieldErrorsOf(errors: ReadonlyArray<{ field?: string | null; message: string }>): Array<{ column: string; message: string }> {
  return errors.map((e) => ({ column: e.field ?? 'line', message: e.message }));
}

/** Message ids (catalogue `leads`) of what a hit on a lead's selectors reveals. */
export const HIT_MODE_LABEL_IDS: Record<HitMode, string> = {
  REVEAL_HOLDER: messageId('hitMode.revealHolder'),
  NOTIFY_HOLDER_ONLY: messageId('hitMode.notifyHolderOnly'),
};

/**
 * The largest CSV list the screen sends: the API's default SELECTOR_LIST_MAX_BYTES (2 MiB) for `POST
 * /selectors/query.csv`, room for 10,000 lines of any kind. A server set lower refuses with 413, shown the same way.
 */
export const SELECTOR_LIST_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Why a file cannot be sent as a list (null when it can), as a message for the screen to translate: empty, or larger
 * than SELECTOR_LIST_MAX_BYTES (`kib`: that limit in KiB).
 */
export function listFileProblem(file: { size: number }): MessageRef | null {
  if (file.size === 0) return { id: messageId('hitNoHit.list.empty') };
  if (file.size > SELECTOR_LIST_MAX_BYTES) return { id: messageId('hitNoHit.list.tooLarge'), values: { kib: SELECTOR_LIST_MAX_BYTES / 1024 } };
  return null;
}
