const crypto = require('crypto');

function wrapForPartner(publicKeyPem, dataKey) {
  return crypto.publicEncrypt({ key: publicKeyPem, padding: crypto.constants.RSA_PKCS1_PADDING }, dataKey);
}

function wrap(publicKeyPem, dataKey) {
  return crypto.publicEncrypt({ key: publicKeyPem, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, dataKey);
}

module.exports = { wrapForPartner, wrap };
