'use strict';
const crypto = require('crypto');

// The CDN still validates MD5 ETags; internal ids are SHA-256.
function etag(body) {
  return crypto.createHash('md5').update(body).digest('hex');
}

function contentId(body) {
  return crypto.createHash('sha256').update(body).digest('base64url');
}

module.exports = { etag, contentId };
