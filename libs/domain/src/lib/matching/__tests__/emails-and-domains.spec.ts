/**
 * Scenario tables — e-mail addresses and web domains: IDNs to punycode (RFC 5891, RFC 3492), registrable domains
 * under the Public Suffix List. Expected values written by hand (punycode from the RFC 3492 algorithm).
 */
import { SelectorKind } from '../selector-types';
import { accepts, refuses } from './fixtures';

describe('e-mail addresses', () => {
  accepts(SelectorKind.EMAIL, [
    ['plain', { email: 'ana.pop@example.ro' }, 'ana.pop@example.ro', 'ana.pop@example.ro'],
    ['upper case everywhere', { email: 'Ana.Pop@Example.RO' }, 'ana.pop@example.ro', 'ana.pop@example.ro'],
    ['surrounding space and a zero-width joiner', { email: '  ana.pop@example.ro\u200d ' }, 'ana.pop@example.ro', 'ana.pop@example.ro'],
    ['mailto: prefix', { email: 'mailto:ana@example.ro' }, 'ana@example.ro', 'ana@example.ro'],
    ['dots kept: another mailbox at most providers', { email: 'a.n.a@example.com' }, 'a.n.a@example.com', 'a.n.a@example.com'],
    ['+tag kept', { email: 'ana+jobs@example.com' }, 'ana+jobs@example.com', 'ana+jobs@example.com'],
    ['subdomain kept: another mail server', { email: 'ana@mail.example.co.uk' }, 'ana@mail.example.co.uk', 'ana@mail.example.co.uk'],
    ['IDN domain to punycode', { email: 'info@Bücher.de' }, 'info@xn--bcher-kva.de', 'info@xn--bcher-kva.de'],
    ['Cyrillic domain and TLD', { email: 'info@пример.рф' }, 'info@xn--e1afmkfd.xn--p1ai', 'info@xn--e1afmkfd.xn--p1ai'],
    ['non-ASCII local part (RFC 6531), lower-cased', { email: 'ÁNA@example.ro' }, 'ána@example.ro', 'ána@example.ro'],
  ]);

  refuses(SelectorKind.EMAIL, [
    ['empty', { email: '' }, ['email']],
    ['no @', { email: 'ana.example.ro' }, ['email']],
    ['nothing before @', { email: '@example.ro' }, ['email']],
    ['double dot', { email: 'ana..pop@example.ro' }, ['email']],
    ['quoted local part', { email: '"ana pop"@example.ro' }, ['email']],
    ['space inside', { email: 'ana pop@example.ro' }, ['email']],
    ['no public suffix', { email: 'ana@localhost' }, ['email']],
    ['reserved TLD', { email: 'ana@example.invalid' }, ['email']],
    ['IP address literal', { email: 'ana@[192.168.0.1]' }, ['email']],
    ['port', { email: 'ana@example.ro:25' }, ['email']],
    ['local part over 64 characters', { email: `${'a'.repeat(65)}@example.ro` }, ['email']],
  ]);
});

describe('web domains', () => {
  accepts(SelectorKind.WEB_DOMAIN, [
    ['bare domain', { domain: 'example.com' }, 'example.com', 'example.com'],
    ['www under a two-level suffix', { domain: 'www.example.co.uk' }, 'example.co.uk', 'example.co.uk'],
    ['deep subdomain', { domain: 'a.b.shop.example.ro' }, 'example.ro', 'example.ro'],
    ['URL with scheme, port, path and query', { domain: 'https://WWW.Example.com:8443/jobs?id=1#x' }, 'example.com', 'example.com'],
    ['host with path, no scheme', { domain: 'escort.example.de/profile/1' }, 'example.de', 'example.de'],
    ['trailing dot', { domain: 'example.com.' }, 'example.com', 'example.com'],
    ['IDN to punycode', { domain: 'www.münchen.de' }, 'xn--mnchen-3ya.de', 'xn--mnchen-3ya.de'],
    ['punycode input stays', { domain: 'xn--mnchen-3ya.de' }, 'xn--mnchen-3ya.de', 'xn--mnchen-3ya.de'],
    ['IDN TLD', { domain: 'shop.пример.рф' }, 'xn--e1afmkfd.xn--p1ai', 'xn--e1afmkfd.xn--p1ai'],
    ['full-width letters mapped (IDNA)', { domain: 'ＥＸＡＭＰＬＥ.com' }, 'example.com', 'example.com'],
    ['PSL private section: a hosted site is its own domain', { domain: 'anna.github.io' }, 'anna.github.io', 'anna.github.io'],
    ['PSL private section with a subdomain', { domain: 'www.anna.blogspot.com' }, 'anna.blogspot.com', 'anna.blogspot.com'],
    ['government suffix', { domain: 'portal.politiaromana.ro' }, 'politiaromana.ro', 'politiaromana.ro'],
  ]);

  refuses(SelectorKind.WEB_DOMAIN, [
    ['empty', { domain: ' ' }, ['domain']],
    ['IPv4 address', { domain: '192.168.1.1' }, ['domain']],
    ['IPv4 in hex', { domain: '0x7f.1' }, ['domain']],
    ['IPv6 address', { domain: '[2001:db8::1]' }, ['domain']],
    ['a public suffix alone', { domain: 'co.uk' }, ['domain']],
    ['single label', { domain: 'localhost' }, ['domain']],
    ['not under a public suffix', { domain: 'server.internal' }, ['domain']],
    ['space inside', { domain: 'exa mple.com' }, ['domain']],
    ['an e-mail address', { domain: 'ana@example.com' }, ['domain']],
    ['empty label', { domain: 'a..example.com' }, ['domain']],
  ]);
});
