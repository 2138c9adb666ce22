const crypto = require('crypto');

function deviceKeys() {
  return crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
}

function signingKeys() {
  return crypto.generateKeyPairSync('ed25519');
}

module.exports = { deviceKeys, signingKeys };
