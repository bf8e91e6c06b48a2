/**
 * What a person typed where a password or a code is asked: 6 digits are a TOTP code, `xxxxx-xxxxx` (letters a–z and
 * digits 2–7) a recovery code, anything else a password (passwords have at least 12 characters, so none is taken for
 * a code).
 */
export function classifySecret(value: string): { password?: string; code?: string; recoveryCode?: string } {
  const trimmed = value.trim();
  if (/^\d{3}\s?\d{3}$/.test(trimmed)) return { code: trimmed.replace(/\s/g, '') };
  if (/^[a-z2-7]{5}[-\s]?[a-z2-7]{5}$/i.test(trimmed)) return { recoveryCode: trimmed };
  return { password: value };
}
