const crypto = require('crypto');

module.exports = function verifySlack(signingSecret) {
  return (req, res, next) => {
    const ts = req.get('X-Slack-Request-Timestamp');
    const base = `v0:${ts}:${req.rawBody}`;
    const mine = 'v0=' + crypto.createHmac('sha256', signingSecret).update(base).digest('hex');
    const theirs = req.get('X-Slack-Signature') || '';
    if (mine.length !== theirs.length || !crypto.timingSafeEqual(Buffer.from(mine), Buffer.from(theirs))) {
      return res.status(401).send('bad signature');
    }
    next();
  };
};
