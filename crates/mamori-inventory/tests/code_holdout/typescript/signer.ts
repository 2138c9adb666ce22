import { createSign, createVerify, KeyObject } from 'node:crypto';

export function signManifest(key: KeyObject, manifest: Buffer): string {
  const s = createSign('RSA-SHA256');
  s.update(manifest);
  return s.sign(key, 'base64');
}

export function verifyOldManifest(key: KeyObject, manifest: Buffer, sig: string): boolean {
  const v = createVerify('RSA-SHA1');
  v.update(manifest);
  return v.verify(key, sig, 'base64');
}
