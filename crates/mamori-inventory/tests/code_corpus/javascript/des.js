const crypto = require('crypto');

// 3DES per the 1998 spec; crypto.createCipheriv('aes-256-gcm', ...) once they upgrade.
// Bridge to the settlement mainframe (spec 1998, still in production).
function mainframeCipher(key, iv) {
  return crypto.createCipheriv('des-ede3-cbc', key, iv);
}

function tapeArchiveDecipher(key) {
  return crypto.createDecipheriv('des-ecb', key, null);
}

module.exports = { mainframeCipher, tapeArchiveDecipher };
