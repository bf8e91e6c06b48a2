import { AppError } from '@taskforce/api-core';
import { challengeOf, parseAuthenticationResponse, parseRegistrationResponse } from '../webauthn-json';

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const clientData = b64(JSON.stringify({ type: 'webauthn.get', challenge: 'Q2hhbGxlbmdlLW9mLTMyLWJ5dGVzLWZvci10aGUtdGVzdA', origin: 'https://taskforce.test' }));
const assertion = {
  id: 'Y3JlZC1pZA',
  rawId: 'Y3JlZC1pZA',
  type: 'public-key',
  clientExtensionResults: {},
  authenticatorAttachment: 'platform',
  response: { clientDataJSON: clientData, authenticatorData: 'YXV0aA', signature: 'c2ln', userHandle: 'dXNlcg' },
};

/** The fields named by the BAD_USER_INPUT `fn` throws (fails when it throws anything else or nothing). */
function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError && error.code === 'BAD_USER_INPUT') return (error.extensions['fields'] as Array<{ field: string }>).map((f) => f.field);
    throw error;
  }
  throw new Error('no error');
}

describe('WebAuthn answers as JSON: shape checks before verification', () => {
  it('reads an assertion, keeping only the fields WebAuthn defines; an absent or null user handle is left out', () => {
    expect(parseAuthenticationResponse(JSON.stringify({ ...assertion, extra: 'dropped' }), 'passkeyResponse')).toEqual(assertion);
    const withoutHandle = parseAuthenticationResponse(JSON.stringify({ ...assertion, response: { ...assertion.response, userHandle: null } }), 'passkeyResponse');
    expect(withoutHandle.response).not.toHaveProperty('userHandle');
    const noExtensions = parseAuthenticationResponse(JSON.stringify({ ...assertion, clientExtensionResults: undefined, authenticatorAttachment: null }), 'passkeyResponse');
    expect(noExtensions.clientExtensionResults).toEqual({});
    expect(noExtensions).not.toHaveProperty('authenticatorAttachment');
  });

  it.each([
    ['not JSON', 'not json'],
    ['an array', '[]'],
    ['JSON null', 'null'],
    ['rawId differing from id', JSON.stringify({ ...assertion, rawId: 'b3RoZXI' })],
    ['another credential type', JSON.stringify({ ...assertion, type: 'password' })],
    ['padding or standard base64', JSON.stringify({ ...assertion, response: { ...assertion.response, signature: 'c2ln+/==' } })],
    ['a missing signature', JSON.stringify({ ...assertion, response: { ...assertion.response, signature: undefined } })],
    ['a numeric user handle', JSON.stringify({ ...assertion, response: { ...assertion.response, userHandle: 5 } })],
    ['an unknown attachment', JSON.stringify({ ...assertion, authenticatorAttachment: 'usb' })],
    ['extensions that are not an object', JSON.stringify({ ...assertion, clientExtensionResults: 'x' })],
  ])('refuses %s, naming the field', (_what, text) => {
    expect(fieldsOf(() => parseAuthenticationResponse(text, 'passkeyResponse'))).toEqual(['passkeyResponse']);
  });

  it('reads a registration, dropping transports the specification does not name, and refuses one without an attestation object', () => {
    const registration = { ...assertion, response: { clientDataJSON: clientData, attestationObject: 'YXR0', transports: ['internal', 'hybrid', 'carrier-pigeon'] } };
    expect(parseRegistrationResponse(JSON.stringify(registration), 'response').response).toEqual({ clientDataJSON: clientData, attestationObject: 'YXR0', transports: ['internal', 'hybrid'] });
    expect(fieldsOf(() => parseRegistrationResponse(JSON.stringify({ ...registration, response: { clientDataJSON: clientData } }), 'response'))).toEqual(['response']);
    expect(fieldsOf(() => parseRegistrationResponse(JSON.stringify({ ...registration, response: { ...registration.response, transports: 'usb' } }), 'response'))).toEqual(['response']);
  });

  it('finds the challenge an answer claims to answer, or null', () => {
    expect(challengeOf(assertion)).toBe('Q2hhbGxlbmdlLW9mLTMyLWJ5dGVzLWZvci10aGUtdGVzdA');
    expect(challengeOf({ response: { clientDataJSON: b64('not json') } })).toBeNull();
    expect(challengeOf({ response: { clientDataJSON: b64(JSON.stringify({ challenge: 'a b' })) } })).toBeNull();
  });
});
