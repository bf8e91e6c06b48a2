import { encodeCBOR, type CBORType } from '@levischuck/tiny-cbor';
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

/**
 * A software authenticator and client for tests, written from the W3C Web Authentication Level 3 specification — it
 * shares no code with the product's verification: ES256 key pairs from node:crypto, CBOR from @levischuck/tiny-cbor.
 * It answers the JSON options the API hands out the way a browser and a platform authenticator would:
 * - registration (§5.1.3, §6.1, §6.5.4): clientDataJSON `webauthn.create`, authenticator data with the attested
 *   credential data (AAGUID, credential id, COSE_Key public key), attestation format `none`;
 * - assertion (§5.1.4, §6.3.3): clientDataJSON `webauthn.get`, authenticator data with the signature counter, an
 *   ECDSA P-256 SHA-256 signature (DER) over authenticatorData ‖ SHA-256(clientDataJSON).
 * Every answer is a RegistrationResponseJSON / AuthenticationResponseJSON, as `PublicKeyCredential.toJSON()` gives.
 */

/** One credential the authenticator holds. */
export interface SoftCredential {
  /** Credential id (random, 32 bytes). */
  id: Buffer;
  rpId: string;
  privateKey: KeyObject;
  /** The public key as a COSE_Key (RFC 9052 §7, EC2 P-256 ES256), as put into the attested credential data. */
  cosePublicKey: Uint8Array;
  /** The user handle (user.id) of the options it was made for. */
  userHandle: Buffer;
  /** The signature counter, moved on by each assertion. */
  counter: number;
}

/** Flags of authenticator data (§6.1): user present, user verified, attested credential data included. */
const UP = 0x01;
const UV = 0x04;
const AT = 0x40;

const b64url = (bytes: Uint8Array | Buffer | string) => Buffer.from(bytes as Uint8Array).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

function uint32(value: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value);
  return out;
}

/** The COSE_Key of an EC P-256 public key for ES256: kty 2 (EC2), alg -7, crv 1 (P-256), x, y (RFC 9053 §7.1.1). */
function coseKeyOf(publicKey: KeyObject): Uint8Array {
  const jwk = publicKey.export({ format: 'jwk' });
  const key = new Map<number, CBORType>([
    [1, 2],
    [3, -7],
    [-1, 1],
    [-2, new Uint8Array(Buffer.from(jwk.x!, 'base64url'))],
    [-3, new Uint8Array(Buffer.from(jwk.y!, 'base64url'))],
  ]);
  return encodeCBOR(key);
}

/** What may be changed about one answer, to test refusals. */
export interface AnswerOverrides {
  /** The origin written into clientDataJSON (default: the authenticator's). */
  origin?: string;
  /** The signature counter to report instead of the next one (a cloned authenticator reports an old one). */
  counter?: number;
  /** Answer with this credential whatever the options allow (another person's passkey). */
  credential?: SoftCredential;
  /** The user handle to report (default: the credential's). */
  userHandle?: Buffer | null;
  /** The challenge to answer instead of the options' one. */
  challenge?: string;
}

export class SoftAuthenticator {
  readonly credentials: SoftCredential[] = [];

  /**
   * @param origin the page's origin the simulated browser writes into clientDataJSON.
   * @param initialCounter the signature counter of new credentials (authenticators without a counter report 0).
   */
  constructor(
    readonly origin: string,
    private readonly initialCounter = 0,
  ) {}

  /** navigator.credentials.create for PublicKeyCredentialCreationOptionsJSON given as JSON; attestation `none`. */
  create(optionsJson: string, overrides: AnswerOverrides = {}) {
    const options = JSON.parse(optionsJson) as { challenge: string; rp: { id: string }; user: { id: string }; pubKeyCredParams: Array<{ alg: number }> };
    if (!options.pubKeyCredParams.some((p) => p.alg === -7)) throw new Error('soft authenticator: ES256 is not among the offered algorithms');
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const credential: SoftCredential = {
      id: randomBytes(32),
      rpId: options.rp.id,
      privateKey,
      cosePublicKey: coseKeyOf(publicKey),
      userHandle: Buffer.from(options.user.id, 'base64url'),
      counter: this.initialCounter,
    };
    const clientDataJSON = JSON.stringify({ type: 'webauthn.create', challenge: overrides.challenge ?? options.challenge, origin: overrides.origin ?? this.origin, crossOrigin: false });
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(credential.id.length);
    const authData = Buffer.concat([
      sha256(credential.rpId),
      Buffer.from([UP | UV | AT]),
      uint32(credential.counter),
      Buffer.alloc(16), // AAGUID: zeros, as for attestation "none"
      idLength,
      credential.id,
      Buffer.from(credential.cosePublicKey),
    ]);
    const attestationObject = encodeCBOR(
      new Map<string, CBORType>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', new Uint8Array(authData)],
      ]),
    );
    this.credentials.push(credential);
    return {
      credential,
      response: {
        id: b64url(credential.id),
        rawId: b64url(credential.id),
        type: 'public-key',
        authenticatorAttachment: 'platform',
        clientExtensionResults: {},
        response: { clientDataJSON: b64url(clientDataJSON), attestationObject: b64url(attestationObject), transports: ['internal'] },
      },
    };
  }

  /**
   * navigator.credentials.get for PublicKeyCredentialRequestOptionsJSON given as JSON: signs with the first credential
   * the options allow (or `overrides.credential`), moving its counter on by one unless `overrides.counter` is given.
   */
  get(optionsJson: string, overrides: AnswerOverrides = {}) {
    const options = JSON.parse(optionsJson) as { challenge: string; rpId: string; allowCredentials?: Array<{ id: string }> };
    const allowed = new Set((options.allowCredentials ?? []).map((c) => c.id));
    const credential = overrides.credential ?? this.credentials.find((c) => c.rpId === options.rpId && (allowed.size === 0 || allowed.has(b64url(c.id))));
    if (!credential) throw new Error('soft authenticator: no credential for these options');
    const counter = overrides.counter ?? credential.counter + 1;
    if (overrides.counter === undefined) credential.counter = counter;
    const clientDataJSON = JSON.stringify({ type: 'webauthn.get', challenge: overrides.challenge ?? options.challenge, origin: overrides.origin ?? this.origin, crossOrigin: false });
    const authenticatorData = Buffer.concat([sha256(credential.rpId), Buffer.from([UP | UV]), uint32(counter)]);
    // ES256 signatures are DER-encoded ECDSA signatures (§6.5.6); node:crypto's sign gives DER for EC keys.
    const signature = sign('sha256', Buffer.concat([authenticatorData, sha256(clientDataJSON)]), credential.privateKey);
    const userHandle = overrides.userHandle === undefined ? credential.userHandle : overrides.userHandle;
    return {
      id: b64url(credential.id),
      rawId: b64url(credential.id),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authenticatorData),
        signature: b64url(signature),
        ...(userHandle ? { userHandle: b64url(userHandle) } : {}),
      },
    };
  }
}
