const crypto = require('crypto');

function deriveExportKey(password) {
  return new Promise((resolve, reject) => {
    crypto.pbkdf2(password, 'static-salt', 310000, 32, 'sha256', (err, key) => {
      if (err) reject(err);
      else resolve(key);
    });
  });
}

module.exports = { deriveExportKey };
