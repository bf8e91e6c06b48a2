import { Injectable } from '@nestjs/common';
import { AppConfig, SecretCipher } from '@taskforce/api-core';

export type { SealedValue } from '@taskforce/api-core';

/**
 * AES-256-GCM for potential victims' identities: the shared SecretCipher envelope (libs/api/core) under
 * LEAD_ENCRYPTION_KEYS, key id as additional data. Plaintext and keys never reach logs or errors.
 */
@Injectable()
export class LeadCipherService extends SecretCipher {
  constructor(config: AppConfig) {
    super(config, { failureMessage: 'identity cannot be decrypted' });
  }
}
