const { subtle } = globalThis.crypto;

export async function legacyFingerprint(data) {
  return new Uint8Array(await subtle.digest('SHA-1', data));
}

export async function importAesKey(raw) {
  return subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

export async function importMacKey(raw) {
  return subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}
