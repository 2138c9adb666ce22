const { createHmac } = require('crypto');

function signCallback(payload) {
  return createHmac('sha1', 'hardcoded-webhook-secret')
    .update(JSON.stringify(payload))
    .digest('hex');
}

module.exports = signCallback;
