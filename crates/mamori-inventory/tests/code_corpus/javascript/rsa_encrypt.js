const crypto = require('crypto');

function encryptForTerminal(publicKey, pin) {
  return crypto.publicEncrypt({ key: publicKey, padding: crypto.constants.RSA_PKCS1_PADDING }, Buffer.from(pin));
}

function encryptForHsm(publicKey, keyBlob) {
  return crypto.publicEncrypt({ key: publicKey, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, keyBlob);
}

module.exports = { encryptForTerminal, encryptForHsm };
