/**
 * Phone numbers, e-mail addresses and web domains: normalised with libphonenumber-js (ITU-T E.164), the WHATWG URL
 * host parser (IDNA, RFC 5891, to punycode, RFC 3492) and tldts (the Public Suffix List). All run in browsers too.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { parse as parseHost } from 'tldts';
import { cleanText, isoCountry, problem } from './selector-text';
import type { SelectorProblem } from './selector-types';

/** A normalised value and its human form, or the problems. */
export type Normalised = { value: string; display: string } | SelectorProblem[];

/**
 * Phone number → E.164 (`+40712345678`); display in international format (`+40 712 345 678`). A number written
 * without a country calling code (`0712 345 678`) is read in `defaultRegion` (ISO 3166-1 alpha-2), and so is the
 * region's international call prefix (`0040…` in RO, `011 40…` in US). Validated against libphonenumber's full
 * metadata (number ranges, not only lengths), so a number a typo moved out of every range is a field error rather
 * than a selector that can never hit. An extension (`ext. 12`) is shown but not matched: it is the same line.
 */
export function normalisePhone(input: { phone: string }, defaultRegion?: string | null): Normalised {
  const text = cleanText(input.phone);
  if (!text) return [problem('phone', 'Enter a phone number.')];
  const region = isoCountry(defaultRegion) as CountryCode | null;
  const parsed = parsePhoneNumberFromString(text, region ? { defaultCountry: region } : undefined);
  if (!parsed) {
    const hasCallingCode = /^\s*(tel:)?\+/i.test(text);
    return [problem('phone', hasCallingCode || region ? 'Not a phone number.' : 'Add the country calling code (+40…): the lead has no country to read a national number in.')];
  }
  if (!parsed.isValid()) return [problem('phone', `Not a valid phone number for ${parsed.country ?? `+${parsed.countryCallingCode}`}.`)];
  return { value: parsed.number, display: parsed.formatInternational() };
}

/**
 * A host name (or a URL: scheme, port, path and query are ignored) → its ASCII form: lower-cased, IDNA-mapped and
 * punycoded (`Bücher.DE` → `xn--bcher-kva.de`) by the WHATWG URL parser, the same in browsers and Node. Null when
 * the text is not a host name.
 */
export function asciiHost(text: string): string | null {
  if (!text || /[@\s\\]/.test(text)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  try {
    const url = new URL(withScheme);
    return url.hostname.replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

/**
 * The registrable domain of an ASCII host under the Public Suffix List (ICANN and private sections), or a problem
 * message: IP addresses and hosts without a public suffix (`localhost`, `example.invalid`) have none.
 */
function registrable(host: string): { domain: string; host: string } | string {
  const parsed = parseHost(host, { allowPrivateDomains: true });
  if (parsed.isIp) return 'An IP address is not a domain.';
  if (!parsed.domain || !(parsed.isIcann || parsed.isPrivate)) return 'Not a domain under a public suffix (such as .com or .co.uk).';
  return { domain: parsed.domain, host: parsed.hostname ?? host };
}

/** Dot-atom local part (RFC 5322 §3.2.3 atext): no quoted strings, no leading, trailing or double dots. */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\p{L}\p{N}-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\p{L}\p{N}-]+)*$/u;

/**
 * E-mail address → `local@domain`: local part lower-cased (providers treat it case-insensitively in practice,
 * although RFC 5321 §2.4 lets them not), domain lower-cased and punycoded. Dots and `+tags` are kept: only some
 * providers ignore them (Gmail ignores dots, others treat them as distinct mailboxes), so stripping them would
 * make different people's addresses hit each other. The domain must be under a public suffix.
 */
export function normaliseEmail(input: { email: string }): Normalised {
  const text = cleanText(input.email).replace(/^mailto:/i, '');
  if (!text) return [problem('email', 'Enter an e-mail address.')];
  const at = text.lastIndexOf('@');
  const local = text.slice(0, at);
  const rawDomain = text.slice(at + 1);
  const host = at > 0 && !/[/?#:[\]]/.test(rawDomain) ? asciiHost(rawDomain) : null;
  if (at <= 0 || local.length > 64 || !LOCAL_PART.test(local) || !host) {
    return [problem('email', 'Not an e-mail address (name@example.org).')];
  }
  const domain = registrable(host);
  if (typeof domain === 'string') return [problem('email', domain)];
  const value = `${local.toLowerCase()}@${domain.host}`;
  return { value, display: value };
}

/**
 * Web domain (a host name or a URL) → its registrable domain, in punycode (`https://www.example.co.uk/x` →
 * `example.co.uk`, `www.münchen.de` → `xn--mnchen-3ya.de`). Subdomains are dropped because they are free to create under one
 * registration; entries of the PSL's private section count as suffixes (`someone.github.io` stays whole), since
 * each of their subdomains belongs to a different customer. IP addresses and hosts without a public suffix are refused.
 */
export function normaliseDomain(input: { domain: string }): Normalised {
  const text = cleanText(input.domain);
  if (!text) return [problem('domain', 'Enter a domain.')];
  const host = asciiHost(text);
  if (!host) return [problem('domain', 'Not a domain (example.org).')];
  const domain = registrable(host);
  if (typeof domain === 'string') return [problem('domain', domain)];
  return { value: domain.domain, display: domain.domain };
}
