export type HashName = 'md5' | 'sha1' | 'sha256';

export interface HashOptions {
  algorithm: HashName;
  /** Use sha1 only for git object ids. */
  encoding?: 'hex' | 'base64';
}

export interface CipherSettings {
  cipher: 'aes-256-gcm' | 'chacha20-poly1305';
  keyId: string;
}
