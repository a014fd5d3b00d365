// The module keeps one HTTP/2 session, made on first use by a getter that stores the new
// session and hands back the same object. Each push waits for 'error' on it with `once`,
// and only a failing session ever emits that.
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
    s.once('error', reject); // expect: listener-leak
    const stream = s.request({ ':method': 'POST', ':path': path });
    stream.on('response', (headers) => resolve(headers[':status']));
    stream.on('error', reject);
    stream.end(body);
  });
}
