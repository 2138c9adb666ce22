export async function makeWrappingKey() {
  return crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['wrapKey', 'unwrapKey']);
}

export async function wrap(aesKey, publicKey) {
  return crypto.subtle.wrapKey('raw', aesKey, publicKey, { name: 'RSA-OAEP' });
}
