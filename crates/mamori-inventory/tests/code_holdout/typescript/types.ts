// Wire types shared with the mobile app.
export type CipherName = 'aes-256-gcm' | 'chacha20-poly1305';

export interface EncryptedBlob {
  cipher: CipherName;
  iv: string;
  tag: string;
  data: string;
}

export interface SignedEnvelope {
  alg: 'RS256' | 'ES256';
  signature: string;
  payload: string;
}
