import * as crypto from 'crypto';

const LEGACY_KEY: Buffer = Buffer.from('6b65792d666f722d6c65676163792121', 'hex');

export function legacyEncrypt(value: string): string {
  const cipher = crypto.createCipheriv('aes-128-ecb', LEGACY_KEY, null);
  return cipher.update(value, 'utf8', 'base64') + cipher.final('base64');
}
