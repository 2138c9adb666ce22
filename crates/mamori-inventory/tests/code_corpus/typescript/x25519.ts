import { diffieHellman, generateKeyPairSync, KeyObject } from 'crypto';

export function newEphemeral() {
  return generateKeyPairSync('x25519');
}

export function shared(privateKey: KeyObject, publicKey: KeyObject): Buffer {
  return diffieHellman({ privateKey, publicKey });
}
