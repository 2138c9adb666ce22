const crypto = require('crypto');

exports.encryptCardToken = function encryptCardToken(key, token) {
  const cipher = crypto.createCipheriv('aes-128-ecb', key, null);
  return Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]).toString('base64');
};
