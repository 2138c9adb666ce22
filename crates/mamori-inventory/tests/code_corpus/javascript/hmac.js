const crypto = require('node:crypto');

const secret = process.env.WEBHOOK_SECRET;

function verify(req) {
  const expected = crypto.createHmac('sha256', secret).update(req.rawBody).digest('hex');
  const given = Buffer.from(req.headers['x-signature'] || '', 'hex');
  return given.length === 32 && crypto.timingSafeEqual(Buffer.from(expected, 'hex'), given);
}

module.exports = { verify };
