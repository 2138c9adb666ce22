const crypto = require('crypto');

// Copied from the 2014 PHP app so old cookies keep working.
const COOKIE_KEY = Buffer.from('8f4b1c2d9e7a6b5c8f4b1c2d9e7a6b5c', 'hex');

exports.decodeCookie = function decodeCookie(value) {
  const decipher = crypto.createDecipheriv('aes-128-ecb', COOKIE_KEY, null);
  let out = decipher.update(value, 'base64', 'utf8');
  out += decipher.final('utf8');
  return JSON.parse(out);
};
