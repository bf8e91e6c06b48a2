import { normaliseSelector, SelectorKind } from '@taskforce/domain/matching';
import { scoSelector, selectorSco } from '../stix-selectors';

/** Each kind as an analyst types it, the STIX type it becomes, and its normalised value (libs/domain matching README). */
const CASES: Array<[SelectorKind, Record<string, string>, string, string]> = [
  [SelectorKind.EMAIL, { email: 'Ana.Pop@Example.RO' }, 'email-addr', 'ana.pop@example.ro'],
  [SelectorKind.WEB_DOMAIN, { domain: 'https://jobs.example.co.uk/apply' }, 'domain-name', 'example.co.uk'],
  [SelectorKind.ONLINE_HANDLE, { platform: 'TELEGRAM', handle: '@Anna_M' }, 'user-account', 'TELEGRAM|anna_m'],
  [SelectorKind.ONLINE_HANDLE, { platform: 'X', handle: 'AnnaM' }, 'user-account', 'X|annam'],
  [SelectorKind.ONLINE_HANDLE, { platform: 'OTHER', platformName: 'vk', handle: 'AnnaM' }, 'user-account', 'OTHER:vk|AnnaM'],
  [SelectorKind.PHONE, { phone: '+40 712 345 678' }, 'taskforce-selector', '+40712345678'],
  [SelectorKind.IBAN, { iban: 'RO49 AAAA 1B31 0075 9384 0000' }, 'taskforce-selector', 'RO49AAAA1B31007593840000'],
  [SelectorKind.ACCOUNT_NUMBER, { number: '123456789' }, 'taskforce-selector', '||123456789'],
  [SelectorKind.ACCOUNT_NUMBER, { number: '123456789', country: 'US', bankCode: '021000021' }, 'taskforce-selector', 'US|021000021|123456789'],
  [SelectorKind.IDENTITY_DOCUMENT, { number: 'ab-123456', issuingCountry: 'RO', documentType: 'PASSPORT' }, 'taskforce-selector', 'PASSPORT|RO|AB123456'],
  [SelectorKind.VEHICLE_REGISTRATION, { country: 'RO', plate: 'B 123 ABC' }, 'taskforce-selector', 'RO|B123ABC'],
  [SelectorKind.CRYPTO_ADDRESS, { network: 'ETHEREUM', address: '0x52908400098527886E0F7030069857D2E4169EE7' }, 'taskforce-selector', 'EVM|0x52908400098527886e0f7030069857d2e4169ee7'],
];

describe('selectors as STIX 2.1 SCOs, and back', () => {
  it.each(CASES)('%s %j becomes a %s whose selector normalises to the same value %s', (kind, input, type, value) => {
    const typed = normaliseSelector(kind, input as never);
    expect(typed).toMatchObject({ ok: true, selector: { value } });
    const sco = selectorSco(kind, value, ['marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421']);
    expect(sco['type']).toBe(type);
    const back = scoSelector(sco);
    if (!back.ok) throw new Error(back.reason);
    expect(back.kind).toBe(kind);
    expect(normaliseSelector(back.kind, back.input as never)).toMatchObject({ ok: true, selector: { value } });
  });

  it('names X "twitter" as the account-type-ov does, and reads it back as X', () => {
    expect(selectorSco(SelectorKind.ONLINE_HANDLE, 'X|annam', [])).toMatchObject({ account_type: 'twitter', account_login: 'annam' });
  });

  it('gives no selector for an object type the workspace has none for, or a custom SCO with a value out of format', () => {
    expect(scoSelector({ type: 'ipv4-addr', id: 'ipv4-addr--x', value: '198.51.100.3' }).ok).toBe(false);
    expect(scoSelector({ type: 'taskforce-selector', id: 'taskforce-selector--x', selector_kind: 'VEHICLE_REGISTRATION', value: 'B123ABC' }).ok).toBe(false);
    expect(scoSelector({ type: 'taskforce-selector', id: 'taskforce-selector--x', selector_kind: 'SHOE_SIZE', value: '42' }).ok).toBe(false);
  });
});
