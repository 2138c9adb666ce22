'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');

// Cache-busting file names for the webpack-less build.
function assetHash(file) {
  const buf = fs.readFileSync(file);
  return crypto.createHash('sha1').update(buf).digest('hex').slice(0, 10);
}

function integrity(file) {
  const digest = crypto.createHash('sha384').update(fs.readFileSync(file)).digest('base64');
  return `sha384-${digest}`;
}

module.exports = { assetHash, integrity };
