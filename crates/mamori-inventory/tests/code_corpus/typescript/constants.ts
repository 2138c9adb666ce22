export const SUPPORTED_CIPHERS = ['aes-256-gcm', 'chacha20-poly1305'] as const;

export enum LegacyHash {
  MD5 = 'md5',
  SHA1 = 'sha1',
}

export const ERROR_WEAK_HASH = 'MD5 and SHA-1 are not allowed for new data';
