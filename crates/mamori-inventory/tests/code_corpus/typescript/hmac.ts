import { createHmac } from 'crypto';

export function signBody(key: Buffer, body: string): string {
  return createHmac('sha384', key).update(body).digest('base64');
}

export function signBodyV1(key: Buffer, body: string): string {
  return createHmac('md5', key).update(body).digest('hex');
}
