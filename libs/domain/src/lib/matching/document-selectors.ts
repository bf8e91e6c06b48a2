/**
 * Identity documents, IBANs, other account numbers and vehicle registrations: upper-cased, separators removed,
 * qualified by country (and document type or bank code) so that equal numbers of different issuers never hit.
 */
import { friendlyFormatIBAN, validateIBAN, ValidationErrorsIBAN } from 'ibantools';
import type { Normalised } from './internet-selectors';
import { choiceOf, cleanText, compactUpper, isoCountry, problem } from './selector-text';
import { IdentityDocumentType, type SelectorInputs, type SelectorProblem } from './selector-types';

/** ICAO Doc 9303 machine-readable zones use `<` as filler; analysts copying from an MRZ bring it along. */
const MRZ_FILLER = /</g;

/**
 * Identity document → `TYPE|COUNTRY|NUMBER` (`PASSPORT|RO|AB123456`). The number is upper-cased without spaces,
 * dashes, dots, slashes or MRZ fillers and must then be Latin letters and digits, 1–30 of them: ICAO Doc 9303 (part 3,
 * §4.2) writes document numbers in that alphabet. Letter O and digit 0 are not folded together: numbers hold both.
 * `issuingCountry` (ISO 3166-1 alpha-2) and `documentType` are required: the same number issued by two states,
 * or as a passport and as an identity card, is two documents.
 */
export function normaliseIdentityDocument(input: SelectorInputs['IDENTITY_DOCUMENT']): Normalised {
  const problems: SelectorProblem[] = [];
  const number = compactUpper(input.number).replace(MRZ_FILLER, '');
  if (!number) problems.push(problem('number', 'Enter the document number.'));
  else if (!/^[A-Z0-9]{1,30}$/.test(number)) problems.push(problem('number', 'A document number has Latin letters and digits only (ICAO Doc 9303).'));
  const country = isoCountry(input.issuingCountry);
  if (!country) problems.push(problem('issuingCountry', 'Choose the issuing country (ISO 3166-1 alpha-2).'));
  const type = choiceOf(IdentityDocumentType, input.documentType);
  if (!type) problems.push(problem('documentType', 'Choose the document type.'));
  if (problems.length) return problems;
  return { value: `${type}|${country}|${number}`, display: `${number} (${type}, ${country})` };
}

const IBAN_MESSAGES: Partial<Record<ValidationErrorsIBAN, string>> = {
  [ValidationErrorsIBAN.NoIBANCountry]: 'The IBAN does not start with the code of a country that issues IBANs.',
  [ValidationErrorsIBAN.WrongBBANLength]: "The IBAN has the wrong length for its country.",
  [ValidationErrorsIBAN.WrongBBANFormat]: "The IBAN does not have its country's format.",
  [ValidationErrorsIBAN.ChecksumNotNumber]: 'The IBAN check digits (3rd and 4th characters) must be digits.',
  [ValidationErrorsIBAN.WrongIBANChecksum]: 'The IBAN check digits do not match: a character is probably mistyped.',
  [ValidationErrorsIBAN.WrongAccountBankBranchChecksum]: 'The national account check digits inside the IBAN do not match.',
};

/**
 * IBAN → electronic format (ISO 13616-1: upper case, no spaces, `RO49AAAA1B31007593840000`); display in groups of
 * four. Validated by ibantools: the country's length and format from the SWIFT IBAN registry and the ISO 7064
 * MOD 97-10 check digits; any failure is a problem on `iban` (one message, the first the library reports).
 */
export function normaliseIban(input: SelectorInputs['IBAN']): Normalised {
  const iban = compactUpper(input.iban).replace(/^IBAN:?/, '');
  if (!iban) return [problem('iban', 'Enter an IBAN.')];
  const { valid, errorCodes } = validateIBAN(iban);
  if (!valid) {
    const message = errorCodes.map((code) => IBAN_MESSAGES[code]).find(Boolean) ?? 'Not a valid IBAN.';
    return [problem('iban', message)];
  }
  return { value: iban, display: friendlyFormatIBAN(iban) ?? iban };
}

/**
 * Account number without an IBAN → `COUNTRY|BANKCODE|NUMBER` with empty parts for what is unknown
 * (`US|021000021|123456789`, `||123456789`). Number and bank code are upper-cased without separators and must be
 * letters and digits. An unqualified number only hits another unqualified one: adding a country or bank code later
 * makes it a different selector, which avoids hits between banks that reuse the same account numbers.
 */
export function normaliseAccountNumber(input: SelectorInputs['ACCOUNT_NUMBER']): Normalised {
  const problems: SelectorProblem[] = [];
  const number = compactUpper(input.number);
  if (!number) problems.push(problem('number', 'Enter the account number.'));
  else if (!/^[A-Z0-9]{1,34}$/.test(number)) problems.push(problem('number', 'An account number has letters and digits only.'));
  const countryText = cleanText(input.country);
  const country = countryText ? isoCountry(countryText) : '';
  if (country === null) problems.push(problem('country', 'Choose a country (ISO 3166-1 alpha-2) or leave it empty.'));
  const bankCode = compactUpper(input.bankCode);
  if (bankCode && !/^[A-Z0-9]{1,20}$/.test(bankCode)) problems.push(problem('bankCode', 'A bank code has letters and digits only.'));
  if (problems.length) return problems;
  const qualifiers = [country, bankCode].filter(Boolean).join(' ');
  return { value: `${country}|${bankCode}|${number}`, display: qualifiers ? `${number} (${qualifiers})` : number };
}

/**
 * Cyrillic capitals that registration plates of Cyrillic-writing states share with Latin ones (Russia, Ukraine,
 * Belarus, Bulgaria, Serbia… use only these on plates, so that plates read the same abroad, Vienna Convention on
 * Road Traffic 1968, annex 2): typed on a Cyrillic keyboard they become the Latin letter they look like.
 */
const CYRILLIC_PLATE_LETTERS: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', І: 'I', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
};

/**
 * Vehicle registration → `COUNTRY|PLATE` (`RO|B123ABC`). The plate is upper-cased without spaces, dashes or dots,
 * its Cyrillic look-alike letters written in Latin; letters of other scripts stay (a Chinese plate's province
 * character). `country` is the registering state, ISO 3166-1 alpha-2, required: plates repeat across states.
 */
export function normaliseVehicleRegistration(input: SelectorInputs['VEHICLE_REGISTRATION']): Normalised {
  const problems: SelectorProblem[] = [];
  const plate = compactUpper(input.plate).replace(/[АВЕІКМНОРСТУХ]/g, (letter) => CYRILLIC_PLATE_LETTERS[letter]);
  if (!plate) problems.push(problem('plate', 'Enter the registration plate.'));
  else if (!/^[\p{L}\p{N}]{1,15}$/u.test(plate)) problems.push(problem('plate', 'A plate has letters and digits only.'));
  const country = isoCountry(input.country);
  if (!country) problems.push(problem('country', 'Choose the country of registration (ISO 3166-1 alpha-2).'));
  if (problems.length) return problems;
  return { value: `${country}|${plate}`, display: `${plate} (${country})` };
}
