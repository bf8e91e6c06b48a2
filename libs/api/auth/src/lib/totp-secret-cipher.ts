import { Injectable } from '@nestjs/common';
import { AppConfig, SecretCipher } from '@taskforce/api-core';

/** The sealing of TOTP secrets: SecretCipher under LEAD_ENCRYPTION_KEYS, bound to the context `totp-secret`. */
@Injectable()
export class TotpSecretCipher extends SecretCipher {
  constructor(config: AppConfig) {
    super(config, { failureMessage: 'second factor cannot be decrypted', context: 'totp-secret' });
  }
}
