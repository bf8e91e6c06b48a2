import { Injectable } from '@nestjs/common';
import { AppConfig, SecretCipher } from '@taskforce/api-core';

/**
 * AES-256-GCM for selectors at rest: the SecretCipher envelope (libs/api/core) of victims' identities, under
 * LEAD_ENCRYPTION_KEYS, bound to the context `lead-selector` so a selector never opens as another kind of secret.
 */
@Injectable()
export class SelectorCipherService extends SecretCipher {
  constructor(config: AppConfig) {
    super(config, { failureMessage: 'selector cannot be decrypted', context: 'lead-selector' });
  }
}
