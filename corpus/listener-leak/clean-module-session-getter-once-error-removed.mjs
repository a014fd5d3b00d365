// The same push takes its 'error' listener off the session when its stream closes.
import http2 from 'node:http2';

let session = null;

function currentSession() {
  if (session && !session.closed) return session;
  const fresh = http2.connect(process.env.PUSH_ORIGIN ?? 'https://push.example.net');
  session = fresh;
  return fresh;
}

export function push(path, body) {
  return new Promise((resolve, reject) => {
    const s = currentSession();
    s.once('error', reject);
    const stream = s.request({ ':method': 'POST', ':path': path });
    stream.on('close', () => s.off('error', reject));
    stream.on('response', (headers) => resolve(headers[':status']));
    stream.on('error', reject);
    stream.end(body);
  });
}
