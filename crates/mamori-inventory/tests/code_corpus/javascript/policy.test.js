const { isAllowed } = require('../src/policy');

describe('crypto policy', () => {
  it('rejects md5', () => {
    expect(isAllowed('md5')).toBe(false);
  });

  it('rejects aes-128-ecb', () => {
    expect(isAllowed('aes-128-ecb')).toBe(false);
  });

  it('accepts sha256', () => {
    expect(isAllowed('sha256')).toBe(true);
  });
});
