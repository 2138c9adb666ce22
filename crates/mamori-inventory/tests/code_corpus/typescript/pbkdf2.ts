import { pbkdf2Sync, randomBytes } from 'crypto';

export function hashPin(pin: string): { salt: string; hash: string } {
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(pin, salt, 10000, 64, 'sha512');
  return { salt: salt.toString('hex'), hash: hash.toString('hex') };
}
