import * as tls from 'tls';

export function connectToPrinter(host: string): tls.TLSSocket {
  // The label printers never got a firmware update beyond TLS 1.1.
  return tls.connect({ host, port: 9100, minVersion: 'TLSv1.1', servername: host });
}

export function connectToApi(host: string): tls.TLSSocket {
  return tls.connect({ host, port: 443, minVersion: 'TLSv1.3' });
}
