const crypto = require('crypto');

function newRequestId() {
  return crypto.randomUUID();
}

function newApiToken() {
  return crypto.randomBytes(32).toString('base64url');
}

function sameToken(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

module.exports = { newRequestId, newApiToken, sameToken };
