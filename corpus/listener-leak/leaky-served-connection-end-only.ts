// A TLS server's connection listener, its socket called `peer`: the ticker listener goes
// only when the peer ends cleanly, never when the connection fails or resets.
import tls from 'tls';
import { readFileSync } from 'fs';
import { EventEmitter } from 'events';

export const ticker = new EventEmitter();
const server = tls.createServer({ key: readFileSync('key.pem'), cert: readFileSync('cert.pem') });

server.on('secureConnection', (peer: tls.TLSSocket) => {
  const push = (price: number) => peer.write(`${price}\n`);
  ticker.on('price', push); // expect: listener-leak
  peer.on('end', () => ticker.off('price', push));
});

server.listen(8443);
