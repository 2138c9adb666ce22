import https from 'node:https';
import tls from 'node:tls';

export const legacyAgent = new https.Agent({
  keepAlive: true,
  // the bank's sandbox still terminates with TLS 1.0
  secureProtocol: 'TLSv1_method',
});

export function strictSocket(host: string): tls.TLSSocket {
  return tls.connect({ host, port: 443, servername: host, minVersion: 'TLSv1.3' });
}
