import { describe, expect, it } from 'vitest';
import { tlsGrade } from './policy';

describe('tlsGrade', () => {
  it('downgrades SSLv3 / TLSv1 endpoints', () => {
    expect(tlsGrade({ protocol: 'SSLv3', cipher: 'RC4-MD5' })).toBe('F');
    expect(tlsGrade({ protocol: 'TLSv1', cipher: 'DES-CBC3-SHA' })).toBe('C');
  });

  it('gives TLSv1.3 an A', () => {
    expect(tlsGrade({ protocol: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384' })).toBe('A');
  });
});
