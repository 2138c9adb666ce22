const https = require('https');
const fs = require('fs');
const app = require('./app');

const server = https.createServer(
  {
    key: fs.readFileSync('/etc/ssl/private/api.key'),
    cert: fs.readFileSync('/etc/ssl/certs/api.crt'),
    minVersion: 'TLSv1.2',
  },
  app,
);

server.listen(443, () => console.log('api listening on 443'));
