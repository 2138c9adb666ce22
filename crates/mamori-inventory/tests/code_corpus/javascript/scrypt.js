const { scryptSync, randomBytes, timingSafeEqual } = require('crypto');

function hash(password) {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 64);
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

function check(password, stored) {
  const [saltHex, keyHex] = stored.split(':');
  const key = scryptSync(password, Buffer.from(saltHex, 'hex'), 64);
  return timingSafeEqual(key, Buffer.from(keyHex, 'hex'));
}

module.exports = { hash, check };
