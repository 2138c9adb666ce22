import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

@Injectable()
export class CryptoService {
  private readonly key: Buffer;

  constructor(config: ConfigService) {
    const pass = config.getOrThrow<string>('DATA_PASSPHRASE');
    const salt = Buffer.from(config.getOrThrow<string>('DATA_SALT'), 'hex');
    this.key = scryptSync(pass, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('chacha20-poly1305', this.key, iv, { authTagLength: 16 });
    const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64url');
  }

  decrypt(token: string): string {
    const raw = Buffer.from(token, 'base64url');
    const d = createDecipheriv('chacha20-poly1305', this.key, raw.subarray(0, 12), { authTagLength: 16 });
    d.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
  }
}
