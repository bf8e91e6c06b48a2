/**
 * Scenario tables — crypto-currency addresses (case by alphabet: bech32/bech32m per BIP-173 and BIP-350, EVM hex,
 * base58) and online handles (case by platform). Bech32 examples are the BIP-173/BIP-350 test vectors.
 */
import { isBech32 } from '../online-selectors';
import { CryptoNetwork, HandlePlatform, SelectorKind } from '../selector-types';
import { accepts, refuses } from './fixtures';

const { BITCOIN, LITECOIN, ETHEREUM, EVM_OTHER, TRON, SOLANA, MONERO, OTHER } = CryptoNetwork;
const SEGWIT_V0 = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';
const TAPROOT = 'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx';
const EIP55 = '0x52908400098527886E0F7030069857D2E4169EE7';
const MONERO_SHAPE = `4${'A'.repeat(94)}`;

describe('bech32 checksum (BIP-173, BIP-350)', () => {
  it.each([
    ['a12uel5l', 'a', true],
    ['abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw', 'abcdef', true],
    [SEGWIT_V0, 'bc', true],
    [TAPROOT, 'bc', true],
    ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5', 'bc', false],
    ['a12uel5l', 'b', false],
    ['li1dgmt3', 'li', false],
    ['x1b4n0q5v', 'x', false],
  ])('%s with prefix %s: %s', (address, prefix, valid) => {
    expect(isBech32(address, prefix)).toBe(valid);
  });
});

describe('crypto-currency addresses', () => {
  accepts(SelectorKind.CRYPTO_ADDRESS, [
    ['bech32 in upper case is lower-cased', { network: BITCOIN, address: SEGWIT_V0.toUpperCase() }, `BITCOIN|${SEGWIT_V0}`, SEGWIT_V0],
    ['bech32m (taproot)', { network: 'bitcoin', address: ` ${TAPROOT} ` }, `BITCOIN|${TAPROOT}`, TAPROOT],
    ['base58 legacy kept as typed', { network: BITCOIN, address: '1A1zP1eP5QGefi2DMPTfTL5SMLmv7DivfNa' }, 'BITCOIN|1A1zP1eP5QGefi2DMPTfTL5SMLmv7DivfNa', '1A1zP1eP5QGefi2DMPTfTL5SMLmv7DivfNa'],
    ['base58 script address', { network: BITCOIN, address: '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy' }, 'BITCOIN|3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
    ['EIP-55 mixed case is lower-cased', { network: ETHEREUM, address: EIP55 }, `EVM|${EIP55.toLowerCase()}`, EIP55.toLowerCase()],
    ['another EVM chain matches the same key', { network: EVM_OTHER, address: EIP55.toLowerCase() }, `EVM|${EIP55.toLowerCase()}`, EIP55.toLowerCase()],
    ['Tron', { network: TRON, address: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' }, 'TRON|TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'],
    ['Solana', { network: SOLANA, address: 'So11111111111111111111111111111111111111112' }, 'SOLANA|So11111111111111111111111111111111111111112', 'So11111111111111111111111111111111111111112'],
    ['Monero (shape only)', { network: MONERO, address: MONERO_SHAPE }, `MONERO|${MONERO_SHAPE}`, MONERO_SHAPE],
    ['other network kept as typed', { network: OTHER, address: 'addr1-Ab' }, 'OTHER|addr1-Ab', 'addr1-Ab'],
  ]);

  refuses(SelectorKind.CRYPTO_ADDRESS, [
    ['no network', { network: '', address: SEGWIT_V0 }, ['network']],
    ['unknown network', { network: 'DOGE', address: SEGWIT_V0 }, ['network']],
    ['no address', { network: BITCOIN, address: '  ' }, ['address']],
    ['bech32 with a mistyped character', { network: BITCOIN, address: 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5' }, ['address']],
    ['bech32 in mixed case', { network: BITCOIN, address: 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kV8F3T4' }, ['address']],
    ['Bitcoin address under Litecoin', { network: LITECOIN, address: SEGWIT_V0 }, ['address']],
    ['base58 with 0 (not in the alphabet)', { network: BITCOIN, address: '1A1zP1eP5QGefi2DMPTfTL5SMLmv7Divf0a' }, ['address']],
    ['EVM address one digit short', { network: ETHEREUM, address: EIP55.slice(0, -1) }, ['address']],
    ['EVM address without 0x', { network: ETHEREUM, address: EIP55.slice(2) }, ['address']],
  ]);
});

describe('online handles', () => {
  accepts(SelectorKind.ONLINE_HANDLE, [
    ['Telegram, leading @ and case dropped', { platform: HandlePlatform.TELEGRAM, handle: '@Anna_M' }, 'TELEGRAM|anna_m', '@anna_m (TELEGRAM)'],
    ['Instagram, dots kept', { platform: 'instagram', handle: 'anna.m.99' }, 'INSTAGRAM|anna.m.99', '@anna.m.99 (INSTAGRAM)'],
    ['X', { platform: HandlePlatform.X, handle: ' @JobsAbroad ' }, 'X|jobsabroad', '@jobsabroad (X)'],
    ['TikTok', { platform: HandlePlatform.TIKTOK, handle: 'Easy.Money' }, 'TIKTOK|easy.money', '@easy.money (TIKTOK)'],
    ['other platform: named, case kept', { platform: HandlePlatform.OTHER, platformName: ' VK ', handle: '@AnnaM' }, 'OTHER:vk|AnnaM', '@AnnaM (vk)'],
  ]);

  refuses(SelectorKind.ONLINE_HANDLE, [
    ['no platform', { platform: '', handle: 'anna' }, ['platform']],
    ['WhatsApp is a phone number', { platform: 'WHATSAPP', handle: '+40712345678' }, ['platform']],
    ['other platform without a name', { platform: HandlePlatform.OTHER, handle: 'anna' }, ['platformName']],
    ['only @', { platform: HandlePlatform.TELEGRAM, handle: '@' }, ['handle']],
    ['space inside', { platform: HandlePlatform.TELEGRAM, handle: 'anna m' }, ['handle']],
    ['nothing at all', { platform: '', handle: '' }, ['platform', 'handle']],
  ]);
});
