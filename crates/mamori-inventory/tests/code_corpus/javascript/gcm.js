import { createCipheriv, randomBytes } from 'node:crypto';

export function seal(key, plaintext) {
  // never a fixed IV such as Buffer.alloc(12) or Buffer.from('000000000000', 'hex')
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}
