import { generateKeyPairSync, KeyObject } from 'node:crypto';

export class KeyManager {
  private keys = new Map<string, { publicKey: KeyObject; privateKey: KeyObject }>();

  async rotate(kid: string): Promise<void> {
    const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    this.keys.set(kid, pair);
  }

  async rotateDh(): Promise<void> {
    const { createDiffieHellman } = await import('node:crypto');
    const dh = createDiffieHellman(1024);
    dh.generateKeys();
  }
}
