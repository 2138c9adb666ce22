const crypto = require('crypto');

function hashPassword(password, salt) {
  return crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha1').toString('hex');
}

function newSalt() {
  return crypto.randomBytes(16).toString('hex');
}

module.exports = { hashPassword, newSalt };
