/**
 * Selectors as STIX 2.1 Cyber-observable Objects (docs/stix.md, "Selectors"): e-mail → `email-addr`, web domain →
 * `domain-name`, online handle → `user-account` (account_login + account_type), every other kind → the workspace's
 * `taskforce-selector` SCO (new-sco of STIX_EXTENSION_ID). Values are the normalised values of libs/domain matching
 * (README, "Normalisation"), and imports are normalised again by the same rules.
 */
import { HandlePlatform, SelectorInputs, SelectorKind } from '@taskforce/domain/matching';
import { SELECTOR_SCO_TYPE, scoId, STIX_EXTENSION_ID } from './stix-vocabulary';

/** STIX account-type-ov value of a platform; the vocabulary names Twitter (now X) and Facebook, others lower case. */
const ACCOUNT_TYPE: Partial<Record<HandlePlatform, string>> = { [HandlePlatform.X]: 'twitter' };

/** The SCO of one normalised selector, marked with `markings` (object_marking_refs). */
export function selectorSco(kind: SelectorKind, value: string, markings: string[]): Record<string, unknown> {
  if (kind === SelectorKind.EMAIL) return { type: 'email-addr', spec_version: '2.1', id: scoId('email-addr', { value }), value, object_marking_refs: markings };
  if (kind === SelectorKind.WEB_DOMAIN) return { type: 'domain-name', spec_version: '2.1', id: scoId('domain-name', { value }), value, object_marking_refs: markings };
  if (kind === SelectorKind.ONLINE_HANDLE) {
    const cut = value.indexOf('|');
    const platform = value.slice(0, cut);
    const login = value.slice(cut + 1);
    const accountType = platform.startsWith('OTHER:') ? platform.slice('OTHER:'.length) : (ACCOUNT_TYPE[platform as HandlePlatform] ?? platform.toLowerCase());
    return { type: 'user-account', spec_version: '2.1', id: scoId('user-account', { account_login: login, account_type: accountType }), account_login: login, account_type: accountType, object_marking_refs: markings };
  }
  return {
    type: SELECTOR_SCO_TYPE,
    spec_version: '2.1',
    id: scoId(SELECTOR_SCO_TYPE, { selector_kind: kind, value }),
    selector_kind: kind,
    value,
    object_marking_refs: markings,
    extensions: { [STIX_EXTENSION_ID]: { extension_type: 'new-sco' } },
  };
}

/** A selector read back from an SCO: its kind and input fields, or why it cannot be. */
export type ScoSelector = { ok: true; kind: SelectorKind; input: Record<string, string> } | { ok: false; reason: string };

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** Splits `a|b|c` into exactly `n` parts, or null. */
function parts(value: string, n: number): string[] | null {
  const p = value.split('|');
  return p.length === n ? p : null;
}

/** The input fields of a `taskforce-selector` value of `kind` (the inverse of the normalised `value` formats). */
function customInput(kind: SelectorKind, value: string): Partial<SelectorInputs[SelectorKind]> | null {
  switch (kind) {
    case SelectorKind.PHONE:
      return { phone: value };
    case SelectorKind.IBAN:
      return { iban: value };
    case SelectorKind.ACCOUNT_NUMBER: {
      const p = parts(value, 3);
      return p && { country: p[0] || undefined, bankCode: p[1] || undefined, number: p[2] };
    }
    case SelectorKind.IDENTITY_DOCUMENT: {
      const p = parts(value, 3);
      return p && { documentType: p[0], issuingCountry: p[1], number: p[2] };
    }
    case SelectorKind.VEHICLE_REGISTRATION: {
      const p = parts(value, 2);
      return p && { country: p[0], plate: p[1] };
    }
    case SelectorKind.CRYPTO_ADDRESS: {
      const p = parts(value, 2);
      return p && { network: p[0] === 'EVM' ? 'ETHEREUM' : p[0], address: p[1] };
    }
    default:
      return null;
  }
}

/** The selector an SCO carries, or the reason it carries none the workspace can record. */
export function scoSelector(o: Record<string, unknown>): ScoSelector {
  if (o['type'] === 'email-addr') return text(o['value']) ? { ok: true, kind: SelectorKind.EMAIL, input: { email: o['value'] as string } } : { ok: false, reason: 'email-addr without value' };
  if (o['type'] === 'domain-name') return text(o['value']) ? { ok: true, kind: SelectorKind.WEB_DOMAIN, input: { domain: o['value'] as string } } : { ok: false, reason: 'domain-name without value' };
  if (o['type'] === 'user-account') {
    const login = text(o['account_login']);
    const type = text(o['account_type']);
    if (!login || !type) return { ok: false, reason: 'user-account needs account_login and account_type to be an online handle' };
    const named = type === 'twitter' ? HandlePlatform.X : (type.toUpperCase() as HandlePlatform);
    const platform = Object.values(HandlePlatform).includes(named) && named !== HandlePlatform.OTHER ? named : HandlePlatform.OTHER;
    return { ok: true, kind: SelectorKind.ONLINE_HANDLE, input: { handle: login, platform, ...(platform === HandlePlatform.OTHER ? { platformName: type } : {}) } };
  }
  if (o['type'] === SELECTOR_SCO_TYPE) {
    const kind = o['selector_kind'] as SelectorKind;
    const value = text(o['value']);
    const input = Object.values(SelectorKind).includes(kind) && value ? customInput(kind, value) : null;
    if (!input) return { ok: false, reason: `${SELECTOR_SCO_TYPE} with an unknown selector_kind or a value not in its format` };
    return { ok: true, kind, input: Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Record<string, string> };
  }
  return { ok: false, reason: 'no selector kind of the workspace matches this object type' };
}
