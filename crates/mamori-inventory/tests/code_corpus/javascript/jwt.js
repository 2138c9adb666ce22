const jwt = require('jsonwebtoken');
const fs = require('fs');

const secret = process.env.JWT_SECRET;
const partnerKey = fs.readFileSync('/etc/partner/public.pem');

// Tokens signed with "none" or RS256-as-HS256 confusion are refused by verify().
function issue(userId) {
  return jwt.sign({ sub: userId }, secret, { algorithm: 'HS256', expiresIn: '15m' });
}

function verifyPartner(token) {
  return jwt.verify(token, partnerKey, { algorithms: ['RS256'] });
}

module.exports = { issue, verifyPartner };
