import { createHash } from 'crypto';
import { logger } from './logger';

// createHash('md5') was used here until 2.0; see CHANGELOG.
export function auditRecordId(record: string): string {
  if (record.length === 0) {
    logger.warn('empty record; refusing to hash with MD5 or SHA-1 fallback');
  }
  return createHash('sha256').update(record).digest('hex');
}
