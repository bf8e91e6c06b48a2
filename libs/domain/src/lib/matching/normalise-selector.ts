/**
 * One entry point for every selector kind: the canonical value compared between agencies, or the fields to correct.
 */
import { normaliseAccountNumber, normaliseIban, normaliseIdentityDocument, normaliseVehicleRegistration } from './document-selectors';
import { normaliseDomain, normaliseEmail, normalisePhone, type Normalised } from './internet-selectors';
import { normaliseCryptoAddress, normaliseOnlineHandle } from './online-selectors';
import { problem } from './selector-text';
import { SelectorKind, type SelectorContext, type SelectorInput, type SelectorNormalisation } from './selector-types';

/**
 * The normalised selector of `kind` (`value` for matching, `display` for people) or the problems, each naming the
 * input field to correct (`phone`, `iban`, `issuingCountry`…; `kind` for an unknown kind). Every text input is first
 * cleaned (NFC, invisible characters and surrounding white space removed). `context.defaultRegion` (ISO 3166-1
 * alpha-2, the lead's country) reads national phone numbers. Pure and synchronous; never throws on bad input.
 * Rules and sources per kind: ./README.md.
 */
export function normaliseSelector<K extends SelectorKind>(kind: K, input: SelectorInput<K>, context: SelectorContext = {}): SelectorNormalisation {
  const result = normaliseByKind(kind, (input ?? {}) as never, context);
  if (Array.isArray(result)) return { ok: false, problems: result };
  return { ok: true, selector: { kind, value: result.value, display: result.display } };
}

function normaliseByKind(kind: SelectorKind, input: never, context: SelectorContext): Normalised {
  switch (kind) {
    case SelectorKind.PHONE:
      return normalisePhone(input, context.defaultRegion);
    case SelectorKind.EMAIL:
      return normaliseEmail(input);
    case SelectorKind.IDENTITY_DOCUMENT:
      return normaliseIdentityDocument(input);
    case SelectorKind.IBAN:
      return normaliseIban(input);
    case SelectorKind.ACCOUNT_NUMBER:
      return normaliseAccountNumber(input);
    case SelectorKind.VEHICLE_REGISTRATION:
      return normaliseVehicleRegistration(input);
    case SelectorKind.CRYPTO_ADDRESS:
      return normaliseCryptoAddress(input);
    case SelectorKind.ONLINE_HANDLE:
      return normaliseOnlineHandle(input);
    case SelectorKind.WEB_DOMAIN:
      return normaliseDomain(input);
    default:
      return [problem('kind', 'Choose what kind of selector this is.')];
  }
}
