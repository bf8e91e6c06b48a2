import type { CryptoNetwork, HandlePlatform, HitMode, IdentityDocumentType, QuerySelectorInput, SelectorKind } from '@taskforce/web-data-access';

/** An input field of a selector kind (docs/hit-no-hit.md, "API"; libs/domain matching README, "Normalisation"). */
export interface SelectorFieldSpec {
  name: Exclude<keyof QuerySelectorInput, 'kind'>;
  label: string;
  hint?: string;
  /** The kind's main field (the `value` column of a CSV list). */
  main?: boolean;
  optional?: boolean;
  /** An ISO 3166-1 alpha-2 code: sent upper-cased. */
  country?: boolean;
  options?: Array<{ value: string; label: string }>;
}

export const SELECTOR_KIND_LABELS: Record<SelectorKind, string> = {
  PHONE: 'Phone number',
  EMAIL: 'E-mail address',
  IDENTITY_DOCUMENT: 'Identity document',
  IBAN: 'IBAN',
  ACCOUNT_NUMBER: 'Account number',
  VEHICLE_REGISTRATION: 'Vehicle registration',
  CRYPTO_ADDRESS: 'Crypto-currency address',
  ONLINE_HANDLE: 'Online handle',
  WEB_DOMAIN: 'Web domain',
};

const DOCUMENT_TYPES: Record<IdentityDocumentType, string> = { PASSPORT: 'Passport', NATIONAL_ID: 'National identity card', RESIDENCE_PERMIT: 'Residence permit', OTHER: 'Other' };
const NETWORKS: Record<CryptoNetwork, string> = {
  BITCOIN: 'Bitcoin',
  LITECOIN: 'Litecoin',
  ETHEREUM: 'Ethereum',
  EVM_OTHER: 'Other EVM chain',
  TRON: 'Tron',
  SOLANA: 'Solana',
  MONERO: 'Monero',
  OTHER: 'Other',
};
const PLATFORMS: Record<HandlePlatform, string> = {
  TELEGRAM: 'Telegram',
  SIGNAL: 'Signal',
  INSTAGRAM: 'Instagram',
  FACEBOOK: 'Facebook',
  TIKTOK: 'TikTok',
  X: 'X',
  SNAPCHAT: 'Snapchat',
  ONLYFANS: 'OnlyFans',
  OTHER: 'Other (name it)',
};
const optionsOf = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const COUNTRY_HINT = 'ISO 3166-1 alpha-2 code, e.g. RO';

/** The fields of each kind, in form order. */
export const SELECTOR_KIND_FIELDS: Record<SelectorKind, SelectorFieldSpec[]> = {
  PHONE: [
    { name: 'phone', label: 'Phone number', main: true, hint: 'With its country code, or national as dialled in the region below' },
    { name: 'region', label: 'Region of a national number', optional: true, country: true, hint: `${COUNTRY_HINT}; default: your agency’s country` },
  ],
  EMAIL: [{ name: 'email', label: 'E-mail address', main: true }],
  IDENTITY_DOCUMENT: [
    { name: 'number', label: 'Document number', main: true },
    { name: 'issuingCountry', label: 'Issuing country', country: true, hint: COUNTRY_HINT },
    { name: 'documentType', label: 'Document type', options: optionsOf(DOCUMENT_TYPES) },
  ],
  IBAN: [{ name: 'iban', label: 'IBAN', main: true }],
  ACCOUNT_NUMBER: [
    { name: 'number', label: 'Account number', main: true },
    { name: 'country', label: 'Country', optional: true, country: true, hint: COUNTRY_HINT },
    { name: 'bankCode', label: 'Bank code', optional: true, hint: 'Routing, sort or BIC code' },
  ],
  VEHICLE_REGISTRATION: [
    { name: 'country', label: 'Country of registration', country: true, hint: COUNTRY_HINT },
    { name: 'plate', label: 'Plate', main: true },
  ],
  CRYPTO_ADDRESS: [
    { name: 'network', label: 'Network', options: optionsOf(NETWORKS) },
    { name: 'address', label: 'Address', main: true },
  ],
  ONLINE_HANDLE: [
    { name: 'platform', label: 'Platform', options: optionsOf(PLATFORMS) },
    { name: 'handle', label: 'Handle', main: true },
    { name: 'platformName', label: 'Platform name', optional: true, hint: 'When the platform is Other' },
  ],
  WEB_DOMAIN: [{ name: 'domain', label: 'Domain or address', main: true }],
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

export const HIT_MODE_LABELS: Record<HitMode, string> = {
  REVEAL_HOLDER: 'Reveal your agency as holder',
  NOTIFY_HOLDER_ONLY: 'Notify your liaison officers only',
};

/**
 * The largest CSV list the API takes in one request: its request body limit (100 KiB of JSON, apps/api create-app.ts),
 * less room for the query text and the escaping of line ends.
 */
export const SELECTOR_LIST_MAX_BYTES = 96 * 1024;

/** Why a file cannot be sent as a list (null when it can): empty, or larger than SELECTOR_LIST_MAX_BYTES. */
export function listFileProblem(file: { size: number }): string | null {
  if (file.size === 0) return 'The file is empty.';
  if (file.size > SELECTOR_LIST_MAX_BYTES) return `The file is larger than the ${SELECTOR_LIST_MAX_BYTES / 1024} KiB one request may carry: split it into smaller lists.`;
  return null;
}
