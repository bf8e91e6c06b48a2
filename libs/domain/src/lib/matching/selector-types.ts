/**
 * Types of selectors: the identifiers a lead (or one of its persons) carries and that hit/no-hit matching compares
 * between agencies. Glossary: ../shared/DESIGN.md ("Selector", "Hit/no-hit"); rules and sources: ./README.md.
 */

/** What a selector identifies. Each kind has its own input shape (`SelectorInputs`) and normalisation rule. */
export enum SelectorKind {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  IDENTITY_DOCUMENT = 'IDENTITY_DOCUMENT',
  IBAN = 'IBAN',
  ACCOUNT_NUMBER = 'ACCOUNT_NUMBER',
  VEHICLE_REGISTRATION = 'VEHICLE_REGISTRATION',
  CRYPTO_ADDRESS = 'CRYPTO_ADDRESS',
  ONLINE_HANDLE = 'ONLINE_HANDLE',
  WEB_DOMAIN = 'WEB_DOMAIN',
}

/** Kind of identity document (ICAO Doc 9303 document codes P, I/A/C and residence permits issued in TD1/TD2 form). */
export enum IdentityDocumentType {
  PASSPORT = 'PASSPORT',
  NATIONAL_ID = 'NATIONAL_ID',
  RESIDENCE_PERMIT = 'RESIDENCE_PERMIT',
  OTHER = 'OTHER',
}

/**
 * Network of a crypto-currency address. The network decides the address alphabet and so whether case matters:
 * bech32 (BIP-173/BIP-350) and hex (EVM) addresses are case-insensitive, base58 ones are not.
 */
export enum CryptoNetwork {
  BITCOIN = 'BITCOIN',
  LITECOIN = 'LITECOIN',
  ETHEREUM = 'ETHEREUM',
  EVM_OTHER = 'EVM_OTHER',
  TRON = 'TRON',
  SOLANA = 'SOLANA',
  MONERO = 'MONERO',
  OTHER = 'OTHER',
}

/**
 * Platform of an online handle; OTHER for any platform not listed (named in `platformName`, its handles compared
 * case-sensitively). WhatsApp accounts are phone numbers: they are recorded as PHONE selectors.
 */
export enum HandlePlatform {
  TELEGRAM = 'TELEGRAM',
  SIGNAL = 'SIGNAL',
  INSTAGRAM = 'INSTAGRAM',
  FACEBOOK = 'FACEBOOK',
  TIKTOK = 'TIKTOK',
  X = 'X',
  SNAPCHAT = 'SNAPCHAT',
  ONLYFANS = 'ONLYFANS',
  OTHER = 'OTHER',
}

/** The input of each kind, as an analyst types it (free text, trimmed and cleaned by the normaliser). */
export interface SelectorInputs {
  [SelectorKind.PHONE]: { phone: string };
  [SelectorKind.EMAIL]: { email: string };
  /** `issuingCountry`: ISO 3166-1 alpha-2 (the issuing state, not the holder's nationality). */
  [SelectorKind.IDENTITY_DOCUMENT]: { number: string; issuingCountry: string; documentType: IdentityDocumentType | string };
  [SelectorKind.IBAN]: { iban: string };
  /** A bank account without an IBAN; `country` ISO 3166-1 alpha-2, `bankCode` a routing, sort or BIC code. */
  [SelectorKind.ACCOUNT_NUMBER]: { number: string; country?: string | null; bankCode?: string | null };
  /** `country`: ISO 3166-1 alpha-2 of the registering state (not the 1949 Geneva distinguishing sign). */
  [SelectorKind.VEHICLE_REGISTRATION]: { country: string; plate: string };
  [SelectorKind.CRYPTO_ADDRESS]: { network: CryptoNetwork | string; address: string };
  /** `platformName` names the platform when `platform` is OTHER (required then). */
  [SelectorKind.ONLINE_HANDLE]: { platform: HandlePlatform | string; handle: string; platformName?: string | null };
  [SelectorKind.WEB_DOMAIN]: { domain: string };
}

/** The input of one kind. */
export type SelectorInput<K extends SelectorKind> = SelectorInputs[K];

/** Where the selector was recorded: the lead's country is the default region for national phone numbers. */
export interface SelectorContext {
  /** ISO 3166-1 alpha-2 region used for phone numbers written without a country calling code. */
  defaultRegion?: string | null;
}

/** A field the analyst must correct, named as in the input shape (`phone`, `iban`, `issuingCountry`…). */
export interface SelectorProblem {
  field: string;
  message: string;
}

/**
 * A normalised selector. `value` is the canonical string compared between agencies (kind-specific qualifiers first,
 * `|`-separated, e.g. `PASSPORT|RO|AB123456`); the kind itself is not part of it, the caller keys by kind.
 * `display` is the human form shown back to the analyst who typed it.
 */
export interface NormalisedSelector {
  kind: SelectorKind;
  value: string;
  display: string;
}

/** Either the normalised selector or the fields to correct (never both). */
export type SelectorNormalisation = { ok: true; selector: NormalisedSelector } | { ok: false; problems: SelectorProblem[] };
