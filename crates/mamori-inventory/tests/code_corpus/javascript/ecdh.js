const crypto = require('crypto');

function newEcdh() {
  const ecdh = crypto.createECDH('prime256v1');
  ecdh.generateKeys();
  return ecdh;
}

function newLegacyDh() {
  // The 2010 VPN concentrator insists on a 1024-bit group.
  return crypto.createDiffieHellman(1024);
}

module.exports = { newEcdh, newLegacyDh };
