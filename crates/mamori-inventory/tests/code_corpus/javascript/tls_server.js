const https = require('https');
const tls = require('tls');
const fs = require('fs');

const legacyContext = tls.createSecureContext({ minVersion: 'TLSv1' });

const server = https.createServer({
  key: fs.readFileSync('server.key'),
  cert: fs.readFileSync('server.crt'),
  minVersion: 'TLSv1.2',
  SNICallback: (name, cb) => cb(null, name.startsWith('old.') ? legacyContext : null),
});

server.listen(8443);
