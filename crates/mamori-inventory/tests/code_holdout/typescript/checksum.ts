import { createHash } from 'crypto';
import { createReadStream } from 'fs';

export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => h.update(chunk))
      .on('end', () => resolve(h.digest('hex')))
      .on('error', reject);
  });
}

export const md5Hex = (s: string): string => createHash('md5').update(s).digest('hex');
