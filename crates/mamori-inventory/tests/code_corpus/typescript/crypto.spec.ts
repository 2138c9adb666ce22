import { describe, expect, it } from 'vitest';
import { policy } from './policy';

describe('policy', () => {
  it('rejects sha1 signatures', () => {
    expect(policy.allowsSignature('sha1WithRSAEncryption')).toBe(false);
  });

  it('rejects TLSv1', () => {
    expect(policy.allowsProtocol('TLSv1')).toBe(false);
  });
});
