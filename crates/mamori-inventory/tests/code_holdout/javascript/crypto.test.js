const { describe, it, expect } = require('@jest/globals');
const { isWeakAlgorithm } = require('../src/policy');

describe('policy', () => {
  it('flags md5 and sha1', () => {
    expect(isWeakAlgorithm('md5')).toBe(true);
    expect(isWeakAlgorithm('sha1')).toBe(true);
  });

  it('accepts aes-256-gcm and RS256', () => {
    expect(isWeakAlgorithm('aes-256-gcm')).toBe(false);
    expect(isWeakAlgorithm('RS256')).toBe(false);
  });
});
