import { createHmac, randomBytes, timingSafeEqual } from 'crypto';

export function newApiKey(): string {
  return 'ak_' + randomBytes(24).toString('base64url');
}

export function lookupId(apiKey: string, pepper: Buffer): string {
  return createHmac('sha512', pepper).update(apiKey).digest('hex');
}

export function same(a: string, b: string): boolean {
  const x = Buffer.from(a), y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
