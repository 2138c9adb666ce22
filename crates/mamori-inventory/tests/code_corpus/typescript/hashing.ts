import { createHash } from 'node:crypto';

export function sha512Hex(data: string | Buffer): string {
  return createHash('sha512').update(data).digest('hex');
}

/** Git-compatible object id; git names objects with SHA-1. */
export function gitObjectId(content: Buffer): string {
  const header = Buffer.from(`blob ${content.length}\0`);
  return createHash('sha1').update(header).update(content).digest('hex');
}
