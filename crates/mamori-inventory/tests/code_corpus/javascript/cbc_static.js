const crypto = require('crypto');

const KEY = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
const IV = Buffer.from('0102030405060708090a0b0c0d0e0f10', 'hex');

function encrypt(text) {
  const cipher = crypto.createCipheriv('aes-128-cbc', KEY, IV);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function decrypt(hex) {
  const decipher = crypto.createDecipheriv('aes-128-cbc', KEY, IV);
  return decipher.update(hex, 'hex', 'utf8') + decipher.final('utf8');
}

module.exports = { encrypt, decrypt };
