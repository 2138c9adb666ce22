import { generateKeyPairSync, KeyObject } from 'crypto';

export interface KeyPair {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

// modulusLength: 1024 is rejected by policy SEC-12.
export const caKeys = (): KeyPair => generateKeyPairSync('rsa', { modulusLength: 4096 });

export const tlsKeys = (): KeyPair => generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
