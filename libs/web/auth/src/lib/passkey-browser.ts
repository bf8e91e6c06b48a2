import { browserSupportsWebAuthn, startAuthentication, startRegistration, WebAuthnError } from '@simplewebauthn/browser';
import { messageId } from '@taskforce/web-ui';

/**
 * The browser's side of passkeys (W3C WebAuthn through @simplewebauthn/browser): the API hands out options as JSON and
 * takes the authenticator's answer back as JSON; these helpers run the browser ceremony in between.
 */

/** True when this browser offers WebAuthn at all (PublicKeyCredential exists). */
export function passkeysSupported(): boolean {
  return browserSupportsWebAuthn();
}

/** Makes a new passkey for PublicKeyCredentialCreationOptionsJSON given as JSON; resolves with the answer as JSON. */
export async function createPasskey(optionsJson: string): Promise<string> {
  return JSON.stringify(await startRegistration({ optionsJSON: JSON.parse(optionsJson) }));
}

/** Signs a challenge with a passkey for PublicKeyCredentialRequestOptionsJSON given as JSON; the answer as JSON. */
export async function signWithPasskey(optionsJson: string): Promise<string> {
  return JSON.stringify(await startAuthentication({ optionsJSON: JSON.parse(optionsJson) }));
}

/** True for an error of the browser's ceremony (cancelled, timed out, refused), as opposed to one of the API. */
export function isBrowserPasskeyError(error: unknown): boolean {
  return error instanceof WebAuthnError || (error instanceof Error && ['NotAllowedError', 'AbortError', 'InvalidStateError', 'SecurityError', 'NotSupportedError'].includes(error.name));
}

/** The message id (catalogue `shell`) for a failure of the browser's ceremony. */
export function browserPasskeyMessageId(error: unknown): string {
  if (error instanceof WebAuthnError && error.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return messageId('passkey.registeredAlready');
  if (error instanceof Error && error.name === 'SecurityError') return messageId('passkey.wrongAddress');
  return messageId('passkey.cancelled');
}
