const crypto = require('crypto');

function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  const key = crypto.pbkdf2Sync(password, salt, 210000, 64, 'sha512');
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

function legacyHash(password) {
  return crypto.pbkdf2Sync(password, 'pepper', 1000, 32, 'sha1').toString('hex');
}

module.exports = { hashPassword, legacyHash };
