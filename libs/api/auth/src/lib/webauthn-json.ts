import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { badInput } from '@taskforce/api-core';

/**
 * The JSON forms of WebAuthn answers as clients send them (W3C Web Authentication Level 3, §5.1:
 * `PublicKeyCredential.toJSON()`, `RegistrationResponseJSON` and `AuthenticationResponseJSON`; what
 * @simplewebauthn/browser's `startRegistration` and `startAuthentication` return), checked for shape before any
 * verification: binary fields are base64url strings. Nothing here says whether an answer is genuine — that is the
 * verification's job (PasskeyService).
 */

/** Transports the WebAuthn specification names (AuthenticatorTransport, §5.8.4); others reported are dropped. */
export const KNOWN_TRANSPORTS: readonly string[] = ['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'];

const BASE64URL = /^[A-Za-z0-9_-]+$/;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isBase64Url = (value: unknown): value is string => typeof value === 'string' && BASE64URL.test(value);

/** Parses `text` as a JSON object; null when it is not one. */
function objectOf(text: string): Json | null {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/** The parts every public-key credential JSON shares; null when one is missing or malformed. */
function credentialParts(body: Json): Pick<AuthenticationResponseJSON, 'id' | 'rawId' | 'type' | 'clientExtensionResults' | 'authenticatorAttachment'> | null {
  if (!isBase64Url(body['id']) || body['rawId'] !== body['id'] || body['type'] !== 'public-key') return null;
  const extensions = body['clientExtensionResults'] ?? {};
  if (!isObject(extensions)) return null;
  const attachment = body['authenticatorAttachment'];
  if (attachment !== undefined && attachment !== null && attachment !== 'platform' && attachment !== 'cross-platform') return null;
  return {
    id: body['id'],
    rawId: body['id'],
    type: 'public-key',
    clientExtensionResults: extensions,
    ...(attachment ? { authenticatorAttachment: attachment } : {}),
  };
}

/**
 * Reads a passkey assertion (the answer to `navigator.credentials.get`, as JSON) given in the input field `field`.
 * @returns the assertion with only the fields WebAuthn defines (an absent or null userHandle left out).
 * @throws BAD_USER_INPUT naming `field` when it is not JSON of that shape.
 */
export function parseAuthenticationResponse(text: string, field: string): AuthenticationResponseJSON {
  const body = objectOf(text);
  const parts = body && credentialParts(body);
  const response = body?.['response'];
  const userHandle = isObject(response) ? response['userHandle'] : undefined;
  const valid =
    parts &&
    isObject(response) &&
    isBase64Url(response['clientDataJSON']) &&
    isBase64Url(response['authenticatorData']) &&
    isBase64Url(response['signature']) &&
    (userHandle === undefined || userHandle === null || isBase64Url(userHandle));
  if (!valid) throw malformed(field, 'an assertion', 'startAuthentication');
  return {
    ...parts,
    response: {
      clientDataJSON: response['clientDataJSON'] as string,
      authenticatorData: response['authenticatorData'] as string,
      signature: response['signature'] as string,
      ...(typeof userHandle === 'string' ? { userHandle } : {}),
    },
  };
}

/**
 * Reads a passkey registration (the answer to `navigator.credentials.create`, as JSON) given in the input field
 * `field`. Transports the specification does not name are dropped.
 * @throws BAD_USER_INPUT naming `field` when it is not JSON of that shape.
 */
export function parseRegistrationResponse(text: string, field: string): RegistrationResponseJSON {
  const body = objectOf(text);
  const parts = body && credentialParts(body);
  const response = body?.['response'];
  const transports = isObject(response) ? (response['transports'] ?? []) : undefined;
  const valid =
    parts &&
    isObject(response) &&
    isBase64Url(response['clientDataJSON']) &&
    isBase64Url(response['attestationObject']) &&
    Array.isArray(transports) &&
    transports.every((t) => typeof t === 'string');
  if (!valid) throw malformed(field, 'a registration', 'startRegistration');
  return {
    ...parts,
    response: {
      clientDataJSON: response['clientDataJSON'] as string,
      attestationObject: response['attestationObject'] as string,
      transports: (transports as string[]).filter((t) => KNOWN_TRANSPORTS.includes(t)),
    },
  };
}

/**
 * The challenge a WebAuthn answer says it answers: `challenge` of its clientDataJSON (base64url of UTF-8 JSON,
 * §5.8.1). Null when clientDataJSON does not decode to an object with a base64url challenge. Not proof of anything
 * before the signature is verified.
 */
export function challengeOf(answer: { response: { clientDataJSON: string } }): string | null {
  const clientData = objectOf(Buffer.from(answer.response.clientDataJSON, 'base64url').toString('utf8'));
  const challenge = clientData?.['challenge'];
  return isBase64Url(challenge) ? challenge : null;
}

function malformed(field: string, what: string, browserCall: string) {
  return badInput([
    {
      field,
      message: `must be ${what} of a passkey as JSON (PublicKeyCredential.toJSON(), or what @simplewebauthn/browser's ${browserCall} returns): id, rawId, type "public-key" and a response with its base64url fields`,
    },
  ]);
}
