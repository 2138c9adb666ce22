const crypto = require('crypto');

function sealChunk(key, nonce, chunk) {
  const cipher = crypto.createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  const out = Buffer.concat([cipher.update(chunk), cipher.final()]);
  return { out, tag: cipher.getAuthTag() };
}

module.exports = { sealChunk };
