// The same probe in TypeScript: an HTTP/2 session from a helper of the file, ended by destroy().
import http2 from 'node:http2';

function connect(port: number): http2.ClientHttp2Session {
  return http2.connect(`http://localhost:${port}`);
}

export function probe(port: number, done: (err?: Error) => void): void {
  const client = connect(port);
  client.on('error', done);
  const req = client.request({ ':path': '/health' });
  req.resume();
  req.on('end', () => {
    client.destroy();
    done();
  });
  req.end();
}
