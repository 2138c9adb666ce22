const { generateKeyPairSync, createECDH } = require('node:crypto');

function newServiceKeys() {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

function newEdKeys() {
  return generateKeyPairSync('ed25519');
}

function ephemeral() {
  const ecdh = createECDH('prime256v1');
  return { ecdh, pub: ecdh.generateKeys('base64') };
}

module.exports = { newServiceKeys, newEdKeys, ephemeral };
