/**
 * Crypto-currency addresses and online handles: the case rule comes from the address alphabet or the platform.
 */
import { bech32, bech32m } from 'bech32';
import type { Normalised } from './internet-selectors';
import { choiceOf, cleanText, problem } from './selector-text';
import { CryptoNetwork, HandlePlatform, type SelectorInputs } from './selector-types';

/**
 * True when a lower-case string is bech32 (BIP-173) or bech32m (BIP-350, taproot addresses) with the given
 * human-readable prefix and a correct checksum (6 characters; any single mistyped character is detected), decoded by
 * the `bech32` package (bitcoinjs).
 */
export function isBech32(address: string, prefix: string): boolean {
  for (const codec of [bech32, bech32m]) {
    const decoded = codec.decodeUnsafe(address, 90);
    if (decoded && decoded.prefix === prefix) return true;
  }
  return false;
}

const BASE58 = '[1-9A-HJ-NP-Za-km-z]';

/** Per network: its legacy (case-sensitive base58) address shape and its bech32 prefix, if it has one. */
const NETWORK_RULES: Partial<Record<CryptoNetwork, { base58: RegExp; bech32?: string; example: string }>> = {
  [CryptoNetwork.BITCOIN]: { base58: new RegExp(`^[13]${BASE58}{25,34}$`), bech32: 'bc', example: 'bc1q… or 1…/3…' },
  [CryptoNetwork.LITECOIN]: { base58: new RegExp(`^[LM3]${BASE58}{26,33}$`), bech32: 'ltc', example: 'ltc1… or L…/M…' },
  [CryptoNetwork.TRON]: { base58: new RegExp(`^T${BASE58}{33}$`), example: 'T… (34 characters)' },
  [CryptoNetwork.SOLANA]: { base58: new RegExp(`^${BASE58}{32,44}$`), example: '32–44 base58 characters' },
  [CryptoNetwork.MONERO]: { base58: new RegExp(`^[48]${BASE58}{94}(${BASE58}{11})?$`), example: '4… or 8… (95 characters)' },
};

/**
 * Crypto-currency address → `NETWORK|address`. Case follows the alphabet: bech32/bech32m addresses (BIP-173,
 * BIP-350) are lower-cased (mixed case is invalid there) and their checksum verified; EVM addresses (`0x` + 40 hex,
 * Ethereum and other EVM chains alike, recorded as `EVM|0x…` because one key controls the same address on every EVM
 * chain) are lower-cased, the EIP-55 mixed-case checksum being a display form only; base58 addresses (Bitcoin
 * legacy, Tron, Solana, Monero) are case-sensitive and kept as typed. OTHER networks keep the address as typed.
 */
export function normaliseCryptoAddress(input: SelectorInputs['CRYPTO_ADDRESS']): Normalised {
  const network = choiceOf(CryptoNetwork, input.network);
  const address = cleanText(input.address).replace(/\s/g, '');
  const problems = [];
  if (!network) problems.push(problem('network', 'Choose the network of the address.'));
  if (!address) problems.push(problem('address', 'Enter the address.'));
  if (!network || !address) return problems;
  if (network === CryptoNetwork.ETHEREUM || network === CryptoNetwork.EVM_OTHER) {
    if (!/^0x[0-9a-f]{40}$/i.test(address)) return [problem('address', 'An EVM address is 0x followed by 40 hexadecimal digits.')];
    const lower = address.toLowerCase();
    return { value: `EVM|${lower}`, display: lower };
  }
  const rule = NETWORK_RULES[network];
  if (!rule) {
    if (address.length > 256) return [problem('address', 'The address is too long.')];
    return { value: `${network}|${address}`, display: address };
  }
  const lower = address.toLowerCase();
  if (rule.bech32 && lower.startsWith(`${rule.bech32}1`)) {
    if (address !== lower && address !== address.toUpperCase()) return [problem('address', 'A bech32 address is all lower case or all upper case, never mixed (BIP-173).')];
    if (!isBech32(lower, rule.bech32)) return [problem('address', 'The address checksum does not match: a character is probably mistyped.')];
    return { value: `${network}|${lower}`, display: lower };
  }
  if (!rule.base58.test(address)) return [problem('address', `Not an address of this network (${rule.example}).`)];
  return { value: `${network}|${address}`, display: address };
}

/** Platforms whose handles are case-insensitive (the platform resolves `@Name` and `@name` to one account). */
const CASE_INSENSITIVE = new Set<HandlePlatform>([
  HandlePlatform.TELEGRAM,
  HandlePlatform.SIGNAL,
  HandlePlatform.INSTAGRAM,
  HandlePlatform.FACEBOOK,
  HandlePlatform.TIKTOK,
  HandlePlatform.X,
  HandlePlatform.SNAPCHAT,
  HandlePlatform.ONLYFANS,
]);

/**
 * Online handle → `PLATFORM|handle` (`TELEGRAM|anna_m`), or `OTHER:platform name|handle` for unlisted platforms.
 * The leading `@` is dropped; handles of the listed platforms are lower-cased (each resolves handles
 * case-insensitively); handles on OTHER platforms keep their case, as their rule is unknown and a wrong fold would
 * make two accounts hit. The platform's own character rules are not checked, only that the handle has no spaces.
 */
export function normaliseOnlineHandle(input: SelectorInputs['ONLINE_HANDLE']): Normalised {
  const platform = choiceOf(HandlePlatform, input.platform);
  const handle = cleanText(input.handle).replace(/^@/, '');
  const platformName = cleanText(input.platformName).replace(/\s+/g, ' ').toLowerCase();
  const problems = [];
  if (!platform) problems.push(problem('platform', 'Choose the platform.'));
  else if (platform === HandlePlatform.OTHER && !platformName) problems.push(problem('platformName', 'Name the platform.'));
  else if (platformName.includes('|')) problems.push(problem('platformName', 'A platform name may not contain "|".'));
  if (!handle) problems.push(problem('handle', 'Enter the handle.'));
  else if (/[\s@|]/.test(handle) || handle.length > 100) problems.push(problem('handle', 'A handle has no spaces, "@" or "|" (after the leading @).'));
  if (!platform || problems.length) return problems;
  if (platform === HandlePlatform.OTHER) return { value: `OTHER:${platformName}|${handle}`, display: `@${handle} (${platformName})` };
  const folded = CASE_INSENSITIVE.has(platform) ? handle.toLowerCase() : handle;
  return { value: `${platform}|${folded}`, display: `@${folded} (${platform})` };
}
