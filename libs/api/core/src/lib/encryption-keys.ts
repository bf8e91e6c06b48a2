/**
 * Parses `keyId:base64key,…` into [keyId, 32-byte key] pairs, the current (encrypting) key first. Never puts a
 * key into an error message.
 * @throws Error describing the first malformed entry (by position and id only).
 */
export function parseEncryptionKeys(value: string): Array<{ id: string; key: Buffer }> {
  const entries = value.split(',').map((e) => e.trim()).filter(Boolean);
  if (!entries.length) throw new Error('at least one key is required (keyId:base64key)');
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    if (!/^[A-Za-z0-9._-]{1,40}$/.test(id)) throw new Error(`entry ${index + 1} must be keyId:base64key with a key id of letters, digits, . _ -`);
    if (seen.has(id)) throw new Error(`key id "${id}" appears twice`);
    seen.add(id);
    const key = Buffer.from(entry.slice(colon + 1), 'base64');
    if (key.length !== 32) throw new Error(`key "${id}" must be 32 bytes (base64)`);
    return { id, key };
  });
}
